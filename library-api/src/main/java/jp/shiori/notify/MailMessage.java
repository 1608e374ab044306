package jp.shiori.notify;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * A mail to send: the recipient, the language it is written in ({@code ja} or {@code en}), the name of a
 * template ({@code email-verification}, {@code password-reset}, ...), the values of its placeholders and extra
 * headers — only those of {@link #HEADERS}, each value on one line.
 */
public record MailMessage(
        @NotBlank @Email String to,
        @NotNull @Pattern(regexp = "ja|en") String language,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*") String template,
        @NotNull Map<String, String> parameters,
        @NotNull Map<String, String> headers)
        implements Serializable {

    /** The extra headers a mail may carry (RFC 2369 and RFC 8058 one-click unsubscribe). */
    public static final Set<String> HEADERS = Set.of("List-Unsubscribe", "List-Unsubscribe-Post");

    public MailMessage {
        parameters = parameters == null ? null : Map.copyOf(parameters);
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public MailMessage(String to, String language, String template, Map<String, String> parameters) {
        this(to, language, template, parameters, Map.of());
    }

    /** Whether the headers are allowed ones with one-line values (no header can be smuggled in). */
    @JsonbTransient
    @AssertTrue(message = "only List-Unsubscribe headers, each on one line")
    public boolean isHeadersValid() {
        return headers.entrySet().stream()
                .allMatch(h -> HEADERS.contains(h.getKey())
                        && h.getValue() != null
                        && h.getValue().chars().noneMatch(c -> c == '\r' || c == '\n'));
    }
}
