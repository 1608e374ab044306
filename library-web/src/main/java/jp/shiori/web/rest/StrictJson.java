package jp.shiori.web.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * The API's JSON-B: a request field the operation does not know is an error that names it (a misspelt
 * {@code pickupBranch} must not be dropped silently), and a whole number must be one: a JSON number, whole and in the
 * range of its field — never a text, a fraction, or a number silently cut to 64 bits.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withDeserializers(
                    new Whole<>(Long.class, n -> n.bigDecimalValue().longValueExact()),
                    new Whole<>(Integer.class, n -> n.bigDecimalValue().intValueExact())));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A whole number of the type's range, or an error. */
    static final class Whole<T> implements JsonbDeserializer<T> {
        private final Class<T> type;
        private final Function<JsonNumber, T> exact;

        Whole(Class<T> type, Function<JsonNumber, T> exact) {
            this.type = type;
            this.exact = exact;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context, Type runtimeType) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonNumber number)) {
                throw new JsonbException("A whole number is expected, not " + value.getValueType() + ".");
            }
            try {
                return exact.apply(number);
            } catch (ArithmeticException e) {
                throw new JsonbException(number + " is not a whole number in the range of " + type.getSimpleName(), e);
            }
        }
    }
}
