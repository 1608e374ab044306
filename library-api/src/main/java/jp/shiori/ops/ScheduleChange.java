package jp.shiori.ops;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** What an operator may change of a schedule. Parameters must be among those the job knows. */
public record ScheduleChange(
        @NotBlank @Size(max = ScheduleExpression.MAX_LENGTH) String expression,
        @NotBlank @Size(max = 64) String zone,
        boolean enabled,
        @NotNull Map<@NotBlank @Size(max = 64) String, @NotNull @Size(max = 200) String> parameters) {

    public ScheduleChange {
        parameters = parameters == null ? null : Map.copyOf(parameters);
    }
}
