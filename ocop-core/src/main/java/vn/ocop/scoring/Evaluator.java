package vn.ocop.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricSet;

/**
 * Scores evaluation sheets of one rubric set and evaluates councils: the engine's entry point.
 *
 * <p>Built once per set (it compiles the set's codes, points, star minimums, bands and citations into tables; see
 * {@link Evaluators} to keep one per set), then used for any number of sheets with no I/O. One method per job:
 * <ul>
 * <li>{@link #evaluate(Council)} (or with the council's {@link CouncilRules}): a council's result, classified at
 * once, explained on request; a single sheet is a council of one, {@code evaluate(Council.of(sheet))};</li>
 * <li>{@link #score(EvaluationSheet)} and {@link #scoreDraft(EvaluationSheet)}: one sheet's points per criterion,
 * group and part, complete or draft;</li>
 * <li>{@link #resolve(EvaluationSheet)} then {@link #evaluate(ResolvedSheet)}: a sheet read once and classified
 * many times without looking at its codes again.</li>
 * </ul>
 *
 * <pre>{@code
 * Edition edition = RubricCatalog.bundled().edition("QD-26-2026");
 * Evaluator evaluator = Evaluator.of(edition, 1);
 * CouncilResult r = evaluator.evaluate(Council.of(sheet1, sheet2, sheet3));
 * r.classification().stars();                                   // e.g. 4★
 * ExplanationFormatter.of(Locale.forLanguageTag("vi")).format(r.explanation());   // why, with citations
 * }</pre>
 *
 * <h2>Rules applied</h2>
 * <ul>
 * <li>A sheet has exactly one answer per answerable criterion; {@value Answer#NONE} says no listed option applies
 * (0 points). A criterion whose "only if" condition is not met scores 0 and must be left unanswered or
 * {@value Answer#NONE}. Unknown criteria or options, duplicate answers and missing answers are errors, all
 * reported together ({@link SheetValidationException}).</li>
 * <li>The product's score is the mean of the members' totals (Điều 3.3); its band is found by exact comparison
 * ({@code from <= mean < to}, 5★ up to 100 inclusive).</li>
 * <li>Star minimums: the product gets the highest star whose band it reaches and whose marked minimums it meets
 * on every marked criterion; a minimum marked for 3★ binds 4★ and 5★ as well. A minimum is met when the points
 * reached on the criterion are at least the marked option's points (within the same "case" for tourism
 * criteria). How a council meets it is set by {@link MinimumPolicy} (by default on the members' mean). A product in
 * the 3★ band or above that misses a 3★ minimum is classed 2★.</li>
 * <li>Knock-out rules: a rule on answers (set 16 of 26/2026: 0 points on a sensory criterion) is applied from the
 * answers, read the way the minimum policy reads them; a finding raised by a member is decided by the council, or
 * as its {@link KnockOutPolicy} says (by default only the council decides, and until it does the result is
 * {@link Classification.Status#KNOCK_OUT_PENDING}). A rule that applies ends the evaluation:
 * {@link Classification.Status#REJECTED}, with every finding and who raised it.</li>
 * <li>Council rules ({@link CouncilRules}): each member once; below the quorum the council decides nothing
 * ({@link Classification.Status#BELOW_QUORUM}); members whose totals lie too far apart send the council back to
 * score again when the rules say so ({@link Classification.Status#RESCORE_REQUIRED}), and a second round's sheets
 * replace the first round's.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Evaluator {
    private final CompiledSet compiled;
    private final SheetResolver resolver;
    private final Classifier classifier;
    private final CouncilChecks councilChecks;
    private final Builders builders;

    private Evaluator(Edition edition, RubricSet set) {
        this.compiled = new CompiledSet(edition, set);
        Memo memo = new Memo(compiled);
        this.resolver = new SheetResolver(compiled);
        this.classifier = new Classifier(compiled, memo);
        this.councilChecks = new CouncilChecks(resolver);
        MinimumFailures failures = new MinimumFailures(compiled, classifier);
        this.builders = new Builders(compiled, new ScoreBuilder(compiled),
                new ExplanationBuilder(compiled, classifier, failures, memo));
    }

    /**
     * @param edition the edition, not null
     * @param setNumber number of one of its sets
     * @return an evaluator for that set
     * @throws OcopException if the edition has no such set, or its points need more than 6 decimal places
     */
    public static Evaluator of(Edition edition, int setNumber) {
        return new Evaluator(edition, edition.set(setNumber));
    }

    /**
     * @param edition the edition whose bands apply, not null
     * @param set a set of that edition (e.g. a draft loaded with {@code RubricLoader.loadSet}), not null
     * @return an evaluator for the set
     * @throws OcopException if the set belongs to another edition, or its points need more than 6 decimal places
     */
    public static Evaluator of(Edition edition, RubricSet set) {
        if (!set.editionId().equals(edition.id())) {
            throw new OcopException("set " + set + " belongs to edition " + set.editionId() + ", not " + edition.id());
        }
        return new Evaluator(edition, set);
    }

    /** @return the edition, not null */
    public Edition edition() {
        return compiled.edition;
    }

    /** @return the rubric set, not null */
    public RubricSet set() {
        return compiled.set;
    }

    /**
     * Scores a complete sheet.
     *
     * @param sheet the sheet, not null
     * @return its scores
     * @throws SheetValidationException listing every problem (including missing answers)
     */
    public SheetScore score(EvaluationSheet sheet) {
        return builders.scores().score(sheet, read(sheet, false, "context.score"));
    }

    /**
     * Scores a draft sheet: missing answers score 0 and are listed in {@link SheetScore#missing()}; every other
     * problem is still an error.
     *
     * @param sheet the sheet, not null
     * @return its scores
     * @throws SheetValidationException listing every problem other than missing answers
     */
    public SheetScore scoreDraft(EvaluationSheet sheet) {
        return builders.scores().score(sheet, read(sheet, true, "context.score"));
    }

    /**
     * Reads a complete sheet once, checked exactly as {@link #score(EvaluationSheet)} checks it, for
     * {@link #evaluate(ResolvedSheet)}.
     *
     * @param sheet the sheet, not null
     * @return the resolved sheet, bound to this evaluator
     * @throws SheetValidationException listing every problem (including missing answers)
     */
    public ResolvedSheet resolve(EvaluationSheet sheet) {
        return new ResolvedSheet(compiled, sheet, read(sheet, false, "context.score"));
    }

    /** Resolves one sheet, or throws every problem it has. */
    private int[] read(EvaluationSheet sheet, boolean draft, String context) {
        Objects.requireNonNull(sheet, "sheet");
        List<SheetProblem> problems = new ArrayList<>();
        int[] slots = resolver.resolve(sheet, draft, problems);
        if (!problems.isEmpty()) {
            throw new SheetValidationException(context, List.of(sheet.member(), compiled.editionId,
                    String.valueOf(compiled.setNumber)), problems);
        }
        return slots;
    }

    /**
     * Evaluates a council under the default rules ({@link CouncilRules#defaults()}).
     *
     * @param council the council's sheets, not null
     * @return the result, classified (or why not); explained on request
     * @throws SheetValidationException listing every problem of every sheet and of the council (drafts cannot be
     *         classified)
     */
    public CouncilResult evaluate(Council council) {
        return evaluate(council, CouncilRules.defaults());
    }

    /**
     * Evaluates a council under its rules: member totals, exact mean, band, star minimums under the rules' policy,
     * knock-outs decided as the rules say, quorum, second round; the explanation, member scores and outliers on
     * request.
     *
     * @param council the council's sheets, not null
     * @param rules the council's rules of procedure, not null
     * @return the result, classified (or why not); explained on request
     * @throws SheetValidationException listing every problem of every sheet and of the council: a sheet's own
     *         problems, a member with two sheets in one round, a second-round sheet of someone absent from the first,
     *         unknown knock-out codes or codes of rules on answers, a rule both upheld and dismissed, a quorum the
     *         council gives no figures for, more members than appointed (drafts cannot be classified)
     * @throws OcopException if the policy is {@link MinimumPolicy#AGREED_SHEET} and the council has no agreed sheet
     */
    public CouncilResult evaluate(Council council, CouncilRules rules) {
        Objects.requireNonNull(rules, "rules");
        if (council.agreedSheet() == null && rules.minimumPolicy() == MinimumPolicy.AGREED_SHEET) {
            throw new OcopException("minimum policy AGREED_SHEET needs the council's agreed sheet "
                    + "(Council.withAgreedSheet)");
        }
        List<SheetProblem> problems = new ArrayList<>();
        int[][] first = resolveAll(council.members(), problems);
        int[][] second = resolveAll(council.secondRound(), problems);
        EvaluationSheet agreedSheet = council.agreedSheet();
        int[] agreed = agreedSheet == null ? null : resolver.resolve(agreedSheet, false, problems);
        councilChecks.check(council, rules, problems);
        if (!problems.isEmpty()) {
            throw new SheetValidationException("context.classify", List.of(compiled.editionId,
                    String.valueOf(compiled.setNumber)), problems);
        }
        List<EvaluationSheet> sheets = council.members();
        int[][] slots = first;
        if (second.length > 0) {
            sheets = new ArrayList<>(sheets);
            slots = first.clone();
            for (int j = 0; j < second.length; j++) {
                EvaluationSheet s = council.secondRound().get(j);
                for (int k = 0; k < sheets.size(); k++) {
                    if (sheets.get(k).member().equals(s.member())) {
                        sheets.set(k, s);
                        slots[k] = second[j];
                    }
                }
            }
            sheets = List.copyOf(sheets);
        }
        return result(ResolvedCouncil.of(compiled, council, sheets, slots, first, agreed, rules));
    }

    private int[][] resolveAll(List<EvaluationSheet> sheets, List<SheetProblem> problems) {
        int[][] slots = new int[sheets.size()][];
        for (int k = 0; k < slots.length; k++) {
            slots[k] = resolver.resolve(sheets.get(k), false, problems);
        }
        return slots;
    }

    /**
     * Evaluates a resolved sheet as a council of one under the default rules: the fast path for sheets classified
     * repeatedly; equal to {@code evaluate(Council.of(sheet.sheet()))}, without looking at any code again.
     *
     * @param sheet a sheet resolved by this evaluator, not null
     * @return the result, classified; explained on request
     * @throws OcopException if the sheet was resolved by another evaluator
     */
    public CouncilResult evaluate(ResolvedSheet sheet) {
        if (sheet.compiled() != compiled) {
            throw new OcopException("the sheet of " + sheet.sheet().member() + " was resolved by the evaluator of "
                    + sheet.compiled().set + ", not " + compiled.set);
        }
        int[][] slots = sheet.asCouncil();
        return result(ResolvedCouncil.of(compiled, sheet.council(), sheet.asMembers(), slots, slots, null,
                CouncilRules.defaults()));
    }

    private CouncilResult result(ResolvedCouncil council) {
        return new CouncilResult(builders, council, classifier.classify(council));
    }

    @Override
    public String toString() {
        return "Evaluator[" + compiled.editionId + " set " + compiled.setNumber + "]";
    }
}
