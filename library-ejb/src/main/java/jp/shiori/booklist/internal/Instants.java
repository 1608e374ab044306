package jp.shiori.booklist.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants kept in {@code timestamptz} columns through JPA's {@link OffsetDateTime} (always UTC). */
final class Instants {

    private Instants() {}

    static OffsetDateTime column(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant of(OffsetDateTime column) {
        return column == null ? null : column.toInstant();
    }
}
