package jp.shiori.patron;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A patron registered at the counter. {@code cardNumber} as printed (a legacy card with its "A");
 * {@code initialPassword} may be null: the patron then cannot use the web service until staff set one.
 */
public record NewPatron(
        @NotBlank @Size(max = 64) String cardNumber,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameKana,
        @Size(max = 500) String address,
        @Size(max = 32) String phone,
        @Email @Size(max = 254) String email,
        @NotNull PatronCategory category,
        @NotNull LocalDate cardRenewalDate,
        @Size(max = 128) String initialPassword)
        implements Serializable {}
