package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.List;
import vn.ocop.area.Area;
import vn.ocop.area.Areas;
import vn.ocop.area.Succession;

/**
 * The JSON mapping of {@code vn.ocop.area}: a register is {@code {"note":…,"units":[…],"successions":[…]}}, read
 * through {@link Areas#of(String, List, List)} (which checks it); units and successions are their records with null
 * components left out.
 */
final class AreaMixins {
    private AreaMixins() {
    }

    /**
     * @param module the module to register the mix-ins with, not null
     */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(Areas.class, AreasMixin.class);
        module.setMixInAnnotation(Area.class, NonNull.class);
        module.setMixInAnnotation(Succession.class, NonNull.class);
    }

    /** Null components left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class NonNull {
    }

    /** The register's three keys, in this order; read through its checking factory. */
    @JsonPropertyOrder({"note", "units", "successions"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class AreasMixin {
        @JsonCreator
        static Areas of(@JsonProperty("note") String note, @JsonProperty("units") List<Area> units,
                @JsonProperty("successions") List<Succession> successions) {
            throw new AssertionError("a mix-in is never called");
        }

        @JsonProperty("note")
        abstract String note();

        @JsonProperty("units")
        abstract List<Area> units();

        @JsonProperty("successions")
        abstract List<Succession> successions();
    }
}
