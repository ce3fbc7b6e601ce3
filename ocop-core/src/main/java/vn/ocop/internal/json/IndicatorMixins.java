package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import vn.ocop.indicator.Indicator;
import vn.ocop.indicator.Indicators;

/**
 * The JSON mapping of {@code vn.ocop.indicator}: an indicator is an object whose {@code "type"} names it
 * ({@code {"type":"newRecognitions","minStars":3,"kinds":["FIRST"]}}), then the components of its record. Users
 * name their own indicators with {@code mapper.registerSubtypes(new NamedType(MyIndicator.class, "myIndicator"))}.
 */
final class IndicatorMixins {
    private IndicatorMixins() {
    }

    /**
     * @param module the module to register the mix-ins with, not null
     */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(Indicator.class, IndicatorMixin.class);
    }

    /** The type names of the built-in indicators. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Indicators.NewRecognitions.class, name = "newRecognitions"),
        @JsonSubTypes.Type(value = Indicators.ValidProducts.class, name = "validProducts"),
        @JsonSubTypes.Type(value = Indicators.OcopProducers.class, name = "ocopProducers"),
        @JsonSubTypes.Type(value = Indicators.ProducerShare.class, name = "producerShare"),
        @JsonSubTypes.Type(value = Indicators.ProductGroupShare.class, name = "productGroupShare"),
        @JsonSubTypes.Type(value = Indicators.CommuneCoverage.class, name = "communeCoverage"),
        @JsonSubTypes.Type(value = Indicators.Coverage.class, name = "coverage"),
        @JsonSubTypes.Type(value = Indicators.Reported.class, name = "reported")
    })
    interface IndicatorMixin {
    }
}
