package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.module.SimpleModule;
import vn.ocop.indicator.CommuneCoverage;
import vn.ocop.indicator.CumulativeProducts;
import vn.ocop.indicator.Coverage;
import vn.ocop.indicator.Indicator;
import vn.ocop.indicator.NewRecognitions;
import vn.ocop.indicator.OcopProducers;
import vn.ocop.indicator.ProducerShare;
import vn.ocop.indicator.ProductGroupShare;
import vn.ocop.indicator.Reported;
import vn.ocop.indicator.UnstatedProducts;
import vn.ocop.indicator.ValidProducts;

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
        @JsonSubTypes.Type(value = NewRecognitions.class, name = "newRecognitions"),
        @JsonSubTypes.Type(value = ValidProducts.class, name = "validProducts"),
        @JsonSubTypes.Type(value = CumulativeProducts.class, name = "cumulativeProducts"),
        @JsonSubTypes.Type(value = UnstatedProducts.class, name = "products"),
        @JsonSubTypes.Type(value = OcopProducers.class, name = "ocopProducers"),
        @JsonSubTypes.Type(value = ProducerShare.class, name = "producerShare"),
        @JsonSubTypes.Type(value = ProductGroupShare.class, name = "productGroupShare"),
        @JsonSubTypes.Type(value = CommuneCoverage.class, name = "communeCoverage"),
        @JsonSubTypes.Type(value = Coverage.class, name = "coverage"),
        @JsonSubTypes.Type(value = Reported.class, name = "reported")
    })
    interface IndicatorMixin {
    }
}
