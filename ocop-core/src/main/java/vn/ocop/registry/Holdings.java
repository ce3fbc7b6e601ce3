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
 * The register on one date. By default ({@link Registry#holdingsOn}) every product that holds a certificate in effect
 * (valid, or extended under Điều 12.3) that day, with that certificate: the "OCOP products" of that day. Cumulative
 * ({@link Registry#recognisedBy}, {@link #cumulative()}): every product recognised on or before that day, with its
 * latest certificate issued by then, in effect or not ("lũy kế").
 *
 * <pre>{@code
 * Holdings h = registry.holdingsOn(LocalDate.of(2024, 12, 31));
 * h.count();                                  // OCOP products on that day
 * for (int i = 0; i < h.count(); i++) { h.product(i); h.certificate(i); }   // in registry order
 * h.producers();                              // producers with at least one of them
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Holdings {
    private final Registry registry;
    private final LocalDate date;
    private final boolean cumulative;
    /** Per product of the registry, the certificate it holds, or null. */
    private final Certificate[] held;
    /** The products holding one, in registry order, their certificates and their positions in the registry. */
    private final Product[] products;
    private final Certificate[] certificates;
    private final int[] positions;

    Holdings(Registry registry, LocalDate date, Certificate[] held, boolean cumulative) {
        this.registry = registry;
        this.date = date;
        this.cumulative = cumulative;
        this.held = held;
        int n = 0;
        for (Certificate c : held) {
            n += c == null ? 0 : 1;
        }
        this.products = new Product[n];
        this.certificates = new Certificate[n];
        this.positions = new int[n];
        List<Product> all = registry.products();
        for (int i = 0, k = 0; i < held.length; i++) {
            if (held[i] != null) {
                products[k] = all.get(i);
                certificates[k] = held[i];
                positions[k++] = i;
            }
        }
    }

    /** @return the registry */
    public Registry registry() {
        return registry;
    }

    /** @return the date */
    public LocalDate date() {
        return date;
    }

    /**
     * @return whether these are every product recognised by the date with its latest certificate ("lũy kế"), rather
     *         than the products holding a certificate in effect that day
     */
    public boolean cumulative() {
        return cumulative;
    }

    /** @return how many products hold a certificate in effect on the date (cumulative: were recognised by it) */
    public int count() {
        return products.length;
    }

    /**
     * @param i a position, 0 to {@link #count()} − 1
     * @return the {@code i}-th product holding a certificate on the date (cumulative: recognised by it), in registry
     *         order
     * @throws IndexOutOfBoundsException for a position out of range
     */
    public Product product(int i) {
        return products[i];
    }

    /**
     * @param i a position, 0 to {@link #count()} − 1
     * @return the certificate the {@code i}-th product holds on the date (cumulative: its latest issued by then)
     * @throws IndexOutOfBoundsException for a position out of range
     */
    public Certificate certificate(int i) {
        return certificates[i];
    }

    /**
     * @param productId a product id, not null
     * @return the certificate the product holds on the date (cumulative: its latest issued by then), empty if none or
     *         the product is unknown
     */
    public Optional<Certificate> of(String productId) {
        int i = registry.indexOf(Objects.requireNonNull(productId, "productId"));
        return i < 0 ? Optional.empty() : Optional.ofNullable(held[i]);
    }

    /**
     * Calls the action for every product holding a certificate on the date (cumulative: recognised by it), in
     * registry order.
     *
     * @param action receives the product and the certificate it holds, not null
     */
    public void forEach(BiConsumer<Product, Certificate> action) {
        Objects.requireNonNull(action, "action");
        for (int k = 0; k < products.length; k++) {
            action.accept(products[k], certificates[k]);
        }
    }

    /** @return the producers with at least one product holding a certificate on the date, in registry order */
    public List<Producer> producers() {
        boolean[] has = new boolean[registry.producers().size()];
        for (int position : positions) {
            has[registry.producerIndexOf(position)] = true;
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
        return "Holdings[" + date + ", " + count() + (cumulative ? " products recognised by then]" : " products]");
    }
}
