package vn.ocop.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The JSON mapping of the library's types, kept here so that domain types are plain Java: dates as ISO strings
 * and one Jackson mix-in per mapped type (the mix-ins of a package live in one class beside this one and are
 * registered from {@link #OcopModule()}).
 */
public final class OcopModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module with every mix-in and the date mapping. */
    public OcopModule() {
        super("ocop");
        addSerializer(LocalDate.class, new DateWriter());
        addDeserializer(LocalDate.class, new DateReader());
        RubricMixins.register(this);
        ProductMixins.register(this);
        AreaMixins.register(this);
        RegistryMixins.register(this);
        IndicatorMixins.register(this);
        PlanMixins.register(this);
        StatisticsMixins.register(this);
        ScoringMixins.register(this);
        RuleCheckMixins.register(this);
    }

    /** Writes dates as ISO strings. */
    static final class DateWriter extends JsonSerializer<LocalDate> {
        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.toString());
        }
    }

    /** Reads ISO date strings, naming the bad value. */
    static final class DateReader extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = p.getValueAsString();
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException | NullPointerException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, s, "expected an ISO date yyyy-MM-dd");
            }
        }
    }
}
