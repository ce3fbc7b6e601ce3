package vn.ocop.plan;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.ocop.OcopException;
import vn.ocop.product.Producer;
import vn.ocop.product.Product;

/**
 * Accumulates an indicator's contributions per administrative unit (numerator and denominator, see
 * {@link Indicator}). A unit code is read as the version recorded on the contribution's date
 * ({@link Areas#recordedAs}); codes the register does not know are kept apart and reported as unattributed.
 *
 * <p>Not thread-safe: a tally is confined to the computation that created it.
 */
public final class Tally {
    private final Areas areas;
    private final long[] numerators;
    private final long[] denominators;
    private final boolean[] used;
    private final Map<String, long[]> unknown = new TreeMap<>();

    Tally(Areas areas) {
        this.areas = areas;
        int n = areas.versionCount();
        this.numerators = new long[n];
        this.denominators = new long[n];
        this.used = new boolean[n];
    }

    /**
     * Adds a contribution.
     *
     * @param unitCode the unit the record belongs to, not null
     * @param on the date the code was recorded for (e.g. the certificate's issue date), not null
     * @param numerator 0 or more
     * @param denominator 0 or more (0 for counts)
     * @throws OcopException for a negative contribution
     */
    public void add(String unitCode, LocalDate on, long numerator, long denominator) {
        if (numerator < 0 || denominator < 0) {
            throw new OcopException("tally for unit " + unitCode + ": contributions must not be negative ("
                    + numerator + "/" + denominator + ")");
        }
        String code = Objects.requireNonNull(unitCode, "unitCode");
        addVersion(areas.versionId(code, on), code, numerator, denominator);
    }

    /** Adds a contribution under a resolved unit version ({@code -1}: the unknown code {@code code}). */
    void addVersion(int v, String code, long numerator, long denominator) {
        if (v < 0) {
            long[] u = unknown.computeIfAbsent(code, k -> new long[2]);
            u[0] += numerator;
            u[1] += denominator;
            return;
        }
        numerators[v] += numerator;
        denominators[v] += denominator;
        used[v] = true;
    }

    /**
     * Adds a contribution under a product's commune (or former district) code, or under its province code when the
     * register knows only the province code.
     *
     * @param product the product, not null
     * @param on the date of the fact counted, not null
     * @param numerator 0 or more
     * @param denominator 0 or more
     */
    public void addProduct(Product product, LocalDate on, long numerator, long denominator) {
        add(unit(product.communeCode(), product.provinceCode(), on), on, numerator, denominator);
    }

    /**
     * Adds a contribution under a producer's commune code, or its province code when the register
     * knows only that.
     *
     * @param producer the producer, not null
     * @param on the date of the fact counted, not null
     * @param numerator 0 or more
     * @param denominator 0 or more
     */
    public void addProducer(Producer producer, LocalDate on, long numerator, long denominator) {
        add(unit(producer.communeCode(), producer.provinceCode(), on), on, numerator, denominator);
    }

    private String unit(String commune, String province, LocalDate on) {
        return areas.unitOf(commune, province, on);
    }

    /** @return the sum of all numerators, attributed or not */
    public long numerator() {
        long s = 0;
        for (long x : numerators) {
            s += x;
        }
        for (long[] u : unknown.values()) {
            s += u[0];
        }
        return s;
    }

    /** @return the sum of all denominators, attributed or not */
    public long denominator() {
        long s = 0;
        for (long x : denominators) {
            s += x;
        }
        for (long[] u : unknown.values()) {
            s += u[1];
        }
        return s;
    }

    // ------------------------------------------------------------------ for the tracker

    int size() {
        return used.length;
    }

    boolean used(int version) {
        return used[version];
    }

    long numerator(int version) {
        return numerators[version];
    }

    long denominator(int version) {
        return denominators[version];
    }

    Map<String, long[]> unknown() {
        return unknown;
    }
}
