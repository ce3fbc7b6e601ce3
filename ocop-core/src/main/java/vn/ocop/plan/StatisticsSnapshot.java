package vn.ocop.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.OcopException;

/**
 * Programme statistics of an area on a date, as a provincial report gives them: "581 sản phẩm OCOP: 464 3★, 116 4★,
 * 1 5★, của 246 chủ thể", with breakdowns by star, product group and producer type. Every percentage is computed
 * from the counts over the stated denominator, to 1 decimal by the largest remainder method
 * ({@link Percentages#largestRemainder}), so each breakdown adds up to exactly 100.0%. Made by
 * {@link Tracker#snapshot}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param area the area code, not null
 * @param areaName its name with its code, not null
 * @param date the date, not null
 * @param products OCOP products (certificate in effect on the date)
 * @param producers distinct producers of those products
 * @param byStar products by star, not null
 * @param byGroup products by Annex I product group, not null
 * @param byProducerType producers by type, not null
 * @param unattributed products that could not be placed inside or outside the area
 * @param note what could not be placed, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatisticsSnapshot(String area, String areaName, LocalDate date, long products, long producers,
        Breakdown byStar, Breakdown byGroup, Breakdown byProducerType, long unattributed, String note) {

    /** The product groups of Phụ lục I of Decision 26/2026, by code. */
    public static final Map<String, String> GROUPS;

    static {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("I", "Thực phẩm");
        g.put("II", "Đồ uống");
        g.put("III", "Dược liệu và sản phẩm từ dược liệu");
        g.put("IV", "Hàng thủ công mỹ nghệ");
        g.put("V", "Sinh vật cảnh");
        g.put("VI", "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch");
        GROUPS = java.util.Collections.unmodifiableMap(g);
    }

    /** Decimals of the percentages. */
    public static final int SCALE = 1;

    /**
     * One category of a breakdown.
     *
     * <p>Immutable and thread-safe.
     *
     * @param key the category's code (e.g. "3★", "I", "HOP_TAC_XA"), not null
     * @param label its name, not null
     * @param count the count
     * @param percent the percentage of the breakdown's denominator, or null when the denominator is 0
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Share(String key, String label, long count, BigDecimal percent) {
        /** Checks the components. */
        public Share {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A breakdown of a denominator into categories that add up to it.
     *
     * <p>Immutable and thread-safe.
     *
     * @param title what is broken down, not null
     * @param denominatorLabel what the denominator counts, not null
     * @param denominator the denominator: the sum of the counts
     * @param shares the categories, not null
     */
    public record Breakdown(String title, String denominatorLabel, long denominator, List<Share> shares) {
        /** Checks that the counts add up to the denominator. */
        public Breakdown {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(denominatorLabel, "denominatorLabel");
            shares = List.copyOf(shares);
            long sum = 0;
            for (Share s : shares) {
                sum += s.count();
            }
            if (sum != denominator) {
                throw new OcopException("breakdown " + title + ": the counts add up to " + sum + ", not " + denominator);
            }
        }

        /**
         * @param key a category code, not null
         * @return the category
         * @throws OcopException if there is no such category
         */
        public Share share(String key) {
            for (Share s : shares) {
                if (s.key().equals(key)) {
                    return s;
                }
            }
            throw new OcopException("breakdown " + title + " has no category '" + key + "'");
        }
    }

    /** Checks the components. */
    public StatisticsSnapshot {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(areaName, "areaName");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(byStar, "byStar");
        Objects.requireNonNull(byGroup, "byGroup");
        Objects.requireNonNull(byProducerType, "byProducerType");
    }

    static List<Share> shares(List<String> keys, List<String> labels, List<Long> counts) {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        List<BigDecimal> pct = sum == 0 ? null : Percentages.largestRemainder(counts, SCALE);
        List<Share> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            out.add(new Share(keys.get(i), labels.get(i), counts.get(i), pct == null ? null : pct.get(i)));
        }
        return out;
    }

    /**
     * Renders the snapshot: the summary sentence, then one table per breakdown (categories with a count, and the
     * denominator line).
     *
     * @return the text, lines ending with a line feed
     */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(areaName).append(", ").append(date).append(": ").append(products).append(" OCOP products (");
        List<String> parts = new ArrayList<>();
        for (Share s : byStar.shares()) {
            parts.add(s.count() + " " + s.key());
        }
        b.append(String.join(", ", parts)).append(") from ").append(producers).append(" producers\n");
        for (Breakdown br : List.of(byStar, byGroup, byProducerType)) {
            b.append('\n').append(br.title()).append(" — % of ").append(br.denominator()).append(' ')
                    .append(br.denominatorLabel()).append(", largest remainder, 1 decimal\n");
            TextTable t = TextTable.of("", "count", "%").right(1, 2);
            for (Share s : br.shares()) {
                if (s.count() > 0) {
                    t.row(s.key().equals(s.label()) ? s.label() : s.key() + " " + s.label(), s.count(),
                            s.percent() == null ? null : s.percent().toPlainString());
                }
            }
            t.row("total", br.denominator(), br.denominator() == 0 ? null : "100.0");
            b.append(t.render());
        }
        if (note != null) {
            b.append("\nnote: ").append(unattributed).append(' ').append(note).append('\n');
        }
        return b.toString();
    }
}
