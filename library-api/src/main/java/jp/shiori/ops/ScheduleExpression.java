package jp.shiori.ops;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a job runs: a five-field Unix cron expression ({@code minute hour day-of-month month day-of-week},
 * e.g. {@code 30 0 * * *} for 00:30 every day) in a time zone of its own. Parsed and stepped by cron-utils;
 * an expression it does not accept is refused with its reason.
 */
public final class ScheduleExpression {

    /** The longest expression an operator may store. */
    public static final int MAX_LENGTH = 100;

    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    private final String text;
    private final ZoneId zone;
    private final ExecutionTime execution;

    private ScheduleExpression(String text, ZoneId zone, Cron cron) {
        this.text = text;
        this.zone = zone;
        this.execution = ExecutionTime.forCron(cron);
    }

    /**
     * Reads an expression in a zone.
     *
     * @throws IllegalArgumentException with a readable reason when either cannot be read
     */
    public static ScheduleExpression parse(String text, String zone) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The schedule expression is empty.");
        }
        String trimmed = text.trim().replaceAll("\\s+", " ");
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("The schedule expression is longer than " + MAX_LENGTH + " characters.");
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(Objects.requireNonNullElse(zone, "").trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone '" + zone + "'.");
        }
        Cron cron;
        try {
            cron = PARSER.parse(trimmed).validate();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Not a five-field cron expression (minute hour day month weekday): " + e.getMessage());
        }
        return new ScheduleExpression(trimmed, zoneId, cron);
    }

    public String text() {
        return text;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first tick strictly after {@code after}; empty if the expression never fires again. */
    public Optional<Instant> nextAfter(Instant after) {
        return execution.nextExecution(after.atZone(zone)).map(ZonedDateTime::toInstant);
    }

    /** The next {@code count} ticks after {@code after}, in the schedule's zone (the operator's preview). */
    public List<ZonedDateTime> next(Instant after, int count) {
        List<ZonedDateTime> ticks = new ArrayList<>();
        Instant cursor = after;
        while (ticks.size() < count) {
            Optional<Instant> next = nextAfter(cursor);
            if (next.isEmpty()) {
                break;
            }
            ticks.add(next.get().atZone(zone));
            cursor = next.get();
        }
        return ticks;
    }
}
