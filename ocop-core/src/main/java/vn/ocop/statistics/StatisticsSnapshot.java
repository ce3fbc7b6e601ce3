package vn.ocop.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.ocop.OcopException;
import vn.ocop.area.Area;
import vn.ocop.area.Areas;
import vn.ocop.area.Placement;
import vn.ocop.product.Producer;
import vn.ocop.product.ProducerType;
import vn.ocop.registry.Holdings;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.Star;

/**
 * Programme statistics of an area on a date, as a provincial report gives them: "581 sản phẩm OCOP: 464 3★, 116 4★,
 * 1 5★, của 246 chủ thể", with breakdowns by star, product group and producer type. The totals are the sums of the
 * breakdowns' counts, and every percentage is computed from the counts over that total, to 1 decimal by the largest
 * remainder method ({@link Percentages#largestRemainder}), so each breakdown adds up to exactly 100.0%.
 *
 * <pre>{@code
 * StatisticsSnapshot s = StatisticsSnapshot.of(registry, areas, "84", LocalDate.of(2024, 12, 31));
 * s.products();                                   // OCOP products in effect that day
 * s.byStar().share(Star.FOUR).percent();          // 20.0
 * StatisticsFormatter.of(Locale.forLanguageTag("vi")).text(s);   // the report's wording, in Vietnamese
 * }</pre>
 *
 * <p>What is counted: products holding a certificate in effect on the date ({@link Holdings}), or, for a cumulative
 * snapshot ({@link #cumulative}, "lũy kế"), every product recognised by the date at the stars of its latest
 * certificate, whatever happened since ({@link Registry#recognisedBy}); in both cases those whose unit corresponds
 * to units inside the area on that date ({@link Areas#placement}); producers are the distinct producers of the
 * counted products (so "N products from M producers" always has M ≤ N). Products whose unit the register does not
 * know, or that straddles the area, are counted apart ({@link #unattributed()}) and their units named.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatisticsSnapshot {
    /** Decimals of the percentages. */
    public static final int SCALE = 1;
    private static final List<Star> RECOGNISED = List.of(Star.THREE, Star.FOUR, Star.FIVE);

    private final String area;
    private final String areaName;
    private final LocalDate date;
    private final boolean cumulative;
    private final Breakdown<Star> byStar;
    private final Breakdown<String> byGroup;
    private final Breakdown<ProducerType> byProducerType;
    private final long unattributed;
    private final SortedSet<String> unplacedUnits;

    private StatisticsSnapshot(String area, String areaName, LocalDate date, boolean cumulative,
            Breakdown<Star> byStar, Breakdown<String> byGroup, Breakdown<ProducerType> byProducerType,
            long unattributed, Set<String> unplacedUnits) {
        this.area = Objects.requireNonNull(area, "area");
        this.areaName = areaName;
        this.date = Objects.requireNonNull(date, "date");
        this.cumulative = cumulative;
        this.byStar = Objects.requireNonNull(byStar, "byStar");
        this.byGroup = Objects.requireNonNull(byGroup, "byGroup");
        this.byProducerType = Objects.requireNonNull(byProducerType, "byProducerType");
        this.unattributed = unattributed;
        this.unplacedUnits = Collections.unmodifiableSortedSet(new TreeSet<>(unplacedUnits == null ? Set.of()
                : unplacedUnits));
        if (byGroup.total() != byStar.total()) {
            throw new OcopException("statistics of " + area + ": " + byGroup.total() + " products by group, "
                    + byStar.total() + " by star");
        }
        if (byProducerType.total() > byStar.total() || unattributed < 0) {
            throw new OcopException("statistics of " + area + ": " + byProducerType.total() + " producers of "
                    + byStar.total() + " products, " + unattributed + " unattributed");
        }
    }

    /**
     * Counts the OCOP products of an area on a date (class comment).
     *
     * @param registry the records, not null
     * @param areas the administrative units, not null
     * @param area an area code, read on {@code date}, not null
     * @param date the date, not null
     * @return the snapshot
     */
    public static StatisticsSnapshot of(Registry registry, Areas areas, String area, LocalDate date) {
        return new Count(registry, areas, area, date, false).snapshot();
    }

    /**
     * Counts every product of an area recognised by a date, in effect or not ("lũy kế": expired, revoked and replaced
     * certificates included), each at the stars of its latest certificate by then (class comment).
     *
     * @param registry the records, not null
     * @param areas the administrative units, not null
     * @param area an area code, read on {@code date}, not null
     * @param date the date, not null
     * @return the cumulative snapshot
     */
    public static StatisticsSnapshot cumulative(Registry registry, Areas areas, String area, LocalDate date) {
        return new Count(registry, areas, area, date, true).snapshot();
    }

    /** The counting of {@link #of}. */
    private static final class Count {
        final Areas areas;
        final Registry registry;
        final String area;
        final LocalDate date;
        final Map<Area, Placement> placements = new IdentityHashMap<>();
        final Map<Star, Long> stars = zeros(RECOGNISED);
        final Map<String, Long> groups = zeros(Registry.PRODUCT_GROUPS);
        final Set<Producer> producers = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<String> unplaced = new TreeSet<>();
        long unattributed;

        final boolean cumulative;

        Count(Registry registry, Areas areas, String area, LocalDate date, boolean cumulative) {
            this.cumulative = cumulative;
            this.registry = Objects.requireNonNull(registry, "registry");
            this.areas = Objects.requireNonNull(areas, "areas");
            this.area = Objects.requireNonNull(area, "area");
            this.date = Objects.requireNonNull(date, "date");
        }

        StatisticsSnapshot snapshot() {
            (cumulative ? registry.recognisedBy(date) : registry.holdingsOn(date)).forEach((p, c) -> {
                String code = areas.unitCodeOf(p.communeCode(), p.provinceCode());
                Area unit = areas.recordedAs(code, date).orElse(null);
                Placement at = unit == null ? Placement.STRADDLING
                        : placements.computeIfAbsent(unit, u -> areas.placement(u, area, date));
                if (at == Placement.STRADDLING) {
                    unattributed++;
                    unplaced.add(code);
                } else if (at == Placement.INSIDE) {
                    stars.merge(c.stars(), 1L, Long::sum);
                    groups.merge(p.productGroup(), 1L, Long::sum);
                    producers.add(registry.producerOf(p));
                }
            });
            return new StatisticsSnapshot(area, areas.recordedAs(area, date).map(Area::name).orElse(null), date,
                    cumulative,
                    Breakdown.of(stars), Breakdown.of(groups), Breakdown.of(producerTypes()), unattributed, unplaced);
        }

        private Map<ProducerType, Long> producerTypes() {
            Map<ProducerType, Long> types = zeros(List.of(ProducerType.values()));
            for (Producer p : registry.producers()) { // registry order, as the counts do not depend on it
                if (producers.contains(p)) {
                    types.merge(p.type(), 1L, Long::sum);
                }
            }
            return types;
        }

        private static <K> Map<K, Long> zeros(List<K> keys) {
            Map<K, Long> m = new LinkedHashMap<>();
            for (K k : keys) {
                m.put(k, 0L);
            }
            return m;
        }
    }

    /** @return the area code */
    public String area() {
        return area;
    }

    /** @return the area's name (without its code), or null when the register does not know the code */
    public String areaName() {
        return areaName;
    }

    /** @return the date */
    public LocalDate date() {
        return date;
    }

    /**
     * @return whether this snapshot counts every product recognised by the date ("lũy kế") rather than those holding
     *         a certificate in effect on it
     */
    public boolean cumulative() {
        return cumulative;
    }

    /**
     * @return OCOP products in the area (certificate in effect on the date; cumulative: recognised by it): the total
     *         of {@link #byStar()}
     */
    public long products() {
        return byStar.total();
    }

    /** @return distinct producers of those products: the total of {@link #byProducerType()} */
    public long producers() {
        return byProducerType.total();
    }

    /** @return the products by star, 3★ to 5★ */
    public Breakdown<Star> byStar() {
        return byStar;
    }

    /** @return the products by product group of Phụ lục I, "I" to "VI" */
    public Breakdown<String> byGroup() {
        return byGroup;
    }

    /** @return the producers of those products by type (Điều 2.3), every type listed */
    public Breakdown<ProducerType> byProducerType() {
        return byProducerType;
    }

    /** @return products that could not be placed inside or outside the area */
    public long unattributed() {
        return unattributed;
    }

    /** @return the codes of the units of those products (unknown to the register, or straddling the area), sorted */
    public SortedSet<String> unplacedUnits() {
        return unplacedUnits;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StatisticsSnapshot)) {
            return false;
        }
        StatisticsSnapshot s = (StatisticsSnapshot) o;
        return area.equals(s.area) && Objects.equals(areaName, s.areaName) && date.equals(s.date)
                && cumulative == s.cumulative
                && byStar.equals(s.byStar) && byGroup.equals(s.byGroup) && byProducerType.equals(s.byProducerType)
                && unattributed == s.unattributed && unplacedUnits.equals(s.unplacedUnits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, date, byStar, byGroup, byProducerType, unattributed);
    }

    @Override
    public String toString() {
        return "StatisticsSnapshot[" + area + ", " + date + ", " + products() + " products, " + producers()
                + " producers]";
    }

    /**
     * One category of a breakdown: its count and its percentage of the breakdown's total.
     *
     * <p>Immutable and thread-safe.
     *
     * @param key the category (a star, a product group code, a producer type), not null
     * @param count the count, not negative
     * @param percent the percentage of the breakdown's total, or null when the total is 0
     * @param <K> the type of the categories
     */
    public record Share<K>(K key, long count, BigDecimal percent) {
        /**
         * Checks the components.
         *
         * @param key the category (a star, a product group code, a producer type), not null
         * @param count the count, not negative
         * @param percent the percentage of the breakdown's total, or null when the total is 0
         * @throws OcopException for a negative count
         */
        public Share {
            Objects.requireNonNull(key, "key");
            if (count < 0) {
                throw new OcopException("share " + key + ": the count must not be negative, was " + count);
            }
        }
    }

    /**
     * Counts by category that add up to a total, with the percentages of the total (largest remainder, 1 decimal;
     * none when the total is 0). Both are computed from the counts.
     *
     * <p>Immutable and thread-safe.
     *
     * @param <K> the type of the categories
     */
    public static final class Breakdown<K> {
        private final List<K> keys;
        private final List<Long> counts;
        private final List<BigDecimal> percents;

        private Breakdown(List<K> keys, List<Long> counts) {
            this.keys = List.copyOf(keys);
            this.counts = List.copyOf(counts);
            long total = 0;
            for (long c : this.counts) {
                if (c < 0) {
                    throw new OcopException("breakdown: counts must not be negative, got " + counts);
                }
                total = Math.addExact(total, c);
            }
            this.percents = total == 0 ? null : Percentages.largestRemainder(this.counts, SCALE);
            if (new LinkedHashSet<>(this.keys).size() != this.keys.size()) {
                throw new OcopException("breakdown: a category appears twice in " + keys);
            }
        }

        /** The breakdown of these categories' counts (their percentages are computed again). */
        private Breakdown(List<Share<K>> shares) {
            this(keys(shares), counts(shares));
        }

        private static <K> List<K> keys(List<Share<K>> shares) {
            List<K> out = new ArrayList<>();
            for (Share<K> s : shares) {
                out.add(s.key());
            }
            return out;
        }

        private static <K> List<Long> counts(List<Share<K>> shares) {
            List<Long> out = new ArrayList<>();
            for (Share<K> s : shares) {
                out.add(s.count());
            }
            return out;
        }

        /**
         * @param counts the count of each category, in the order to show them, not null
         * @param <K> the type of the categories
         * @return the breakdown
         * @throws OcopException for a negative count
         */
        public static <K> Breakdown<K> of(Map<K, Long> counts) {
            return new Breakdown<>(new ArrayList<>(counts.keySet()), new ArrayList<>(counts.values()));
        }

        /**
         * @param shares the categories with their counts (their percentages are computed again), not null
         * @param <K> the type of the categories
         * @return the breakdown
         * @throws OcopException for a category given twice
         */
        public static <K> Breakdown<K> ofShares(List<Share<K>> shares) {
            return new Breakdown<>(shares);
        }

        /** @return the sum of the counts */
        public long total() {
            long t = 0;
            for (long c : counts) {
                t += c;
            }
            return t;
        }

        /** @return the categories in order, with their counts and percentages */
        public List<Share<K>> shares() {
            List<Share<K>> out = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                out.add(new Share<>(keys.get(i), counts.get(i), percents == null ? null : percents.get(i)));
            }
            return out;
        }

        /**
         * @param key a category, not null
         * @return the category's share
         * @throws OcopException if there is no such category
         */
        public Share<K> share(K key) {
            int i = keys.indexOf(key);
            if (i < 0) {
                throw new OcopException("breakdown has no category '" + key + "' (categories: " + keys + ")");
            }
            return new Share<>(key, counts.get(i), percents == null ? null : percents.get(i));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Breakdown && keys.equals(((Breakdown<?>) o).keys)
                    && counts.equals(((Breakdown<?>) o).counts);
        }

        @Override
        public int hashCode() {
            return keys.hashCode() * 31 + counts.hashCode();
        }

        @Override
        public String toString() {
            return "Breakdown" + shares();
        }
    }
}
