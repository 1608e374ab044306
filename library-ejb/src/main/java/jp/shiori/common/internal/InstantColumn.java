package jp.shiori.common.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores every {@link Instant} field in its {@code timestamptz} column. The EclipseLink of Payara 6 implements
 * Jakarta Persistence 3.1, which knows no Instant (3.2 does); a JDBC timestamp carries the same instant.
 */
@Converter(autoApply = true)
public class InstantColumn implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
