package vn.ocop.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import vn.ocop.internal.Messages;
import vn.ocop.product.ProducerType;
import vn.ocop.rubric.Star;
import vn.ocop.statistics.ReportedStatistics;
import vn.ocop.statistics.StatisticsSnapshot;

/**
 * Writes programme statistics ({@link StatisticsSnapshot}) for people, the way a provincial report gives them, and
 * the findings of a check of published figures ({@link ReportedStatistics#check()}):
 * "Tỉnh Trà Vinh (84), 31/12/2024: 58 sản phẩm OCOP (37 sản phẩm 3★, 20 sản phẩm 4★, 1 sản phẩm 5★) của 35 chủ
 * thể", then a table per breakdown. Vietnamese by default, English on request.
 *
 * <pre>{@code
 * StatisticsFormatter.of(Locale.forLanguageTag("vi")).text(StatisticsSnapshot.of(registry, areas, "84", day));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StatisticsFormatter {
    private static final Messages TEXT = Messages.of("statistics");
    private static final Messages NAMES = Messages.of("registry");
    private final Locale locale;
    private final Formats formats;

    private StatisticsFormatter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.formats = Formats.of(locale);
    }

    /**
     * @param locale the reader's locale, not null (Vietnamese unless English)
     * @return a formatter for that language
     */
    public static StatisticsFormatter of(Locale locale) {
        return new StatisticsFormatter(locale);
    }

    /**
     * @param s a snapshot, not null
     * @return the summary sentence: area, date, products by star, producers
     */
    public String summary(StatisticsSnapshot s) {
        List<String> parts = new ArrayList<>();
        for (StatisticsSnapshot.Share<Star> x : s.byStar().shares()) {
            parts.add(TEXT.text(locale, "summary.star", formats.integer(x.count()), star(x.key())));
        }
        String area = s.areaName() == null ? s.area() : s.areaName() + " (" + s.area() + ")";
        return TEXT.text(locale, s.cumulative() ? "summary.cumulative" : "summary", area, s.date(),
                formats.integer(s.products()), String.join(", ", parts), formats.integer(s.producers()));
    }

    /**
     * The snapshot as text: the summary sentence, then one table per breakdown (the categories with a count, and
     * the total), then what could not be placed, if anything.
     *
     * @param s a snapshot, not null
     * @return the text, lines ending with a line feed
     */
    public String text(StatisticsSnapshot s) {
        StringBuilder b = new StringBuilder(summary(s)).append('\n');
        breakdown(b, s.cumulative() ? "byStar.cumulative" : "byStar", s.byStar(), StatisticsFormatter::star);
        breakdown(b, "byGroup", s.byGroup(), this::groupName);
        breakdown(b, "byProducerType", s.byProducerType(), this::producerType);
        if (!s.unplacedUnits().isEmpty()) {
            b.append('\n').append(TEXT.text(locale, "unplaced", formats.integer(s.unattributed()),
                    String.join(", ", s.unplacedUnits()))).append('\n');
        }
        return b.toString();
    }

    /**
     * The snapshot as an office-ready file ({@link OfficeCsv}): one row per category with a count of each breakdown
     * (by star, by product group, by producer type) and one total row per breakdown, with the area, the date, the
     * breakdown, the category, the count and the percentage; headers and numbers in the writer's language.
     *
     * @param s a snapshot, not null
     * @param writer the writer, e.g. {@code OfficeCsv.of(locale)} with this formatter's locale, not null
     * @return the file's bytes
     */
    public byte[] officeCsv(StatisticsSnapshot s, OfficeCsv writer) {
        List<List<Object>> rows = new ArrayList<>();
        csvRows(rows, s, s.cumulative() ? "csv.byStar.cumulative" : "csv.byStar", s.byStar(), StatisticsFormatter::star);
        csvRows(rows, s, "csv.byGroup", s.byGroup(), this::groupName);
        csvRows(rows, s, "csv.byProducerType", s.byProducerType(), this::producerType);
        List<String> headers = new ArrayList<>();
        for (String k : List.of("area", "date", "breakdown", "category", "count", "percent")) {
            headers.add(TEXT.text(locale, "csv." + k));
        }
        return writer.write(headers, rows);
    }

    private <K> void csvRows(List<List<Object>> rows, StatisticsSnapshot s, String key,
            StatisticsSnapshot.Breakdown<K> br, Function<K, String> name) {
        String area = s.areaName() == null ? s.area() : s.areaName();
        String what = TEXT.text(locale, key);
        for (StatisticsSnapshot.Share<K> x : br.shares()) {
            if (x.count() > 0) {
                rows.add(Arrays.asList(area, s.date(), what, name.apply(x.key()), x.count(), x.percent()));
            }
        }
        rows.add(Arrays.asList(area, s.date(), what, TEXT.text(locale, "total"), br.total(),
                br.total() == 0 ? null : new BigDecimal("100.0")));
    }

    private <K> void breakdown(StringBuilder b, String key, StatisticsSnapshot.Breakdown<K> br,
            Function<K, String> name) {
        b.append('\n').append(TEXT.text(locale, key, formats.integer(br.total()))).append('\n');
        TextTable t = TextTable.of("", TEXT.text(locale, "count"), "%").right(1, 2);
        for (StatisticsSnapshot.Share<K> s : br.shares()) {
            if (s.count() > 0) {
                t.row(name.apply(s.key()), formats.integer(s.count()), s.percent() == null ? null
                        : formats.decimal(s.percent()));
            }
        }
        t.row(TEXT.text(locale, "total"), formats.integer(br.total()), br.total() == 0 ? null
                : formats.decimal(new BigDecimal("100.0")));
        b.append(t.render());
    }

    /**
     * A finding of {@link ReportedStatistics#check()} in words, with its figures written the reader's way.
     *
     * <pre>{@code
     * StatisticsFormatter.of(Locale.forLanguageTag("vi")).finding(f);
     * // "sản phẩm / 3★: không có số nguyên nào trên 57 cho 12,34 % ở 2 chữ số thập phân; gần nhất là 7 trên 57 = 12,28 %"
     * }</pre>
     *
     * @param f a finding, not null
     * @return the sentence
     */
    public String finding(ReportedStatistics.Finding f) {
        String key = "finding." + f.kind().name();
        switch (f.kind()) {
            case PARTS_DO_NOT_ADD_UP:
            case PARTS_EXCEED_TOTAL:
                return TEXT.text(locale, key, f.where(), number(f.stated()), number(f.expected()));
            case PERCENT_DOES_NOT_MATCH_COUNT:
                return TEXT.text(locale, key, f.where(), f.part(), count(f.count()), count(f.base()),
                        percent(f.expected()), percent(f.stated()));
            case PERCENT_IMPOSSIBLE:
                return TEXT.text(locale, key, f.where(), f.part(), count(f.base()), percent(f.stated()),
                        Math.max(f.stated().scale(), 0), count(f.count()), percent(f.expected()));
            case PERCENTS_DO_NOT_ADD_UP:
                return TEXT.text(locale, key, f.where(), percent(f.stated()));
            case PERCENTS_FIT_OTHER_BASES:
                return TEXT.text(locale, key, f.where(), count(f.base()), bases(f));
            case NO_BASE_FITS_PERCENTS:
                return TEXT.text(locale, key, f.where(), count(f.searchedTo()));
            case BOUND_EXCEEDED:
                return TEXT.text(locale, key, f.where(), f.part(), number(f.stated()), number(f.expected()));
            case CHANGE_DOES_NOT_MATCH:
                return TEXT.text(locale, key, f.where(), count(f.count()), count(f.base()), percent(f.expected()),
                        percent(f.stated()));
            case NO_BASE_FITS:
                return TEXT.text(locale, key, f.where(), count(f.count()), percent(f.stated()));
            case IMPLIED_TOTAL:
                return TEXT.text(locale, key, f.where(), number(f.expected()));
            case IMPLIED_COUNT:
                return TEXT.text(locale, key, f.where(), f.part(), percent(f.stated()), count(f.base()),
                        formats.decimal(f.expected()), count(f.count()));
            case IMPLIED_BASES:
                return TEXT.text(locale, key, f.where(), count(f.count()), bases(f), percent(f.stated()));
            default:
                return TEXT.text(locale, key, f.where(), bases(f));
        }
    }

    /**
     * @param findings findings of {@link ReportedStatistics#check()}, not null
     * @return each in words ({@link #finding}), in order
     */
    public List<String> findings(List<ReportedStatistics.Finding> findings) {
        List<String> out = new ArrayList<>(findings.size());
        for (ReportedStatistics.Finding f : findings) {
            out.add(finding(f));
        }
        return out;
    }

    private String number(BigDecimal d) {
        return formats.decimal(d);
    }

    private String count(Long n) {
        return formats.integer(n);
    }

    private String percent(BigDecimal d) {
        return formats.percent(d);
    }

    /** @return the bases, and "…" when more may fit than are listed */
    private String bases(ReportedStatistics.Finding f) {
        List<String> out = new ArrayList<>();
        for (long b : f.bases()) {
            out.add(formats.integer(b));
        }
        if (f.bases().size() >= 10) {
            out.add("…");
        }
        return String.join(", ", out);
    }

    /**
     * @param t a producer type, not null
     * @return its name in this formatter's language ("Hợp tác xã", "cooperative")
     */
    public String producerType(ProducerType t) {
        return t.text(locale);
    }

    private String groupName(String group) {
        return group + " " + NAMES.text(locale, "productGroup." + group);
    }

    private static String star(Star s) {
        return s.level() + "★";
    }
}
