package vn.ocop.rulecheck;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilOptions;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.CriterionLine;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.scoring.Evaluator;
import vn.ocop.scoring.FailedMinimum;
import vn.ocop.scoring.MemberTotal;
import vn.ocop.scoring.MinimumPolicy;
import vn.ocop.scoring.SheetProblem;
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
 *
 * // inside a JUnit 5 test class:
 * @TestFactory
 * Stream<DynamicTest> ruleChecks() {
 *     return RuleCheckTests.fromClasspath("rulecheck");
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe (evaluators are built once per edition and set and shared).
 */
public final class RuleCheckRunner {
    private static final ObjectMapper JSON = OcopJson.mapper();
    private static final String DEFAULT_AGREED = "Hội đồng";

    private final RubricCatalog catalog;
    private final ConcurrentMap<String, Evaluator> evaluators = new ConcurrentHashMap<>();

    private RuleCheckRunner(RubricCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
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

    // ------------------------------------------------------------------ reading

    /**
     * Reads one case file.
     *
     * @param file a JSON case file, not null
     * @return the case
     * @throws RuleCheckException naming the file if it cannot be read or is not a valid case
     */
    public static RuleCheckCase read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new RuleCheckException(file + ": cannot read the case file: " + e, e);
        }
    }

    /**
     * Reads one case from a stream (the stream is not closed).
     *
     * @param in the JSON text, UTF-8, not null
     * @param source name of the file or resource, used in messages, not null
     * @return the case
     * @throws RuleCheckException naming the source if the text is not a valid case
     */
    public static RuleCheckCase read(InputStream in, String source) {
        Objects.requireNonNull(source, "source");
        try {
            byte[] bytes = in.readAllBytes();
            JsonNode tree = JSON.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new RuleCheckException(source + ": the case file is empty (expected a JSON object)");
            }
            if (!tree.isObject()) {
                throw new RuleCheckException(source + ": a case file is a JSON object {\"title\": …}, found "
                        + tree.getNodeType());
            }
            List<String> unknown = new ArrayList<>();
            unknownKeys(tree, RuleCheckCase.class, "$", unknown);
            if (!unknown.isEmpty()) {
                throw new RuleCheckException(source + " " + String.join("; ", unknown));
            }
            return JSON.readValue(bytes, RuleCheckCase.class);
        } catch (JsonProcessingException e) {
            throw new RuleCheckException(source + describe(e), e);
        } catch (IOException e) {
            throw new RuleCheckException(source + ": cannot read the case file: " + e, e);
        }
    }

    /**
     * Finds unknown keys before mapping, so that a misspelt key is reported as such (Jackson reports unknown keys
     * only after the constructor has run, and a misspelt required key would read as a missing one).
     */
    private static void unknownKeys(JsonNode node, Class<? extends Record> type, String path, List<String> out) {
        if (!node.isObject()) {
            return; // a wrong type is reported by the mapping, with its line and column
        }
        Set<String> known = new TreeSet<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            known.add(rc.getName());
        }
        if (type == RuleCheckCase.Expected.class) {
            known.remove("rejected"); // written as "stars": "rejected"
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            String at = path + "." + key;
            if (!known.contains(key)) {
                out.add("at " + path + ": unknown key \"" + key + "\"; known keys here: " + known);
                continue;
            }
            Class<? extends Record> child = CHILDREN.get(type.getSimpleName() + "." + key);
            if (child == null) {
                continue;
            }
            if (e.getValue().isArray()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    unknownKeys(e.getValue().get(i), child, at + "[" + i + "]", out);
                }
            } else {
                unknownKeys(e.getValue(), child, at, out);
            }
        }
    }

    /** The record type of each key whose value is an object, or an array of objects, with fixed keys. */
    private static final Map<String, Class<? extends Record>> CHILDREN = Map.of(
            "RuleCheckCase.members", RuleCheckCase.Sheet.class,
            "RuleCheckCase.agreed", RuleCheckCase.Sheet.class,
            "RuleCheckCase.expected", RuleCheckCase.Expected.class,
            "Expected.failedMinimums", RuleCheckCase.ExpectedMinimum.class,
            "Expected.minimumsForNextStar", RuleCheckCase.ExpectedMinimum.class,
            "Expected.sheetProblems", RuleCheckCase.ExpectedProblem.class);

    private static String describe(JsonProcessingException e) {
        StringBuilder sb = new StringBuilder();
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            sb.append(" line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
        }
        String what;
        if (e instanceof JsonMappingException m) {
            String path = path(m);
            if (!path.equals("$")) {
                sb.append(" at ").append(path);
            }
            if (m instanceof UnrecognizedPropertyException u) {
                Set<String> known = new TreeSet<>();
                for (Object o : u.getKnownPropertyIds() == null ? List.of() : u.getKnownPropertyIds()) {
                    known.add(String.valueOf(o));
                }
                what = "unknown key \"" + u.getPropertyName() + "\"; known keys here: " + known;
            } else if (m instanceof ValueInstantiationException && m.getCause() != null
                    && m.getCause().getMessage() != null) {
                what = m.getCause().getMessage();
            } else {
                what = m.getOriginalMessage();
            }
        } else {
            what = "malformed JSON: " + e.getOriginalMessage();
        }
        return sb.append(": ").append(what).toString();
    }

    private static String path(JsonMappingException m) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ running

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
        StringBuilder sb = new StringBuilder("rule check ").append(source).append(" failed")
                .append("\n  case:   ").append(c.title())
                .append("\n  checks: ").append(c.checks());
        for (String d : o.differences) {
            sb.append("\n  - ").append(d.replace("\n", "\n    "));
        }
        if (o.summary != null) {
            sb.append("\n  engine: ").append(o.summary);
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
        return council(c, ed, ed.set(c.set()));
    }

    private static Council council(RuleCheckCase c, Edition ed, RubricSet set) {
        List<EvaluationSheet> sheets = new ArrayList<>();
        int k = 0;
        for (RuleCheckCase.Sheet s : c.members()) {
            for (int t = 1; t <= s.times(); t++) {
                k++;
                String name = s.name() == null ? "Thành viên " + k : s.times() > 1 ? s.name() + " (" + t + ")" : s.name();
                sheets.add(sheet(ed, set, name, s));
            }
        }
        EvaluationSheet agreed = null;
        if (c.agreed() != null) {
            agreed = sheet(ed, set, c.agreed().name() == null ? DEFAULT_AGREED : c.agreed().name(), c.agreed());
            if (sheets.isEmpty()) {
                sheets.add(agreed);
            }
        }
        return new Council(sheets, agreed, c.knockOuts());
    }

    private static EvaluationSheet sheet(Edition ed, RubricSet set, String member, RuleCheckCase.Sheet s) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (s.base() != null) {
            for (Criterion leaf : set.leafCriteria()) {
                answers.put(leaf.code(), baseOption(leaf, s.base()).code());
            }
        }
        answers.putAll(s.answers());
        for (Criterion leaf : set.leafCriteria()) {
            if (leaf.onlyIf() != null && !s.answers().containsKey(leaf.code())) {
                String condition = answers.get(leaf.onlyIf().criterion());
                if (condition != null && !leaf.onlyIf().options().contains(condition)) {
                    answers.remove(leaf.code());
                }
            }
        }
        EvaluationSheet.Builder b = EvaluationSheet.builder(ed.id(), set.number(), member);
        answers.forEach(b::answer);
        s.knockOuts().forEach(b::knockOut);
        return b.build();
    }

    private static Option baseOption(Criterion leaf, RuleCheckCase.Base base) {
        Option pick = null;
        for (Option o : leaf.answerOptions()) {
            int cmp = pick == null ? 0 : o.points().compareTo(pick.points());
            if (pick == null || (base == RuleCheckCase.Base.ALL_BEST ? cmp > 0 : cmp < 0)) {
                pick = o;
            }
        }
        return pick;
    }

    private Evaluator evaluator(Edition ed, int set) {
        return evaluators.computeIfAbsent(ed.id() + "#" + set, k -> Evaluator.of(ed, set));
    }

    /** The differences found and a one-line summary of the engine's result (null if there was none). */
    private record Outcome(List<String> differences, String summary) {
    }

    private Outcome run(RuleCheckCase c) {
        List<String> diffs = new ArrayList<>();
        RuleCheckCase.Expected x = c.expected();
        Edition ed;
        Evaluator ev;
        Council council;
        try {
            ed = edition(c);
            ev = evaluator(ed, c.set());
            council = council(c, ed, ev.set());
        } catch (OcopException e) {
            diffs.add("the case cannot be evaluated: " + e.getMessage());
            return new Outcome(diffs, null);
        }
        String where = ed.id() + " set " + c.set() + (c.date() != null ? " (in force on " + c.date() + ")" : "");
        MinimumPolicy policy = c.minimumPolicy() != null ? c.minimumPolicy()
                : c.members().isEmpty() ? MinimumPolicy.AGREED_SHEET : MinimumPolicy.EVERY_MEMBER;
        CouncilResult r;
        try {
            r = ev.evaluate(council, CouncilOptions.defaults().withMinimumPolicy(policy));
        } catch (SheetValidationException e) {
            if (x.sheetProblems() != null) {
                compareProblems(x.sheetProblems(), e.sheetProblems(), diffs);
            } else {
                diffs.add("the sheets cannot be evaluated: " + describeProblems(e.sheetProblems()));
            }
            return new Outcome(diffs, where + ": sheets refused with " + e.problems().size() + " problem(s)");
        } catch (OcopException e) {
            diffs.add("the case cannot be evaluated: " + e.getMessage());
            return new Outcome(diffs, null);
        }
        Classification cls = r.classification();
        if (x.sheetProblems() != null) {
            diffs.add("sheetProblems: expected the sheets to be refused with " + x.sheetProblems()
                    + ", but they were evaluated");
        }
        if (x.totals() != null) {
            List<BigDecimal> got = r.members().stream().map(MemberTotal::total).toList();
            if (!sameNumbers(x.totals(), got)) {
                diffs.add("totals: expected " + plain(x.totals()) + ", got " + plain(got));
            }
        }
        if (x.parts() != null) {
            comparePoints("parts", x.parts(), r.explanation().parts(), diffs);
        }
        if (x.criteria() != null) {
            Map<String, BigDecimal> lines = new LinkedHashMap<>();
            for (CriterionLine l : r.explanation().criteria()) {
                lines.put(l.criterion(), l.meanPoints());
            }
            for (String code : x.criteria().keySet()) {
                Criterion cr = ev.set().criterion(code);
                if (!lines.containsKey(code) && cr != null && !cr.isLeaf()) {
                    lines.put(code, cr.leaves().stream().map(l -> lines.get(l.code())).reduce(BigDecimal.ZERO,
                            BigDecimal::add));
                }
            }
            comparePoints("criteria", x.criteria(), lines, diffs);
        }
        compare("mean", x.mean(), r.mean(), diffs);
        compare("meanDisplay", x.meanDisplay(), r.meanDisplay(), diffs);
        if (x.bandStars() != null && x.bandStars() != cls.bandStars()) {
            diffs.add("bandStars: expected " + x.bandStars() + ", got " + cls.bandStars() + " (mean "
                    + r.mean().toPlainString() + ")");
        }
        if (x.rejected() != null) {
            String want = x.rejected() ? "rejected" : String.valueOf(x.stars());
            String got = cls.status() == Classification.Status.REJECTED ? "rejected" : String.valueOf(cls.stars());
            if (!want.equals(got)) {
                diffs.add("stars: expected " + want + ", got " + got);
            }
        }
        if (x.failedMinimums() != null) {
            compareMinimums("failedMinimums", x.failedMinimums(), r.explanation().failedMinimums(), diffs);
        }
        if (x.minimumsForNextStar() != null) {
            compareMinimums("minimumsForNextStar", x.minimumsForNextStar(), r.explanation().minimumsForNextStar(),
                    diffs);
        }
        if (x.pointsToNextBand() != null) {
            BigDecimal got = r.explanation().pointsToNextBand();
            if (got == null || got.compareTo(x.pointsToNextBand()) != 0) {
                diffs.add("pointsToNextBand: expected " + x.pointsToNextBand().toPlainString() + ", got "
                        + (got == null ? "none (no next star)" : got.toPlainString()));
            }
        }
        if (x.certifiable() != null && x.certifiable() != cls.certifiable()) {
            diffs.add("certifiable: expected " + x.certifiable() + ", got " + cls.certifiable());
        }
        if (x.authority() != null && x.authority() != cls.authority()) {
            diffs.add("authority: expected " + x.authority() + ", got " + cls.authority());
        }
        if (x.knockOuts() != null) {
            Set<String> got = new LinkedHashSet<>();
            for (KnockOut k : cls.knockOutRules()) {
                got.add(k.code());
            }
            if (!new TreeSet<>(x.knockOuts()).equals(new TreeSet<>(got))) {
                diffs.add("knockOuts: expected " + x.knockOuts() + ", got " + got);
            }
        }
        return new Outcome(diffs, summary(where, policy, r));
    }

    private static String summary(String where, MinimumPolicy policy, CouncilResult r) {
        Classification cls = r.classification();
        Set<String> failed = new LinkedHashSet<>();
        for (FailedMinimum f : r.explanation().failedMinimums()) {
            failed.add(f.criterion() + " " + f.stars());
        }
        return where + ", " + policy + ": totals " + plain(r.members().stream().map(MemberTotal::total).toList())
                + ", mean " + r.mean().toPlainString() + ", band " + cls.bandStars() + ", "
                + (cls.status() == Classification.Status.REJECTED ? "rejected " + cls.knockOutRules().stream().map(KnockOut::code).toList()
                        : "awarded " + cls.stars() + ", failed minimums " + failed + ", authority " + cls.authority());
    }

    private static boolean sameNumbers(List<BigDecimal> a, List<BigDecimal> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).compareTo(b.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> plain(Collection<BigDecimal> in) {
        return in.stream().map(BigDecimal::toPlainString).toList();
    }

    private static void compare(String what, BigDecimal want, BigDecimal got, List<String> diffs) {
        if (want != null && want.compareTo(got) != 0) {
            diffs.add(what + ": expected " + want.toPlainString() + ", got " + got.toPlainString());
        }
    }

    private static void comparePoints(String what, Map<String, BigDecimal> want, Map<String, BigDecimal> got,
            List<String> diffs) {
        for (Map.Entry<String, BigDecimal> e : want.entrySet()) {
            BigDecimal g = got.get(e.getKey());
            if (g == null) {
                diffs.add(what + ": no " + e.getKey() + " in this set; known: " + got.keySet());
            } else if (g.compareTo(e.getValue()) != 0) {
                diffs.add(what + " " + e.getKey() + ": expected " + e.getValue().toPlainString() + ", got "
                        + g.toPlainString());
            }
        }
    }

    private static void compareMinimums(String what, List<RuleCheckCase.ExpectedMinimum> want,
            List<FailedMinimum> got, List<String> diffs) {
        Set<String> wantPairs = new TreeSet<>();
        for (RuleCheckCase.ExpectedMinimum m : want) {
            wantPairs.add(m.criterion() + " " + m.stars());
        }
        Set<String> gotPairs = new TreeSet<>();
        for (FailedMinimum f : got) {
            gotPairs.add(f.criterion() + " " + f.stars());
        }
        if (!wantPairs.equals(gotPairs)) {
            diffs.add(what + ": expected " + wantPairs + ", got " + describe(got));
            return;
        }
        for (RuleCheckCase.ExpectedMinimum m : want) {
            if (m.member() != null && got.stream().noneMatch(f -> f.criterion().equals(m.criterion())
                    && f.stars() == m.stars() && m.member().equals(f.member()))) {
                diffs.add(what + ": expected " + m + ", but no such member misses it; got " + describe(got));
            }
        }
    }

    private static List<String> describe(List<FailedMinimum> got) {
        List<String> out = new ArrayList<>();
        for (FailedMinimum f : got) {
            out.add(f.criterion() + " " + f.stars() + " (needs " + f.required().toPlainString() + ", has "
                    + f.actual().toPlainString() + (f.member() == null ? "" : ", " + f.member()) + ")");
        }
        return out;
    }

    /** A problem as a case names it ({@code NOT_APPLICABLE 5.2 [Thành viên 1]}) and what is wrong. */
    private static String describe(SheetProblem p) {
        return p.kind() + (p.criterion() == null ? "" : " " + p.criterion())
                + " [" + (p.member() == null ? "council" : p.member()) + "]: " + p.message(java.util.Locale.ENGLISH);
    }

    private static String describeProblems(List<SheetProblem> problems) {
        StringBuilder sb = new StringBuilder();
        for (SheetProblem p : problems) {
            sb.append("\n  ").append(describe(p));
        }
        return sb.toString();
    }

    private static void compareProblems(List<RuleCheckCase.ExpectedProblem> want, List<SheetProblem> got,
            List<String> diffs) {
        List<SheetProblem> left = new ArrayList<>(got);
        List<RuleCheckCase.ExpectedProblem> missing = new ArrayList<>();
        for (RuleCheckCase.ExpectedProblem p : want) {
            SheetProblem hit = null;
            for (SheetProblem g : left) {
                if (g.kind() == p.kind() && (p.criterion() == null || p.criterion().equals(g.criterion()))
                        && (p.member() == null || p.member().equals(g.member()))) {
                    hit = g;
                    break;
                }
            }
            if (hit == null) {
                missing.add(p);
            } else {
                left.remove(hit);
            }
        }
        if (!missing.isEmpty() || !left.isEmpty()) {
            List<String> gotText = new ArrayList<>();
            got.stream().sorted(Comparator.comparing(SheetProblem::kind)).forEach(g -> gotText.add(describe(g)));
            diffs.add("sheetProblems: expected " + want + ", got " + gotText);
        }
    }
}
