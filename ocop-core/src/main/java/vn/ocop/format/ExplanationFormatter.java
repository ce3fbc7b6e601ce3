package vn.ocop.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.ocop.internal.Messages;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.StarBand;
import vn.ocop.scoring.CriterionLine;
import vn.ocop.scoring.Explanation;
import vn.ocop.scoring.FailedMinimum;
import vn.ocop.scoring.KnockOutFinding;

/**
 * Writes the explanation of a council's result as plain text for a terminal or a report, in Vietnamese (the
 * default) or English: the decision and set, one line per criterion (code, name, maximum, the members' mean points,
 * each member's option), the part means, the band with its citation, how star minimums were applied, the knock-out
 * rules and who raised them, every star minimum missed with its citation, and what the next star needs.
 *
 * <pre>{@code
 * CouncilResult r = evaluator.evaluate(council);
 * System.out.println(ExplanationFormatter.of(Locale.forLanguageTag("vi")).format(r.explanation()));
 * }</pre>
 *
 * <p>Decimals are written with the language's mark (3,00 in Vietnamese, 3.00 in English); the rubric's own wording
 * (criterion and set names, knock-out rules, citations) stays as the data has it, with its English names in English
 * where the data has them. Criterion names longer than the column are cut with an ellipsis.
 *
 * <p>Immutable and thread-safe.
 */
public final class ExplanationFormatter {
    private static final Messages TEXT = Messages.of("scoring");
    private static final int NAME_WIDTH = 52;

    private final Locale locale;
    private final Formats formats;

    private ExplanationFormatter(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.formats = Formats.of(locale);
    }

    /**
     * @param locale the reader's locale, not null: English for an English locale, Vietnamese for every other
     * @return a formatter for that language
     */
    public static ExplanationFormatter of(Locale locale) {
        return new ExplanationFormatter(locale);
    }

    /**
     * @param e an explanation, not null
     * @return the explanation as lines of text, each ending with a line break
     */
    public String format(Explanation e) {
        StringBuilder sb = new StringBuilder();
        String setName = formats.english() && e.setNameEn() != null ? e.setNameEn() : e.setName();
        line(sb, text("explanation.header", e.editionCitation(), e.set(), setName));
        criteria(sb, e.criteria());
        sb.append(text("explanation.parts"));
        e.parts().forEach((part, mean) -> sb.append(' ').append(part).append('=').append(formats.decimal(mean)));
        sb.append('\n');
        line(sb, text("explanation.band", band(e.band())));
        line(sb, text("explanation.policy", e.policy()));
        knockOuts(sb, e.knockOuts());
        for (FailedMinimum f : e.failedMinimums()) {
            line(sb, text("explanation.failed", failedMinimum(f), f.citation()));
        }
        if (e.nextStar() != null) {
            sb.append(text("explanation.next", e.nextStar().level(), e.pointsToNextBand()));
            if (e.minimumsForNextStar().isEmpty()) {
                sb.append(text("explanation.next.noMinimum"));
            }
            sb.append('\n');
            for (FailedMinimum f : e.minimumsForNextStar()) {
                line(sb.append("  "), text("explanation.next.minimum", failedMinimum(f), f.citation()));
            }
        }
        return sb.toString();
    }

    private void criteria(StringBuilder sb, List<CriterionLine> lines) {
        String code = text("explanation.column.criterion");
        String pattern = "%-" + Math.max(8, code.length()) + "s %-" + NAME_WIDTH + "s %6s %7s  %s%n";
        sb.append(String.format(Locale.ROOT, pattern, code, text("explanation.column.name"),
                text("explanation.column.max"), text("explanation.column.mean"), text("explanation.column.options")));
        for (CriterionLine l : lines) {
            String name = formats.english() && l.nameEn() != null ? l.nameEn() : l.name();
            sb.append(String.format(Locale.ROOT, pattern, l.criterion(), cut(name), formats.decimal(l.max()),
                    formats.decimal(l.meanPoints()), String.join(" ", l.options())));
        }
    }

    /** One line per knock-out rule, naming who raised it (the council, members). */
    private void knockOuts(StringBuilder sb, List<KnockOutFinding> findings) {
        Map<KnockOut, List<String>> raisers = new LinkedHashMap<>();
        for (KnockOutFinding f : findings) {
            raisers.computeIfAbsent(f.rule(), k -> new ArrayList<>())
                    .add(f.byCouncil() ? text("source.council") : f.member());
        }
        raisers.forEach((rule, by) -> line(sb, text("explanation.knockOut", rule.code(), rule.label(),
                rule.citation(), String.join(", ", by))));
    }

    /**
     * @param band a star band, not null
     * @return e.g. {@code 4★ từ 70 đến dưới 90 (Điều 3.3.b)} or {@code 4★ 70 to under 90 (Điều 3.3.b)}
     */
    public String band(StarBand band) {
        return text(band.toInclusive() ? "band.inclusive" : "band.exclusive", band.stars().level(), band.from(),
                band.to(), band.citation());
    }

    /**
     * @param f a missed star minimum, not null
     * @return e.g. {@code 4★ ở tiêu chí 1.5 (Liên kết sản xuất): cần 2, đạt 1 [Ông B]} or
     *         {@code 4★ on criterion 1.5 (…): needs 2, has 1 [Ông B]}, the member only when there is one
     */
    public String failedMinimum(FailedMinimum f) {
        String name = formats.english() && f.criterionNameEn() != null ? f.criterionNameEn() : f.criterionName();
        return f.member() == null
                ? text("minimum", f.stars().level(), f.criterion(), name, f.required(), f.actual())
                : text("minimum.member", f.stars().level(), f.criterion(), name, f.required(), f.actual(), f.member());
    }

    private String text(String key, Object... args) {
        return TEXT.text(locale, key, args);
    }

    private static void line(StringBuilder sb, String text) {
        sb.append(text).append('\n');
    }

    private static String cut(String s) {
        return s.length() <= NAME_WIDTH ? s : s.substring(0, NAME_WIDTH - 1) + "…";
    }
}
