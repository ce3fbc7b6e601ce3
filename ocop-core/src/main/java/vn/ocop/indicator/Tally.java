package vn.ocop.indicator;

import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.ocop.OcopException;
import vn.ocop.area.Area;
import vn.ocop.area.Areas;
import vn.ocop.product.Producer;
import vn.ocop.product.Product;

/**
 * Accumulates an indicator's contributions per administrative unit (numerator and denominator, see
 * {@link Indicator}). A unit code is read as the version recorded on the contribution's date
 * ({@link Areas#recordedAs}); codes the register does not know are kept apart, to be reported as unattributed.
 *
 * <pre>{@code
 * Tally t = Tally.of(areas);
 * indicator.tally(Scope.of(registry, areas, from, asOf), t);
 * t.numerator();                       // over every unit, known or not
 * for (Area unit : t.units()) { t.numerator(unit); … }
 * }</pre>
 *
 * <p>Not thread-safe: a tally is confined to the computation that created it.
 */
public final class Tally {
    private final Areas areas;
    /** Per unit version of {@code areas} (its own instances), the numerator and denominator. */
    private final Map<Area, long[]> byUnit;
    private final Map<String, long[]> unknown = new TreeMap<>();
    /**
     * The unit last resolved for a record's commune code, by the identity of that code (records share their code
     * instances), so that counting a registry does not hash a string per record.
     */
    private final Map<String, Resolved> byCommuneCode;

    /**
     * A record's codes resolved on a date: the code it is attributed to, and its version (null when unknown). It holds
     * on another date for the same codes when the version exists then (versions do not overlap).
     */
    private record Resolved(String province, LocalDate on, String code, Area unit) {
        boolean holds(String province, LocalDate on) {
            return this.province == province && (this.on.equals(on) || unit != null && unit.existsOn(on));
        }
    }

    private Tally(Areas areas) {
        this.areas = Objects.requireNonNull(areas, "areas");
        this.byUnit = new IdentityHashMap<>(areas.units().size());
        this.byCommuneCode = new IdentityHashMap<>(areas.units().size());
    }

    /**
     * @param areas the administrative units contributions are read against, not null
     * @return an empty tally
     */
    public static Tally of(Areas areas) {
        return new Tally(areas);
    }

    /**
     * Adds a record's contribution under the one attribution rule of every kind of record
     * ({@link Areas#unitCodeOf}): its unit when the register knows it, else its province when given and known.
     *
     * @param unitCode the record's unit (a commune, or a district before 2025-07-01), not null
     * @param provinceCode the record's province, or null when the record does not give it
     * @param on the date the codes were recorded for, not null
     * @param numerator 0 or more
     * @param denominator 0 or more (0 for counts)
     * @throws OcopException for a negative contribution
     */
    public void add(String unitCode, String provinceCode, LocalDate on, long numerator, long denominator) {
        addRecord(Objects.requireNonNull(unitCode, "unitCode"), provinceCode, Objects.requireNonNull(on, "on"),
                numerator, denominator);
    }

    /**
     * Adds a contribution under a unit code as it is, without the province fallback of
     * {@link #add(String, String, LocalDate, long, long)}.
     *
     * @param unitCode the unit the record belongs to, not null
     * @param on the date the code was recorded for (e.g. the certificate's issue date), not null
     * @param numerator 0 or more
     * @param denominator 0 or more (0 for counts)
     * @throws OcopException for a negative contribution
     */
    public void add(String unitCode, LocalDate on, long numerator, long denominator) {
        String code = Objects.requireNonNull(unitCode, "unitCode");
        checkNotNegative(code, numerator, denominator);
        addTo(areas.recordedAs(code, on).orElse(null), code, numerator, denominator);
    }

    private static void checkNotNegative(String code, long numerator, long denominator) {
        if (numerator < 0 || denominator < 0) {
            throw new OcopException("tally for unit " + code + ": contributions must not be negative ("
                    + numerator + "/" + denominator + ")");
        }
    }

    private void addTo(Area unit, String code, long numerator, long denominator) {
        long[] sums = unit == null ? unknown.computeIfAbsent(code, k -> new long[2])
                : byUnit.computeIfAbsent(unit, k -> new long[2]);
        sums[0] += numerator;
        sums[1] += denominator;
    }

    /** Adds a record's contribution under {@link Areas#unitCodeOf}(commune, province), as recorded on the date. */
    private void addRecord(String commune, String province, LocalDate on, long numerator, long denominator) {
        checkNotNegative(commune, numerator, denominator);
        Resolved r = byCommuneCode.get(commune);
        if (r == null || !r.holds(province, on)) {
            String code = areas.unitCodeOf(commune, province);
            r = new Resolved(province, on, code, areas.recordedAs(code, on).orElse(null));
            byCommuneCode.put(commune, r);
        }
        addTo(r.unit(), r.code(), numerator, denominator);
    }

    /**
     * Adds a contribution under a product's unit ({@link Areas#unitCodeOf}: its commune or former district code, or
     * its province code when the register knows only that).
     *
     * @param product the product, not null
     * @param on the date of the fact counted, not null
     * @param numerator 0 or more
     * @param denominator 0 or more
     */
    public void addProduct(Product product, LocalDate on, long numerator, long denominator) {
        addRecord(product.communeCode(), product.provinceCode(), on, numerator, denominator);
    }

    /**
     * Adds a contribution under a producer's unit ({@link Areas#unitCodeOf}).
     *
     * @param producer the producer, not null
     * @param on the date of the fact counted, not null
     * @param numerator 0 or more
     * @param denominator 0 or more
     */
    public void addProducer(Producer producer, LocalDate on, long numerator, long denominator) {
        addRecord(producer.communeCode(), producer.provinceCode(), on, numerator, denominator);
    }

    /** @return the sum of all numerators, attributed or not */
    public long numerator() {
        return sum(0);
    }

    /** @return the sum of all denominators, attributed or not */
    public long denominator() {
        return sum(1);
    }

    private long sum(int k) {
        long s = 0;
        for (long[] x : byUnit.values()) {
            s += x[k];
        }
        for (long[] x : unknown.values()) {
            s += x[k];
        }
        return s;
    }

    /** @return the unit versions with at least one contribution (the register's own instances), unmodifiable */
    public Set<Area> units() {
        return Collections.unmodifiableSet(byUnit.keySet());
    }

    /**
     * @param unit a unit version of the register, not null
     * @return the numerator added under it (0 if none)
     */
    public long numerator(Area unit) {
        long[] x = byUnit.get(unit);
        return x == null ? 0 : x[0];
    }

    /**
     * @param unit a unit version of the register, not null
     * @return the denominator added under it (0 if none)
     */
    public long denominator(Area unit) {
        long[] x = byUnit.get(unit);
        return x == null ? 0 : x[1];
    }

    /** @return the codes contributions were added under that the register does not know, sorted */
    public SortedSet<String> unknownCodes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(unknown.keySet()));
    }

    /** @return the numerator added under codes the register does not know */
    public long unknownNumerator() {
        long s = 0;
        for (long[] x : unknown.values()) {
            s += x[0];
        }
        return s;
    }

    /** @return the denominator added under codes the register does not know */
    public long unknownDenominator() {
        long s = 0;
        for (long[] x : unknown.values()) {
            s += x[1];
        }
        return s;
    }
}
