package jp.shiori.notify;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.Map;

/**
 * A mail to send: the recipient, the language it is written in ({@code ja} or {@code en}), the name of a
 * template ({@code email-verification}, {@code password-reset}, ...) and the values of its placeholders.
 */
public record MailMessage(
        @NotBlank @Email String to,
        @NotNull @Pattern(regexp = "ja|en") String language,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*") String template,
        @NotNull Map<String, String> parameters) implements Serializable {

    public MailMessage {
        parameters = parameters == null ? null : Map.copyOf(parameters);
    }
}
