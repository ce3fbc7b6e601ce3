package vn.ocop;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.ocop.internal.JsonLimits;
import vn.ocop.internal.json.OcopModule;

/**
 * The JSON configuration the library uses for its input and result objects, hardened for untrusted input:
 * duplicate keys, unknown properties, NaN/Infinity and nulls for primitives are rejected; nesting depth, string and
 * number length and document size are bounded; decimals are read as exact {@code BigDecimal}; dates are ISO strings
 * ({@code 2026-05-22}).
 *
 * <pre>{@code
 * ObjectMapper json = OcopJson.mapper();
 * EvaluationSheet sheet = json.readValue(text, EvaluationSheet.class);
 * String out = json.writeValueAsString(result);
 * }</pre>
 *
 * <p>The returned mapper is a fresh copy: configure it further freely. Thread-safe once configured.
 */
public final class OcopJson {
    private static final JsonMapper BASE = JsonMapper.builder(JsonLimits.factory())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            // no silent coercion: 1.9 is not set 1, "1" is not a number, 12 is not a name
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .addModule(new OcopModule())
            .build();

    private OcopJson() {
    }

    /** @return a new mapper with the library's configuration */
    public static ObjectMapper mapper() {
        return BASE.copy();
    }
}
