package vn.ocop.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.ocop.product.Certificate;
import vn.ocop.product.Product;

/**
 * What an {@link Indicator} is computed over: the registry, the administrative units, the first day of the period
 * and the as-of date. The certificates held on a date are computed once per date and shared by every indicator of
 * one progress computation.
 *
 * <p>Not thread-safe: a scope is confined to the computation that created it.
 */
public final class Scope {
    private final Registry registry;
    private final Areas areas;
    private final LocalDate from;
    private final LocalDate asOf;
    private final Function<LocalDate, Certificate[]> holdings;
    private final Units units;

    Scope(Registry registry, Areas areas, LocalDate from, LocalDate asOf, Map<LocalDate, Certificate[]> cache,
            Units units) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.areas = Objects.requireNonNull(areas, "areas");
        this.from = Objects.requireNonNull(from, "from");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.holdings = d -> cache.computeIfAbsent(d, registry::holdings);
        this.units = units;
    }

    /**
     * A scope for an indicator computed outside a tracker (tests, custom tools).
     *
     * @param registry the registry, not null
     * @param areas the administrative units, not null
     * @param from first day of the period (for flows), not null
     * @param asOf the date, not null
     * @return the scope
     */
    public static Scope of(Registry registry, Areas areas, LocalDate from, LocalDate asOf) {
        return new Scope(registry, areas, from, asOf, new java.util.HashMap<>(), new Units(registry, areas));
    }

    /** @return the registry */
    public Registry registry() {
        return registry;
    }

    /** @return the administrative units */
    public Areas areas() {
        return areas;
    }

    /** @return first day of the period: flows count from this day */
    public LocalDate from() {
        return from;
    }

    /** @return the date: flows count up to this day inclusive, stocks are taken on it */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * @param product a product of the registry, not null
     * @return the certificate it holds on {@link #asOf()}, or null
     */
    public Certificate holding(Product product) {
        return registry.holdingOn(product.id(), asOf).orElse(null);
    }

    /**
     * Calls the action for every product holding a certificate in effect on {@link #asOf()}, in registry order.
     *
     * @param action receives the product and the certificate it holds, not null
     */
    public void forEachHolding(BiConsumer<Product, Certificate> action) {
        Certificate[] h = holdings();
        for (int i = 0; i < h.length; i++) {
            if (h[i] != null) {
                action.accept(registry.productAt(i), h[i]);
            }
        }
    }

    /**
     * Calls the action for every certificate issued from {@link #from()} to {@link #asOf()} inclusive, in issue
     * order (whatever happened to it since).
     *
     * @param action receives the certificate, not null
     */
    public void forEachRecognition(Consumer<Certificate> action) {
        Certificate[] all = registry.byIssue();
        for (int k = registry.firstIssuedOnOrAfter(from); k < all.length && !all[k].issued().isAfter(asOf); k++) {
            action.accept(all[k]);
        }
    }

    /**
     * Adds a contribution under product {@code i}'s unit as recorded on a date (the fast path of
     * {@link Tally#addProduct}).
     */
    void addProduct(Tally tally, int i, LocalDate on, long numerator, long denominator) {
        tally.addVersion(units.productVersion(i, on), units.productCode(i), numerator, denominator);
    }

    /** Adds a contribution under producer {@code k}'s unit on the as-of date. */
    void addProducer(Tally tally, int k, long numerator, long denominator) {
        tally.addVersion(units.producerVersion(k, asOf), units.producerCode(k), numerator, denominator);
    }

    /** @return per product index, the certificate held on {@link #asOf()} or null (shared; do not modify) */
    Certificate[] holdings() {
        return holdings.apply(asOf);
    }
}
