package vn.ocop.scoring;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.Problem;
import vn.ocop.internal.json.JsonDocuments;

/**
 * A council's rules of procedure, as a province sets them in its "Quy chế hoạt động của Hội đồng đánh giá, phân
 * hạng sản phẩm OCOP" (Điều 7.3.b of Decision 26/2026 leaves them to the province): how star minimums are met, who
 * decides knock-out findings, the quorum, when members' totals lie too far apart, and how the mean is displayed.
 *
 * <p>Start from {@link #defaults()} and change what your rules say, or read them from a JSON file ({@link #read};
 * schema {@code ocop-rubric/schema/council-rules.schema.json} of the {@code ocop-rubric-data} module; every key is
 * optional and takes its default when absent):
 *
 * <pre>{@code
 * {"minimumPolicy": "CRITERION_MEAN", "knockOutPolicy": "COUNCIL",
 *  "quorum": {"percent": 75, "chairRequired": true}, "outlierPoints": 10, "rescoreOutliers": true,
 *  "displayScale": 2}
 * }</pre>
 *
 * <pre>{@code
 * CouncilRules rules = CouncilRules.defaults()
 *         .withQuorum(Quorum.of(new BigDecimal("75"), true))     // the example most provincial rules follow
 *         .withRescoreOutliers(true);
 * CouncilResult r = evaluator.evaluate(council.withChair("Nguyễn Văn A").withAppointed(11), rules);
 * }</pre>
 *
 * <p>The defaults, and why each is the default:
 * <ul>
 * <li>{@link #minimumPolicy()}: {@link MinimumPolicy#CRITERION_MEAN}. The product's score is the mean of the
 * members' scores (Điều 3.3 "tổng điểm trung bình"), so what the product reached on a criterion is the members'
 * mean there too; under the strict reading one member's sheet would veto the class the whole council gives.</li>
 * <li>{@link #knockOutPolicy()}: {@link KnockOutPolicy#COUNCIL}. The council meets and reports its result as a body
 * (Điều 7.3.d); a member's finding is put to the council, and until it decides the result says so instead of
 * rejecting the dossier on one member's word.</li>
 * <li>{@link #quorum()}: {@link Quorum#NONE}. The decision sets no quorum; a province sets its own (75 % of the
 * appointed members including the chair is the usual figure, {@code Quorum.of(new BigDecimal("75"), true)}).</li>
 * <li>{@link #outlierPoints()}: 10 points. Provincial rules use this figure for a member whose total lies far from
 * the others' mean; the decision has none. Such members are always flagged ({@link CouncilResult#outliers()}).</li>
 * <li>{@link #rescoreOutliers()}: false. The decision has no second round; a province whose rules send such a
 * council back to score again turns it on, and the result is then "re-score required" until the council records
 * its second round ({@link Council#secondRound()}). When the council decides by written opinions (re-evaluations,
 * Điều 7.6.d), opinions that far apart are the "nhiều ý kiến đánh giá khác nhau" that call for a meeting, whose
 * sheets are the second round.</li>
 * <li>{@link #displayScale()}: 2 decimals, as results are published; the classification always uses the exact
 * mean.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class CouncilRules {
    private static final BigDecimal DEFAULT_OUTLIER_POINTS = BigDecimal.TEN;
    private static final int DEFAULT_DISPLAY_SCALE = 2;
    private static final CouncilRules DEFAULTS = new CouncilRules(MinimumPolicy.CRITERION_MEAN,
            KnockOutPolicy.COUNCIL, Quorum.NONE, DEFAULT_OUTLIER_POINTS, false, DEFAULT_DISPLAY_SCALE);

    private final MinimumPolicy minimumPolicy;
    private final KnockOutPolicy knockOutPolicy;
    private final Quorum quorum;
    private final BigDecimal outlierPoints;
    private final boolean rescoreOutliers;
    private final int displayScale;

    private CouncilRules(MinimumPolicy minimumPolicy, KnockOutPolicy knockOutPolicy, Quorum quorum,
            BigDecimal outlierPoints, boolean rescoreOutliers, int displayScale) {
        this.minimumPolicy = Objects.requireNonNull(minimumPolicy, "minimumPolicy");
        this.knockOutPolicy = Objects.requireNonNull(knockOutPolicy, "knockOutPolicy");
        this.quorum = Objects.requireNonNull(quorum, "quorum");
        this.outlierPoints = Objects.requireNonNull(outlierPoints, "outlierPoints");
        this.rescoreOutliers = rescoreOutliers;
        this.displayScale = displayScale;
        List<Problem> problems = new ArrayList<>();
        if (outlierPoints.signum() < 0) {
            problems.add(CouncilRulesException.problem("$.outlierPoints", "rules.outlierPoints",
                    outlierPoints.toPlainString()));
        }
        if (displayScale < 0 || displayScale > 10) {
            problems.add(CouncilRulesException.problem("$.displayScale", "rules.displayScale", displayScale));
        }
        CouncilRulesException.throwIfAny(problems);
    }

    /**
     * The rules as a file gives them: absent keys take their defaults; every problem (the quorum's included) is
     * reported at once.
     */
    static CouncilRules fromFile(MinimumPolicy minimumPolicy, KnockOutPolicy knockOutPolicy, Map<String, Object> quorum,
            BigDecimal outlierPoints, Boolean rescoreOutliers, Integer displayScale) {
        List<Problem> problems = new ArrayList<>();
        Quorum q = quorum == null ? Quorum.NONE : quorum(quorum, problems);
        CouncilRules rules = null;
        try {
            rules = new CouncilRules(minimumPolicy == null ? DEFAULTS.minimumPolicy : minimumPolicy,
                    knockOutPolicy == null ? DEFAULTS.knockOutPolicy : knockOutPolicy, q == null ? Quorum.NONE : q,
                    outlierPoints == null ? DEFAULT_OUTLIER_POINTS : outlierPoints,
                    Boolean.TRUE.equals(rescoreOutliers), displayScale == null ? DEFAULT_DISPLAY_SCALE : displayScale);
        } catch (CouncilRulesException e) {
            problems.addAll(e.problems());
        }
        CouncilRulesException.throwIfAny(problems);
        return rules;
    }

    /** The quorum of a file ({@code {"percent": 75, "chairRequired": true}}), or null with its problems added. */
    private static Quorum quorum(Map<String, Object> in, List<Problem> problems) {
        int before = problems.size();
        for (String key : in.keySet()) {
            if (!key.equals("percent") && !key.equals("chairRequired")) {
                problems.add(CouncilRulesException.problem("$.quorum." + key, "rules.quorumKey", key));
            }
        }
        Object percent = in.get("percent");
        Object chair = in.getOrDefault("chairRequired", Boolean.FALSE);
        if (!(chair instanceof Boolean)) {
            problems.add(CouncilRulesException.problem("$.quorum.chairRequired", "rules.quorumChair", chair));
        }
        BigDecimal p = percent instanceof Number n ? new BigDecimal(n.toString()) : null;
        if (percent != null && p == null) {
            problems.add(CouncilRulesException.problem("$.quorum.percent", "rules.quorumPercent", percent));
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new Quorum(p, (Boolean) chair);
        } catch (CouncilRulesException e) {
            for (Problem x : e.problems()) {
                problems.add(x.at(x.source(), "$.quorum" + x.path().substring(1), x.line(), x.column()));
            }
            return null;
        }
    }

    /**
     * @return the defaults: minimums on the members' mean, knock-out findings decided by the council, no quorum,
     *         outliers flagged at more than 10 points from the others' mean but no second round required, the mean
     *         displayed with 2 decimals (why each: see the class comment)
     */
    public static CouncilRules defaults() {
        return DEFAULTS;
    }

    /**
     * Reads rules from a JSON file (UTF-8; every key optional, absent keys take their defaults; unknown keys are
     * errors). The stream is not closed.
     *
     * @param in the JSON text, not null
     * @param source the file's name, for problems, not null
     * @return the rules
     * @throws CouncilRulesException with every problem, each with the file, line, column and JSON path
     */
    public static CouncilRules read(InputStream in, String source) {
        return JsonDocuments.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"),
                CouncilRules.class, CouncilRulesException::new);
    }

    /** @return how star minimums are met (and rules on answers read), not null */
    public MinimumPolicy minimumPolicy() {
        return minimumPolicy;
    }

    /** @return who decides members' knock-out findings the council has not ruled on, not null */
    public KnockOutPolicy knockOutPolicy() {
        return knockOutPolicy;
    }

    /** @return the quorum, not null ({@link Quorum#NONE} for none) */
    public Quorum quorum() {
        return quorum;
    }

    /**
     * @return a member is an outlier when their total differs from the mean of the other members' totals by more
     *         than this many points; not null
     */
    public BigDecimal outlierPoints() {
        return outlierPoints;
    }

    /** @return whether outliers of the first round send the council back to score again */
    public boolean rescoreOutliers() {
        return rescoreOutliers;
    }

    /** @return decimals of the displayed mean; the classification always uses the exact mean */
    public int displayScale() {
        return displayScale;
    }

    /**
     * @param policy how star minimums are met, not null
     * @return a copy with that policy
     * @throws NullPointerException if {@code policy} is null
     */
    public CouncilRules withMinimumPolicy(MinimumPolicy policy) {
        return new CouncilRules(policy, knockOutPolicy, quorum, outlierPoints, rescoreOutliers, displayScale);
    }

    /**
     * @param policy who decides members' knock-out findings, not null
     * @return a copy with that policy
     * @throws NullPointerException if {@code policy} is null
     */
    public CouncilRules withKnockOutPolicy(KnockOutPolicy policy) {
        return new CouncilRules(minimumPolicy, policy, quorum, outlierPoints, rescoreOutliers, displayScale);
    }

    /**
     * @param quorum the quorum, not null ({@link Quorum#NONE} for none)
     * @return a copy with that quorum
     * @throws NullPointerException if {@code quorum} is null
     */
    public CouncilRules withQuorum(Quorum quorum) {
        return new CouncilRules(minimumPolicy, knockOutPolicy, quorum, outlierPoints, rescoreOutliers, displayScale);
    }

    /**
     * @param points the outlier threshold, not null, not negative
     * @return a copy with that threshold
     * @throws NullPointerException if {@code points} is null
     * @throws CouncilRulesException if it is negative
     */
    public CouncilRules withOutlierPoints(BigDecimal points) {
        return new CouncilRules(minimumPolicy, knockOutPolicy, quorum, points, rescoreOutliers, displayScale);
    }

    /**
     * @param rescore whether outliers of the first round send the council back to score again
     * @return a copy with that rule
     */
    public CouncilRules withRescoreOutliers(boolean rescore) {
        return new CouncilRules(minimumPolicy, knockOutPolicy, quorum, outlierPoints, rescore, displayScale);
    }

    /**
     * @param decimals decimals of the displayed mean, 0 to 10
     * @return a copy with that display scale
     * @throws CouncilRulesException if it is outside 0 to 10
     */
    public CouncilRules withDisplayScale(int decimals) {
        return new CouncilRules(minimumPolicy, knockOutPolicy, quorum, outlierPoints, rescoreOutliers, decimals);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CouncilRules c && minimumPolicy == c.minimumPolicy && knockOutPolicy == c.knockOutPolicy
                && quorum.equals(c.quorum) && outlierPoints.compareTo(c.outlierPoints) == 0
                && rescoreOutliers == c.rescoreOutliers && displayScale == c.displayScale;
    }

    @Override
    public int hashCode() {
        return Objects.hash(minimumPolicy, knockOutPolicy, quorum, outlierPoints.stripTrailingZeros(), rescoreOutliers,
                displayScale);
    }

    @Override
    public String toString() {
        return "CouncilRules[" + minimumPolicy + ", knock-outs " + knockOutPolicy + ", quorum "
                + (quorum.isNone() ? "none" : quorum.percent().toPlainString() + " %"
                        + (quorum.chairRequired() ? " with the chair" : "")) + ", outliers > "
                + outlierPoints.toPlainString() + (rescoreOutliers ? " re-score" : " flagged") + ", " + displayScale
                + " decimals]";
    }
}
