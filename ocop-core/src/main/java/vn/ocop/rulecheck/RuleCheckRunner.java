package vn.ocop.rulecheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.OcopException;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilRules;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.Evaluator;
import vn.ocop.scoring.Evaluators;
import vn.ocop.scoring.MinimumPolicy;
import vn.ocop.scoring.SheetValidationException;

/**
 * Reads rule-check case files ({@link RuleCheckCase}) and checks them against the engine: builds the council's
 * sheets from the compact form, evaluates them with {@link Evaluator}, and compares every expected value.
 *
 * <p>Needs no test framework: {@link #differences} lists what differs, {@link #check} throws an
 * {@link AssertionError} naming the case file and every difference. {@link RuleCheckTests} turns a folder of case
 * files into JUnit dynamic tests.
 *
 * <pre>{@code
 * RuleCheckRunner runner = RuleCheckRunner.bundled();
 * RuleCheckCase c = RuleCheckRunner.read(Path.of("cases/set01-band-edge.json"));
 * List<String> diffs = runner.differences(c);       // empty when the engine agrees with the case
 * runner.check(c, "cases/set01-band-edge.json");      // or: throw an AssertionError naming the file
 * }</pre>
 *
 * <p>Immutable and thread-safe (each set's evaluator is built once and shared, {@link Evaluators}).
 */
public final class RuleCheckRunner {
    /** The runner's own words; the differences keep the case file's key names. */
    private static final vn.ocop.internal.Messages TEXT = vn.ocop.internal.Messages.of("rulecheck");
    private static final java.util.Locale VI = vn.ocop.format.Formats.VIETNAMESE_LOCALE;
    private final Evaluators evaluators;

    private RuleCheckRunner(RubricCatalog catalog) {
        this.evaluators = Evaluators.of(Objects.requireNonNull(catalog, "catalog"));
    }

    /** @return a runner over the bundled editions ({@link RubricCatalog#bundled()}) */
    public static RuleCheckRunner bundled() {
        return new RuleCheckRunner(RubricCatalog.bundled());
    }

    /**
     * @param catalog the editions cases may name (e.g. the bundled ones plus a province's draft), not null
     * @return a runner over them
     */
    public static RuleCheckRunner of(RubricCatalog catalog) {
        return new RuleCheckRunner(catalog);
    }

    /**
     * Reads one case file.
     *
     * @param file a JSON case file, not null
     * @return the case
     * @throws RuleCheckException naming the file, with every problem found (line, column and JSON path where known)
     */
    public static RuleCheckCase read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw RuleCheckException.of(file.toString(), TEXT.text(VI, "unreadable", e.getMessage()));
        }
    }

    /**
     * Reads one case from a stream (the stream is not closed).
     *
     * @param in the JSON text, UTF-8, not null
     * @param source name of the file or resource, used in messages, not null
     * @return the case
     * @throws RuleCheckException naming the source, with every problem found (line, column and JSON path where known)
     */
    public static RuleCheckCase read(InputStream in, String source) {
        return CaseReader.read(Objects.requireNonNull(in, "in"), Objects.requireNonNull(source, "source"));
    }

    /**
     * Checks a case and throws if the engine does not produce what it expects. A case's {@code knownIssue} is not
     * looked at here (see {@link RuleCheckTests}).
     *
     * @param c the case, not null
     * @param source the case file's name, used in the message, not null
     * @throws AssertionError naming the source, the case and every difference (including a case the engine
     *         cannot evaluate: unknown edition, set, criterion, option or knock-out code)
     */
    public void check(RuleCheckCase c, String source) {
        Optional<String> failure = failure(c, source);
        if (failure.isPresent()) {
            throw new AssertionError(failure.get());
        }
    }

    /**
     * Checks a case and describes how it fails.
     *
     * @param c the case, not null
     * @param source the case file's name, used in the message, not null
     * @return the failure message (source, case, every difference and the engine's result in one line), or empty
     *         if the engine produces what the case expects
     */
    public Optional<String> failure(RuleCheckCase c, String source) {
        Outcome o = run(c);
        if (o.differences.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(TEXT.text(VI, "failed", source))
                .append("\n  ").append(TEXT.text(VI, "case")).append(": ").append(c.title())
                .append("\n  ").append(TEXT.text(VI, "checks")).append(": ").append(c.checks());
        for (String d : o.differences) {
            sb.append("\n  - ").append(d.replace("\n", "\n    "));
        }
        if (o.summary != null) {
            sb.append("\n  ").append(TEXT.text(VI, "engine")).append(": ").append(o.summary);
        }
        return Optional.of(sb.toString());
    }

    /**
     * @param c the case, not null
     * @return what differs between the case's expectations and the engine's result, empty if nothing does
     */
    public List<String> differences(RuleCheckCase c) {
        return run(c).differences;
    }

    /**
     * The edition a case is evaluated under: the one it names, or the one in force on its date.
     *
     * @param c the case, not null
     * @return the edition
     * @throws OcopException if the catalog has no such edition, or none in force on the date
     */
    public Edition edition(RuleCheckCase c) {
        RubricCatalog catalog = evaluators.catalog();
        return c.edition() != null ? catalog.edition(c.edition()) : catalog.editionInForce(c.date());
    }

    /**
     * The council a case describes, with every sheet written out in full (bases applied, overrides and
     * repetitions resolved, "only if" criteria whose condition is not met left unanswered).
     *
     * @param c the case, not null
     * @return the council
     * @throws OcopException if the case's edition or set does not exist
     */
    public Council council(RuleCheckCase c) {
        Edition ed = edition(c);
        return CaseCouncil.of(c, ed, ed.set(c.set()));
    }

    /** The differences found and a one-line summary of the engine's result (null if there was none). */
    private record Outcome(List<String> differences, String summary) {
    }

    private Outcome run(RuleCheckCase c) {
        Evaluator ev;
        Council council;
        try {
            ev = evaluators.forSet(edition(c).id(), c.set());
            council = CaseCouncil.of(c, ev.edition(), ev.set());
        } catch (OcopException e) {
            return new Outcome(List.of(TEXT.text(VI, "cannotEvaluate", e.getMessage())), null);
        }
        String where = c.date() != null ? TEXT.text(VI, "whereOn", ev.edition().id(), c.set(), c.date())
                : TEXT.text(VI, "where", ev.edition().id(), c.set());
        MinimumPolicy policy = c.minimumPolicy() != null ? c.minimumPolicy()
                : c.members().isEmpty() ? MinimumPolicy.AGREED_SHEET : c.rules().minimumPolicy();
        CouncilResult r;
        try {
            r = ev.evaluate(council, c.rules().withMinimumPolicy(policy));
        } catch (SheetValidationException e) {
            return new Outcome(CaseComparison.ofProblems(c.expected(), e.sheetProblems()),
                    TEXT.text(VI, "refused", where, e.sheetProblems().size()));
        } catch (OcopException e) {
            return new Outcome(List.of(TEXT.text(VI, "cannotEvaluate", e.getMessage())), null);
        }
        return new Outcome(CaseComparison.of(c, r, ev.set()), CaseComparison.summary(where, policy, r));
    }
}
