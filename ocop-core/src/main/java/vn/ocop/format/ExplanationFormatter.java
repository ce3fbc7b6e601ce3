package vn.ocop.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.ocop.internal.Messages;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.StarBand;
import vn.ocop.scoring.Attendance;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.CriterionLine;
import vn.ocop.scoring.Explanation;
import vn.ocop.scoring.FailedMinimum;
import vn.ocop.scoring.KnockOutFinding;
import vn.ocop.scoring.KnockOutOutcome;
import vn.ocop.scoring.PolicyAlternative;

/**
 * Writes the explanation of a council's result as plain text for a terminal or a report, in Vietnamese (the
 * default) or English: the decision and set, one line per criterion (code, name, maximum, the members' mean points,
 * each member's option), the part means, who took part against the quorum, the mean and the result (a star class, or
 * why there is none: rejected, a knock-out pending, a second round required, below quorum), every knock-out rule
 * raised with its citation, what became of it, who raised it and the rule that decided it; for a classified result
 * the band with its citation (a result that is not classified shows none), the minimum policy and what the other
 * policies would give where it differs, every star minimum missed grouped by criterion with the members who missed
 * it, and what the next star needs (the points only when points are missing).
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
        attendance(sb, e.attendance(), e.rescored());
        Classification c = e.classification();
        line(sb, text("explanation.mean", c.mean().setScale(e.rules().displayScale(), RoundingMode.HALF_UP)));
        line(sb, c.stars() != null ? text("explanation.stars", c.stars().level())
                : text("explanation.status", c.status()));
        if (c.status() == Classification.Status.RESCORE_REQUIRED) {
            line(sb, text("explanation.rescore", e.rules().outlierPoints(), String.join(", ", c.rescore())));
        }
        knockOuts(sb, e.knockOuts(), e);
        if (c.stars() != null) {
            line(sb, text("explanation.band", band(e.band())));
        }
        if (c.stars() != null || !e.alternatives().isEmpty()) {
            line(sb, text("explanation.policy", e.policy()));
        }
        for (PolicyAlternative a : e.alternatives()) {
            line(sb.append("  "), a.stars() == null ? text("explanation.alternative.stop", a.policy())
                    : text("explanation.alternative", a.policy(), a.stars().level()));
        }
        for (Grouped g : grouped(e.failedMinimums())) {
            line(sb, text("explanation.failed", g.stars, g.criterion, g.name, g.required, g.reached(), g.citation));
        }
        next(sb, e);
        return sb.toString();
    }

    /** Who took part, against the quorum, and who scored a second round. */
    private void attendance(StringBuilder sb, Attendance a, List<String> rescored) {
        sb.append(a.appointed() == null ? text("explanation.attendance", a.present())
                : text("explanation.attendance.appointed", a.present(), a.appointed()));
        if (a.chair() != null) {
            sb.append(text("explanation.attendance.chair", a.chair(),
                    text(a.chairPresent() ? "explanation.attendance.chairIn" : "explanation.attendance.chairOut")));
        }
        if (!a.quorum().isNone()) {
            sb.append(text("explanation.quorum", a.quorum().percent(),
                    a.quorum().chairRequired() ? text("explanation.quorum.chair") : "",
                    text(a.quorumMet() ? "explanation.quorum.met" : "explanation.quorum.notMet")));
        }
        sb.append('\n');
        if (!rescored.isEmpty()) {
            line(sb, text("explanation.rescored", String.join(", ", rescored)));
        }
    }

    /** What the next star needs: the points only when points are missing, then the minimums missed. */
    private void next(StringBuilder sb, Explanation e) {
        if (e.nextStar() == null) {
            return;
        }
        int level = e.nextStar().level();
        sb.append(e.pointsToNextBand().signum() > 0 ? text("explanation.next", level, e.pointsToNextBand())
                : text("explanation.next.points", level));
        if (e.minimumsForNextStar().isEmpty()) {
            sb.append(text("explanation.next.noMinimum"));
        }
        sb.append('\n');
        for (Grouped g : grouped(e.minimumsForNextStar())) {
            line(sb.append("  "), text("explanation.next.minimum", g.stars, g.criterion, g.name, g.required,
                    g.reached(), g.citation));
        }
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

    /**
     * One line per knock-out rule raised: its wording and citation, what became of it, who raised it (the council,
     * members; for a rule on answers, the members and the criteria they answered) and the rule that decides it.
     */
    private void knockOuts(StringBuilder sb, List<KnockOutOutcome> outcomes, Explanation e) {
        for (KnockOutOutcome o : outcomes) {
            KnockOut rule = o.rule();
            List<String> by = new ArrayList<>();
            for (KnockOutFinding f : o.findings()) {
                String who = f.byCouncil() ? text("source.council") : f.member();
                by.add(f.criterion() == null ? who : text("explanation.knockOut.criterion", who, f.criterion()));
            }
            String raisers = by.isEmpty() ? "—" : String.join(", ", by);
            line(sb, rule.answerDriven()
                    ? text("explanation.knockOut.answers", rule.code(), rule.label(), rule.citation(), o.verdict(),
                            raisers, e.policy())
                    : text("explanation.knockOut", rule.code(), rule.label(), rule.citation(), o.verdict(), raisers,
                            e.rules().knockOutPolicy()));
        }
    }

    /** Minimums missed, grouped by star, criterion and marked option, with what each member (or the mean) has. */
    private List<Grouped> grouped(List<FailedMinimum> failed) {
        Map<String, Grouped> out = new LinkedHashMap<>();
        for (FailedMinimum f : failed) {
            String name = formats.english() && f.criterionNameEn() != null ? f.criterionNameEn() : f.criterionName();
            Grouped g = out.computeIfAbsent(f.stars().level() + "|" + f.criterion() + "|" + f.citation(),
                    k -> new Grouped(f.stars().level(), f.criterion(), name, f.required(), f.citation(),
                            new ArrayList<>()));
            g.members.add(f.member() == null ? formats.decimal(f.actual())
                    : text("explanation.member", f.member(), f.actual()));
        }
        return new ArrayList<>(out.values());
    }

    /** Minimums missed on one criterion at one star level, with what each sheet (or the mean) reached. */
    private record Grouped(int stars, String criterion, String name, BigDecimal required, String citation,
            List<String> members) {
        String reached() {
            return String.join(", ", members);
        }
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
