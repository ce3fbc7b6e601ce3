package vn.ocop.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import vn.ocop.product.Certificate;
import vn.ocop.product.Producer;
import vn.ocop.product.Product;

/**
 * The register on one date ({@link Registry#holdingsOn}): every product that holds a certificate in effect (valid,
 * or extended under Điều 12.3) that day, with that certificate: the "OCOP products" of that day.
 *
 * <pre>{@code
 * Holdings h = registry.holdingsOn(LocalDate.of(2024, 12, 31));
 * h.count();                                  // OCOP products on that day
 * h.forEach((product, certificate) -> …);    // in registry order
 * h.producers();                              // producers with at least one of them
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Holdings {
    private final Registry registry;
    private final LocalDate date;
    /** Per product of the registry, the certificate it holds, or null. */
    private final Certificate[] held;
    private final int count;

    Holdings(Registry registry, LocalDate date, Certificate[] held) {
        this.registry = registry;
        this.date = date;
        this.held = held;
        int n = 0;
        for (Certificate c : held) {
            n += c == null ? 0 : 1;
        }
        this.count = n;
    }

    /** @return the registry */
    public Registry registry() {
        return registry;
    }

    /** @return the date */
    public LocalDate date() {
        return date;
    }

    /** @return how many products hold a certificate in effect on the date */
    public int count() {
        return count;
    }

    /**
     * @param productId a product id, not null
     * @return the certificate the product holds on the date, empty if none or the product is unknown
     */
    public Optional<Certificate> of(String productId) {
        int i = registry.indexOf(Objects.requireNonNull(productId, "productId"));
        return i < 0 ? Optional.empty() : Optional.ofNullable(held[i]);
    }

    /**
     * Calls the action for every product holding a certificate on the date, in registry order.
     *
     * @param action receives the product and the certificate it holds, not null
     */
    public void forEach(BiConsumer<Product, Certificate> action) {
        Objects.requireNonNull(action, "action");
        List<Product> products = registry.products();
        for (int i = 0; i < held.length; i++) {
            if (held[i] != null) {
                action.accept(products.get(i), held[i]);
            }
        }
    }

    /** @return the producers with at least one product holding a certificate on the date, in registry order */
    public List<Producer> producers() {
        boolean[] has = new boolean[registry.producers().size()];
        for (int i = 0; i < held.length; i++) {
            if (held[i] != null) {
                has[registry.producerIndexOf(i)] = true;
            }
        }
        List<Producer> out = new ArrayList<>();
        for (int k = 0; k < has.length; k++) {
            if (has[k]) {
                out.add(registry.producers().get(k));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "Holdings[" + date + ", " + count + " products]";
    }
}
