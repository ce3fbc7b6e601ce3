package vn.ocop.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of a council's evaluation of one product (or of one sheet, as a council of one).
 *
 * <p>The {@link #classification()} is made at once; each member's sheet score ({@link #sheets()}), the member
 * totals ({@link #members()}) and the {@link #explanation()} are built on first request, from sheets that were fully
 * checked before the result was made (so they cannot fail), and are the same whichever thread asks first.
 *
 * <p>{@link #mean()} is the mean of the members' totals (Điều 3.3 "tổng điểm trung bình"). It is exact when the
 * division terminates; otherwise it is rounded to 10 decimals, half even. The classification never uses a rounded
 * mean: it compares {@code sum of totals} with {@code bound × members} exactly, so a mean of 69.9966… is never
 * taken for 70. {@link #meanDisplay()} is the mean rounded half up to the council's display scale.
 *
 * <pre>{@code
 * CouncilResult r = evaluator.evaluate(council);
 * if (r.classification().certifiable()) {
 *     System.out.println(ExplanationFormatter.of(Locale.forLanguageTag("vi")).format(r.explanation()));
 * }
 * }</pre>
 *
 * <p>Made by {@link Evaluator} only. Immutable (observably) and thread-safe; two results are equal when every part
 * is equal.
 */
public final class CouncilResult {
    private final Builders builders;
    private final ResolvedCouncil council;
    private final Classification classification;
    private volatile List<SheetScore> sheets;
    private volatile List<SheetScore> firstRound;
    private volatile List<MemberTotal> members;
    private volatile Explanation explanation;

    CouncilResult(Builders builders, ResolvedCouncil council, Classification classification) {
        this.builders = builders;
        this.council = council;
        this.classification = classification;
    }

    /** @return the edition id, not null */
    public String edition() {
        return builders.set().editionId;
    }

    /** @return the rubric set number */
    public int set() {
        return builders.set().setNumber;
    }

    /** @return the outcome: status, star class, band, exact mean, knock-outs; not null */
    public Classification classification() {
        return classification;
    }

    /** @return the number of members' sheets the mean is taken over (1 for a single sheet) */
    public int memberCount() {
        return council.size();
    }

    /** @return the mean total, exact or rounded to 10 decimals half even; not null */
    public BigDecimal mean() {
        return classification.mean();
    }

    /** @return the mean total rounded half up to the council's display scale; not null */
    public BigDecimal meanDisplay() {
        return FixedPoint.divide(council.sum(), builders.set().scale, council.size(),
                council.rules().displayScale(), RoundingMode.HALF_UP);
    }

    /**
     * @return the spread of the members' totals: the highest minus the lowest total of the sheets the result is
     *         taken over; see {@link #outliers()} for the members beyond the council's threshold; not null
     */
    public BigDecimal spread() {
        return builders.scores().spread(council);
    }

    /**
     * @return each member's sheet score, in member order: the sheets the result is taken over (a member's
     *         second-round sheet when there is one); not null
     */
    public List<SheetScore> sheets() {
        List<SheetScore> s = sheets;
        if (s == null) {
            List<SheetScore> out = new ArrayList<>(council.size());
            for (int k = 0; k < council.size(); k++) {
                out.add(builders.scores().score(council.sheets().get(k), council.slots()[k]));
            }
            s = List.copyOf(out);
            sheets = s;
        }
        return s;
    }

    /**
     * @return the scores of the first round's sheets, in member order: the same as {@link #sheets()} unless the
     *         council held a second round, whose sheets replaced some of them; kept for the minutes; not null
     */
    public List<SheetScore> firstRound() {
        List<SheetScore> s = firstRound;
        if (s == null) {
            if (!council.secondRound()) {
                s = sheets();
            } else {
                List<SheetScore> out = new ArrayList<>(council.size());
                for (int k = 0; k < council.size(); k++) {
                    out.add(builders.scores().score(council.council().members().get(k), council.firstRound()[k]));
                }
                s = List.copyOf(out);
            }
            firstRound = s;
        }
        return s;
    }

    /** @return the council rules the result was made under, not null */
    public CouncilRules rules() {
        return council.rules();
    }

    /**
     * @return who took part in the first round (members present, appointed, the chair) and whether the quorum of
     *         the council's rules is met ({@link Attendance#quorumMet()}); not null
     */
    public Attendance attendance() {
        return council.attendance();
    }

    /**
     * @return the star-minimum policy the result was classified under ({@code rules().minimumPolicy()}), not null
     */
    public MinimumPolicy policy() {
        return council.rules().minimumPolicy();
    }

    /**
     * @return what became of every knock-out rule raised or decided, in the set's order: the rule with its
     *         citation, the verdict, and who raised it (members by name, the council; for a rule on answers, the
     *         criterion answered); the same as {@code classification().knockOuts()}; not null
     */
    public List<KnockOutOutcome> knockOuts() {
        return classification.knockOuts();
    }

    /**
     * @return the other minimum policies that would give this council another result, with the star class each
     *         would give (or null when a rule on answers would end the evaluation); the same as
     *         {@code explanation().alternatives()}; not null
     */
    public List<PolicyAlternative> alternatives() {
        return explanation().alternatives();
    }

    /**
     * @return the members whose second-round sheet replaced their first-round one, in member order (empty without
     *         a second round); not null
     */
    public List<String> rescored() {
        return explanation().rescored();
    }

    /** @return each member's total and how far it lies from the others', in member order; not null */
    public List<MemberTotal> members() {
        List<MemberTotal> m = members;
        if (m == null) {
            m = List.copyOf(builders.scores().members(council));
            members = m;
        }
        return m;
    }

    /**
     * @return the members whose total is more than the council's threshold ({@link CouncilRules#outlierPoints()})
     *         from the others' mean, among the sheets the result is taken over; when the rules require a second
     *         round, the first round's outliers are {@code classification().rescore()}; not null
     */
    public List<String> outliers() {
        List<String> out = new ArrayList<>();
        for (MemberTotal m : members()) {
            if (m.outlier()) {
                out.add(m.member());
            }
        }
        return List.copyOf(out);
    }

    /** @return why: criteria with citations, part means, band, failed minimums, what the next star needs; not null */
    public Explanation explanation() {
        Explanation e = explanation;
        if (e == null) {
            e = builders.explanations().explain(council, classification);
            explanation = e;
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CouncilResult r && edition().equals(r.edition()) && set() == r.set()
                && classification.equals(r.classification) && meanDisplay().equals(r.meanDisplay())
                && spread().equals(r.spread()) && members().equals(r.members()) && sheets().equals(r.sheets())
                && firstRound().equals(r.firstRound()) && explanation().equals(r.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(edition(), set(), classification, meanDisplay(), spread(), members(), sheets(),
                firstRound(), explanation());
    }

    @Override
    public String toString() {
        Classification c = classification;
        return "CouncilResult[" + edition() + " set " + set() + ", "
                + (c.stars() == null ? c.status() : c.stars()) + " (band " + c.bandStars() + "), mean "
                + c.mean().toPlainString() + ", " + council.size() + " member(s)]";
    }
}
