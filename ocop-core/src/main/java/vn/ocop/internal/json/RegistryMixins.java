package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Collection;
import java.util.List;
import vn.ocop.product.Certificate;
import vn.ocop.product.Producer;
import vn.ocop.product.Product;
import vn.ocop.registry.AnnualRevenue;
import vn.ocop.registry.Registry;

/**
 * The JSON mapping of {@code vn.ocop.registry}: a registry is {@code {"products":[…],"producers":[…],
 * "certificates":[…],"revenues":[…]}} (the records of {@code vn.ocop.product} and the annual revenues; no
 * {@code revenues} key when there are none), read through
 * {@link Registry#of(Collection, Collection, Collection, Collection)}, which checks it.
 */
final class RegistryMixins {
    private RegistryMixins() {
    }

    /**
     * @param module the module to register the mix-ins with, not null
     */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(Registry.class, RegistryMixin.class);
    }

    /** The registry's three lists, in this order; read through its checking factory. */
    @JsonPropertyOrder({"products", "producers", "certificates", "revenues"})
    abstract static class RegistryMixin {
        @JsonCreator
        static Registry of(@JsonProperty("products") Collection<Product> products,
                @JsonProperty("producers") Collection<Producer> producers,
                @JsonProperty("certificates") Collection<Certificate> certificates,
                @JsonProperty("revenues") Collection<AnnualRevenue> revenues) {
            throw new AssertionError("a mix-in is never called");
        }

        @JsonProperty("revenues")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<AnnualRevenue> revenues();

        @JsonProperty("products")
        abstract List<Product> products();

        @JsonProperty("producers")
        abstract List<Producer> producers();

        @JsonProperty("certificates")
        abstract List<Certificate> certificates();
    }
}
