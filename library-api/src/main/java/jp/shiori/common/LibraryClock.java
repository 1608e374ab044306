package jp.shiori.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The library's one clock: an instant source and the library's own time zone (configuration, default
 * Asia/Tokyo). Instants are stored and exchanged as such; days (due dates, deadlines, renewal dates)
 * are the library's local days. Services inject it; tests build a fixed one instead of sleeping.
 */
public final class LibraryClock implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The zone when configuration names none. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");

    private final Clock clock;

    private LibraryClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static LibraryClock system(ZoneId zone) {
        return new LibraryClock(Clock.system(zone));
    }

    /** A clock that stands still at {@code instant}, for tests. */
    public static LibraryClock fixed(Instant instant, ZoneId zone) {
        return new LibraryClock(Clock.fixed(instant, zone));
    }

    /** Reads {@code LIBRARY_ZONE} (or {@code -Dshiori.zone}); an unknown zone is refused at start-up. */
    public static ZoneId configuredZone() {
        String zone = System.getenv("LIBRARY_ZONE");
        if (zone == null || zone.isBlank()) {
            zone = System.getProperty("shiori.zone", DEFAULT_ZONE.getId());
        }
        return ZoneId.of(zone.trim());
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The library's calendar day now. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZonedDateTime local(Instant instant) {
        return instant.atZone(clock.getZone());
    }

    /** The clock as a {@link Clock}, for code that takes one. */
    public Clock asClock() {
        return clock;
    }
}
