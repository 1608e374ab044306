package jp.shiori.patron;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * 利用者情報の変更 at the counter. {@code version} is the one the staff member saw: a change made meanwhile by
 * someone else is refused rather than overwritten. An e-mail address typed by staff is unverified until the
 * patron follows the link (only then does password reset by mail use it).
 */
public record PatronChanges(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameKana,
        @Size(max = 500) String address,
        @Size(max = 32) String phone,
        @Email @Size(max = 254) String email,
        @NotNull PatronCategory category,
        long version)
        implements Serializable {}
