package vn.ocop.indicator;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import vn.ocop.area.Areas;
import vn.ocop.product.Certificate;
import vn.ocop.product.Product;
import vn.ocop.registry.Holdings;
import vn.ocop.registry.Registry;

/**
 * What an {@link Indicator} is computed over: the registry, the administrative units, the first day of the period
 * and the as-of date. The register on the as-of date ({@link Holdings}) is computed once, when first needed; a
 * progress computation shares it between the indicators of one date ({@link #of(Holdings, Areas, LocalDate)}).
 *
 * <p>Not thread-safe: a scope is confined to the computation that created it.
 */
public final class Scope {
    private final Registry registry;
    private final Areas areas;
    private final LocalDate from;
    private final LocalDate asOf;
    private Holdings holdings;
    private Holdings recognised;

    private Scope(Registry registry, Areas areas, LocalDate from, LocalDate asOf, Holdings holdings) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.areas = Objects.requireNonNull(areas, "areas");
        this.from = Objects.requireNonNull(from, "from");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.holdings = holdings;
    }

    /**
     * @param registry the registry, not null
     * @param areas the administrative units, not null
     * @param from first day of the period (for flows), not null
     * @param asOf the date, not null
     * @return the scope
     */
    public static Scope of(Registry registry, Areas areas, LocalDate from, LocalDate asOf) {
        return new Scope(registry, areas, from, asOf, null);
    }

    /**
     * A scope over a register already computed for its date (the as-of date).
     *
     * @param holdings the register on the as-of date, not null
     * @param areas the administrative units, not null
     * @param from first day of the period (for flows), not null
     * @return the scope
     */
    public static Scope of(Holdings holdings, Areas areas, LocalDate from) {
        return new Scope(holdings.registry(), areas, from, holdings.date(), holdings);
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

    /** @return the register on {@link #asOf()}: every product holding a certificate in effect that day */
    public Holdings holdings() {
        if (holdings == null) {
            holdings = registry.holdingsOn(asOf);
        }
        return holdings;
    }

    /**
     * @return the cumulative register on {@link #asOf()} ("lũy kế"): every product recognised on or before that day,
     *         with its latest certificate by then ({@link Registry#recognisedBy})
     */
    public Holdings recognised() {
        if (recognised == null) {
            recognised = registry.recognisedBy(asOf);
        }
        return recognised;
    }

    /**
     * @param product a product of the registry, not null
     * @return the certificate it holds on {@link #asOf()}, or null
     */
    public Certificate holding(Product product) {
        return holdings().of(product.id()).orElse(null);
    }

    /**
     * Calls the action for every product holding a certificate in effect on {@link #asOf()}, in registry order.
     *
     * @param action receives the product and the certificate it holds, not null
     */
    public void forEachHolding(BiConsumer<Product, Certificate> action) {
        holdings().forEach(action);
    }

    /**
     * Calls the action for every certificate issued from {@link #from()} to {@link #asOf()} inclusive, in issue
     * order (whatever happened to it since), with its product.
     *
     * @param action receives the product and the certificate, not null
     */
    public void forEachRecognition(BiConsumer<Product, Certificate> action) {
        registry.forEachIssued(from, asOf, action);
    }

    /**
     * Calls the action once per product recognised from {@link #from()} to {@link #asOf()} inclusive, with its first
     * certificate of the period that the condition accepts ({@link Registry#forEachFirstIssued}).
     *
     * @param counts which certificates count, not null
     * @param action receives the product and the certificate, not null
     */
    public void forEachFirstRecognition(Predicate<Certificate> counts, BiConsumer<Product, Certificate> action) {
        registry.forEachFirstIssued(from, asOf, counts, action);
    }
}
