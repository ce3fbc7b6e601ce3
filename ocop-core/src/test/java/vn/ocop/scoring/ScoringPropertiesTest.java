package vn.ocop.scoring;

import vn.ocop.rubric.Authority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.CriterionGroup;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.Part;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.Star;

/**
 * Properties of scoring and classification on seeded random sheets, for all 26 sets of QD-26-2026 and of
 * QD-148-2023:
 * <ul>
 * <li>total = sum of parts = sum of groups = sum of criteria, each criterion scoring its ticked option;</li>
 * <li>raising any one answer to a higher-point option never lowers the awarded star;</li>
 * <li>the council result does not depend on the order of the members;</li>
 * <li>every figure (stars, band, totals, mean and its display, failed minimums up to the band and for the next
 * star, points to the next band, part and criterion means, outliers, certificate, authority) agrees with
 * {@link ReferenceClassifier}, a deliberately simple implementation written from the law, on
 * {@value #DEFAULT_SHEETS} random sheets per set of 26/2026 and {@value #DEFAULT_SHEETS_148} per set of 148/2023
 * (grouped into councils of one to five members, under every minimum policy, with agreed sheets, knock-outs,
 * outlier thresholds and display scales drawn at random; see {@link Differential}).</li>
 * </ul>
 *
 * <p>System properties: {@code ocop.properties.sheets} (sheets per 26/2026 set compared with the reference,
 * default {@value #DEFAULT_SHEETS}), {@code ocop.properties.sheets148} (the same for 148/2023, default
 * {@value #DEFAULT_SHEETS_148}; {@code -Docop.properties.sheets148=100000} runs as many as for 26/2026),
 * {@code ocop.properties.scale} (multiplies every count, e.g. 0.02 under PIT), {@code ocop.properties.seed}
 * (default {@value #DEFAULT_SEED}; a failure message names the seed, set and sheet index to replay).
 */
class ScoringPropertiesTest {
    static final int DEFAULT_SHEETS = 100_000;
    static final int DEFAULT_SHEETS_148 = 20_000;
    static final long DEFAULT_SEED = 20260522L;
    static final long SEED = Long.getLong("ocop.properties.seed", DEFAULT_SEED);
    static final double SCALE = Double.parseDouble(System.getProperty("ocop.properties.scale", "1"));
    static final RubricCatalog CATALOG = RubricCatalog.bundled();

    static Stream<Arguments> sets() {
        List<Arguments> out = new ArrayList<>();
        for (String id : List.of("QD-26-2026", "QD-148-2023")) {
            Edition e = CATALOG.edition(id);
            assertThat(e.sets()).hasSize(26);
            for (RubricSet s : e.sets()) {
                out.add(Arguments.of(id + " set " + s.number(), s));
            }
        }
        return out.stream();
    }

    static int count(int base) {
        return Math.max(1, (int) Math.round(base * SCALE));
    }

    static int referenceSheets(RubricSet set) {
        return count(set.editionId().equals("QD-148-2023")
                ? Integer.getInteger("ocop.properties.sheets148", DEFAULT_SHEETS_148)
                : Integer.getInteger("ocop.properties.sheets", DEFAULT_SHEETS));
    }

    /**
     * A new evaluator for each test (not cached in a static field: PIT swaps mutated classes into a running JVM,
     * and an evaluator built before the swap would hide the mutants of its constructor).
     */
    static Evaluator evaluator(RubricSet set) {
        return Evaluator.of(CATALOG.edition(set.editionId()), set);
    }

    static SplittableRandom random(RubricSet set, int property) {
        return new SplittableRandom(SEED * 31 + set.editionId().hashCode() * 131L + set.number() * 7L + property);
    }

    // ------------------------------------------------------------------ reference

    /**
     * Runs {@code count} items in chunks, each with its own random source derived from the seed,
     * the set, the property and the chunk number, on the common fork-join pool: the same items are drawn whatever
     * the number of cores, and a failure names its chunk.
     */
    static void inChunks(RubricSet set, int property, int count, int chunk, ChunkBody body) {
        int chunks = (count + chunk - 1) / chunk;
        IntStream.range(0, chunks).parallel().forEach(k -> body.run(
                new SplittableRandom(SEED * 31 + set.editionId().hashCode() * 131L + set.number() * 7L
                        + property * 1_000_003L + k),
                k, Math.min(chunk, count - k * chunk)));
    }

    /** One chunk of a property run. */
    @FunctionalInterface
    interface ChunkBody {
        void run(SplittableRandom rnd, int chunk, int count);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void everyFigureAgreesWithTheReferenceImplementation(String label, RubricSet set) {
        Evaluator ev = evaluator(set);
        RandomSheets gen = new RandomSheets(set);
        int sheets = referenceSheets(set);
        AtomicIntegerArray starsSeen = new AtomicIntegerArray(6);
        AtomicIntegerArray policiesSeen = new AtomicIntegerArray(MinimumPolicy.values().length);
        LongAdder rejected = new LongAdder();
        LongAdder failedMinimum = new LongAdder();
        inChunks(set, 1, sheets, 5_000, (rnd, chunk, count) -> {
            for (int done = 0, council = 0; done < count; council++) {
                int n = Math.min(rnd.nextInt(4) == 0 ? 2 + rnd.nextInt(4) : 1, count - done);
                done += n;
                Differential d = Differential.random(gen, rnd, n);
                ReferenceClassifier.Result ref = ReferenceClassifier.classify(set, d.input());
                CouncilResult r = ev.evaluate(d.council(), d.options());
                String why = disagreement(r, ref);
                if (why != null) {
                    fail(label + ", seed " + SEED + ", chunk " + chunk + ", council " + council + ": " + why
                            + "\n" + d + "\n"
                            + vn.ocop.format.ExplanationFormatter.of(java.util.Locale.ENGLISH).format(r.explanation()));
                }
                Star stars = r.classification().stars();
                if (r.classification().status() == Classification.Status.REJECTED) {
                    rejected.increment();
                } else if (stars != null) {
                    starsSeen.incrementAndGet(stars.level());
                }
                policiesSeen.incrementAndGet(d.input().policy().ordinal());
                if (!ref.failedAtBand().isEmpty()) {
                    failedMinimum.increment();
                }
            }
        });
        // the generator must reach every outcome, or the comparison proves little
        if (sheets >= 10_000) {
            for (int s = 1; s <= 5; s++) {
                assertThat(starsSeen.get(s)).as("%s: councils classed %s★", label, s).isPositive();
            }
            for (MinimumPolicy p : MinimumPolicy.values()) {
                assertThat(policiesSeen.get(p.ordinal())).as("%s: councils under %s", label, p).isPositive();
            }
            assertThat(failedMinimum.sum()).as("%s: councils that failed a minimum", label).isPositive();
            if (!set.knockOuts().isEmpty()) {
                assertThat(rejected.sum()).as("%s: councils rejected by a knock-out", label).isPositive();
            }
        }
    }

    /** @return why the engine's result differs from the reference, or null when they agree */
    static String disagreement(CouncilResult r, ReferenceClassifier.Result ref) {
        Classification cl = r.classification();
        Integer stars = cl.stars() == null ? null : cl.stars().level();
        int n = ref.totals().size();
        Explanation x = r.explanation();
        List<String> checks = new ArrayList<>();
        check(checks, "stars", stars, ref.stars());
        check(checks, "band", cl.bandStars().level(), ref.bandStars());
        check(checks, "member totals", r.members().stream().map(m -> ReferenceClassifier.plain(m.total())).toList(),
                ref.totals().stream().map(ReferenceClassifier::plain).toList());
        BigDecimal sum = ref.totals().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        check(checks, "mean", r.mean().compareTo(expectedMean(sum, n)) == 0 && cl.mean().equals(r.mean()), true);
        check(checks, "mean displayed", r.meanDisplay(), ref.meanDisplay());
        check(checks, "failed minimums", entries(x.failedMinimums()), ref.failedAtBand());
        check(checks, "minimums for the next star", entries(x.minimumsForNextStar()), ref.forNextStar());
        check(checks, "points to the next band", x.pointsToNextBand(), ref.pointsToNext());
        check(checks, "part means", x.parts(), ref.partMeans());
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        x.criteria().forEach(l -> lines.put(l.criterion(), l.meanPoints()));
        check(checks, "criterion means", lines, ref.criterionMeans());
        check(checks, "outliers", r.outliers(), ref.outliers());
        // Điều 4.1, 7.3–7.4: 3★ and 4★ by the province, 5★ by the ministry, no certificate below 3★
        check(checks, "certificate", cl.certifiable(), stars != null && stars >= 3);
        check(checks, "authority", cl.authority(), stars == null || stars < 3 ? Authority.NONE
                : stars == 5 ? Authority.MINISTRY : Authority.PROVINCE);
        check(checks, "status", cl.status().name(), ref.status());
        Map<String, String> verdicts = new LinkedHashMap<>();
        cl.knockOuts().forEach(o -> verdicts.put(o.rule().code(), o.verdict().name()));
        check(checks, "knock-out verdicts", verdicts, ref.verdicts());
        check(checks, "members to re-score", cl.rescore(), ref.status().equals("RESCORE_REQUIRED") ? ref.outliers()
                : List.of());
        return checks.isEmpty() ? null : String.join("; ", checks);
    }

    private static void check(List<String> out, String what, Object engine, Object reference) {
        if (!java.util.Objects.equals(engine, reference)) {
            out.add(what + " " + engine + " != reference " + reference);
        }
    }

    /** The engine's failed minimums as the reference writes them. */
    static Set<String> entries(List<FailedMinimum> failed) {
        Set<String> out = new HashSet<>();
        for (FailedMinimum f : failed) {
            out.add((f.member() == null ? "-" : f.member()) + "|" + f.criterion() + "|" + f.stars().level() + "|"
                    + ReferenceClassifier.plain(f.required()) + "|" + ReferenceClassifier.plain(f.actual()));
        }
        return out;
    }

    // ------------------------------------------------------------------ sums

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void totalIsTheSumOfPartsGroupsAndCriteria(String label, RubricSet set) {
        Evaluator ev = evaluator(set);
        RandomSheets gen = new RandomSheets(set);
        SplittableRandom rnd = random(set, 2);
        Map<String, String> partOf = new HashMap<>();
        Map<String, String> groupOf = new HashMap<>();
        for (Part p : set.parts()) {
            for (CriterionGroup g : p.groups()) {
                for (Criterion c : g.criteria()) {
                    for (Criterion l : c.leaves()) {
                        partOf.put(l.code(), p.code());
                        groupOf.put(l.code(), g.code());
                    }
                }
            }
        }
        Set<String> onlyIfTargets = new HashSet<>();
        for (Criterion c : set.leafCriteria()) {
            if (c.onlyIf() != null) {
                onlyIfTargets.add(c.onlyIf().criterion());
            }
        }
        List<String> leafCodes = set.leafCriteria().stream().map(Criterion::code).toList();
        List<String> partCodes = set.parts().stream().map(Part::code).toList();
        int sheets = count(2_000);
        for (int i = 0; i < sheets; i++) {
            Map<String, String> answers = gen.answers(rnd);
            boolean draft = rnd.nextInt(3) == 0;
            List<String> omitted = new ArrayList<>();
            if (draft) {
                for (Criterion c : set.leafCriteria()) {
                    // a criterion another one's "only if" looks at stays answered: while it is missing the engine
                    // cannot tell whether the other applies (it counts it as applicable and reports the gap)
                    if (answers.containsKey(c.code()) && rnd.nextInt(5) == 0 && !onlyIfTargets.contains(c.code())) {
                        answers.remove(c.code());
                        if (RandomSheets.applicable(set, c, answers)) {
                            omitted.add(c.code());
                        }
                    }
                }
            }
            EvaluationSheet sheet = gen.sheet("A", answers, List.of());
            SheetScore s = draft ? ev.scoreDraft(sheet) : ev.score(sheet);
            String why = sumsDisagree(set, s, answers, partOf, groupOf, leafCodes, partCodes);
            if (why == null && !new HashSet<>(s.missing()).equals(new HashSet<>(omitted))) {
                why = "missing " + s.missing() + ", omitted " + omitted;
            }
            if (why == null && s.isComplete() != omitted.isEmpty()) {
                why = "complete " + s.isComplete();
            }
            if (why == null && !draft && !ev.evaluate(Council.of(sheet)).sheets().get(0).equals(s)) {
                why = "classify scores the sheet differently from score";
            }
            if (why != null) {
                fail(label + ", seed " + SEED + ", sheet " + i + " " + answers + ": " + why);
            }
        }
    }

    private static String sumsDisagree(RubricSet set, SheetScore s, Map<String, String> answers,
            Map<String, String> partOf, Map<String, String> groupOf, List<String> leafCodes, List<String> partCodes) {
        BigDecimal criteria = BigDecimal.ZERO;
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        Map<String, BigDecimal> groups = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        for (CriterionScore cs : s.criteria()) {
            Criterion c = set.criterion(cs.criterion());
            codes.add(c.code());
            BigDecimal expected = ReferenceClassifier.reached(set, c, answers);
            if (cs.points().compareTo(expected) != 0) {
                return "criterion " + c.code() + " scored " + cs.points() + ", its option gives " + expected;
            }
            criteria = criteria.add(cs.points());
            parts.merge(partOf.get(c.code()), cs.points(), BigDecimal::add);
            groups.merge(groupOf.get(c.code()), cs.points(), BigDecimal::add);
        }
        if (!codes.equals(leafCodes)) {
            return "criteria " + codes + ", not the set's " + leafCodes;
        }
        if (!new ArrayList<>(s.parts().keySet()).equals(partCodes)) {
            return "parts " + s.parts().keySet();
        }
        BigDecimal partSum = s.parts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal groupSum = s.groups().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (s.total().compareTo(partSum) != 0 || s.total().compareTo(groupSum) != 0
                || s.total().compareTo(criteria) != 0) {
            return "total " + s.total() + ", parts " + partSum + ", groups " + groupSum + ", criteria " + criteria;
        }
        for (Map.Entry<String, BigDecimal> e : parts.entrySet()) {
            if (s.parts().get(e.getKey()).compareTo(e.getValue()) != 0) {
                return "part " + e.getKey() + " " + s.parts().get(e.getKey()) + ", its criteria sum to " + e.getValue();
            }
        }
        for (Map.Entry<String, BigDecimal> e : groups.entrySet()) {
            if (s.groups().get(e.getKey()).compareTo(e.getValue()) != 0) {
                return "group " + e.getKey() + " " + s.groups().get(e.getKey()) + ", its criteria sum to "
                        + e.getValue();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ monotonicity

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void raisingAnAnswerNeverLowersTheStar(String label, RubricSet set) {
        Evaluator ev = evaluator(set);
        RandomSheets gen = new RandomSheets(set);
        int cases = count(1_000);
        LongAdder raised = new LongAdder();
        inChunks(set, 3, cases, 250, (rnd, chunk, count) -> {
            for (int i = 0; i < count; i++) {
                int n = rnd.nextInt(3) == 0 ? 3 : 1;
                List<Map<String, String>> members = new ArrayList<>();
                for (int k = 0; k < n; k++) {
                    members.add(gen.answers(rnd));
                }
                Map<String, String> higher = raiseOne(set, members.get(0), rnd);
                if (higher == null) {
                    continue;
                }
                raised.increment();
                MinimumPolicy policy = MinimumPolicy.values()[rnd.nextInt(MinimumPolicy.values().length)];
                CouncilRules opts = CouncilRules.defaults().withMinimumPolicy(policy);
                CouncilResult before = ev.evaluate(council(gen, members), opts);
                List<Map<String, String>> after = new ArrayList<>(members);
                after.set(0, higher);
                CouncilResult r = ev.evaluate(council(gen, after), opts);
                String where = label + ", seed " + SEED + ", chunk " + chunk + ", case " + i + " (" + policy + "): "
                        + members.get(0) + " -> " + higher;
                if (r.sheets().get(0).total().compareTo(before.sheets().get(0).total()) <= 0) {
                    fail(where + ": the total did not rise");
                }
                if (rank(r) < rank(before)
                        || r.classification().bandStars().level() < before.classification().bandStars().level()) {
                    fail(where + ": " + before.classification().status() + " " + before.classification().stars()
                            + " became " + r.classification().status() + " " + r.classification().stars());
                }
            }
        });
        assertThat(raised.sum()).as(label).isGreaterThan(cases / 2);
    }

    /**
     * A council of these answers, with no finding raised; the first member's answers are also the council's agreed
     * sheet (so that under AGREED_SHEET the raised answer is the agreed one).
     */
    private static Council council(RandomSheets gen, List<Map<String, String>> members) {
        List<EvaluationSheet> sheets = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            sheets.add(gen.sheet("M" + k, members.get(k), List.of()));
        }
        return Council.of(sheets).withAgreedSheet(gen.sheet("Hội đồng", members.get(0), List.of()));
    }

    /** A result's rank: 0 when a rule on answers ends the evaluation, its star otherwise. */
    private static int rank(CouncilResult r) {
        Classification c = r.classification();
        if (c.status() == Classification.Status.REJECTED) {
            return 0;
        }
        assertThat(c.status()).isEqualTo(Classification.Status.CLASSIFIED);
        return c.stars().level();
    }

    /**
     * Raises one applicable answer to an option with more points. Criteria that become applicable through the
     * change and were left out are answered none (the raise changes one answer only); raises that would make an
     * answered criterion inapplicable are not taken.
     *
     * @return the raised answers, or null if no answer can be raised
     */
    static Map<String, String> raiseOne(RubricSet set, Map<String, String> answers, SplittableRandom rnd) {
        List<Criterion> leaves = new ArrayList<>(set.leafCriteria());
        Collections.shuffle(leaves, new java.util.Random(rnd.nextLong()));
        for (Criterion c : leaves) {
            if (!RandomSheets.applicable(set, c, answers)) {
                continue;
            }
            BigDecimal now = ReferenceClassifier.reached(set, c, answers);
            List<Option> up = new ArrayList<>();
            for (Option o : c.answerOptions()) {
                if (o.points().compareTo(now) > 0) {
                    up.add(o);
                }
            }
            up.sort(Comparator.comparing(Option::points));
            while (!up.isEmpty()) {
                Option o = up.remove(rnd.nextInt(up.size()));
                Map<String, String> out = new LinkedHashMap<>(answers);
                out.put(c.code(), o.code());
                boolean ok = true;
                for (Criterion d : set.leafCriteria()) {
                    boolean was = RandomSheets.applicable(set, d, answers);
                    boolean is = RandomSheets.applicable(set, d, out);
                    if (was && !is && out.containsKey(d.code()) && !out.get(d.code()).equals(Answer.NONE)) {
                        ok = false;
                    } else if (!was && is && !out.containsKey(d.code())) {
                        out.put(d.code(), Answer.NONE);
                    }
                }
                if (ok) {
                    return out;
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ member order

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void councilResultDoesNotDependOnMemberOrder(String label, RubricSet set) {
        Evaluator ev = evaluator(set);
        RandomSheets gen = new RandomSheets(set);
        SplittableRandom rnd = random(set, 4);
        int councils = count(300);
        for (int i = 0; i < councils; i++) {
            int n = 2 + rnd.nextInt(8);
            List<EvaluationSheet> sheets = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                sheets.add(gen.sheet("Thành viên " + k, gen.answers(rnd), gen.knockOuts(rnd, 40)));
            }
            List<EvaluationSheet> shuffled = new ArrayList<>(sheets);
            Collections.shuffle(shuffled, new java.util.Random(rnd.nextLong()));
            if (shuffled.equals(sheets)) {
                Collections.rotate(shuffled, 1);
            }
            MinimumPolicy policy = MinimumPolicy.values()[rnd.nextInt(MinimumPolicy.values().length)];
            CouncilRules opts = CouncilRules.defaults().withMinimumPolicy(policy);
            Council a = Council.of(sheets);
            Council b = Council.of(shuffled);
            if (policy == MinimumPolicy.AGREED_SHEET) {
                EvaluationSheet agreed = gen.sheet("Hội đồng", gen.answers(rnd), List.of());
                a = a.withAgreedSheet(agreed);
                b = b.withAgreedSheet(agreed);
            }
            String where = label + ", seed " + SEED + ", council " + i + " (" + policy + ")";
            assertSameOutcome(ev.evaluate(a, opts), ev.evaluate(b, opts), where);
        }
    }

    static void assertSameOutcome(CouncilResult a, CouncilResult b, String where) {
        Classification ca = a.classification();
        Classification cb = b.classification();
        assertThat(cb.status()).as(where).isEqualTo(ca.status());
        assertThat(cb.stars()).as(where).isEqualTo(ca.stars());
        assertThat(cb.bandStars()).as(where).isEqualTo(ca.bandStars());
        assertThat(cb.mean()).as(where).isEqualTo(ca.mean());
        assertThat(cb.certifiable()).as(where).isEqualTo(ca.certifiable());
        assertThat(cb.authority()).as(where).isEqualTo(ca.authority());
        // the findings are listed in the order the members raised them: the same findings, maybe in another order
        assertThat(outcomes(cb.knockOuts())).as(where).isEqualTo(outcomes(ca.knockOuts()));
        assertThat(b.mean()).as(where).isEqualTo(a.mean());
        assertThat(b.meanDisplay()).as(where).isEqualTo(a.meanDisplay());
        assertThat(b.spread()).as(where).isEqualTo(a.spread());
        assertThat(b.outliers()).as(where).containsExactlyInAnyOrderElementsOf(a.outliers());
        assertThat(b.members()).as(where).containsExactlyInAnyOrderElementsOf(a.members());
        assertThat(b.sheets()).as(where).containsExactlyInAnyOrderElementsOf(a.sheets());
        Explanation ea = a.explanation();
        Explanation eb = b.explanation();
        assertThat(eb.parts()).as(where).isEqualTo(ea.parts());
        assertThat(eb.band()).as(where).isEqualTo(ea.band());
        assertThat(outcomes(eb.knockOuts())).as(where).isEqualTo(outcomes(ea.knockOuts()));
        assertThat(eb.nextStar()).as(where).isEqualTo(ea.nextStar());
        assertThat(eb.pointsToNextBand()).as(where).isEqualTo(ea.pointsToNextBand());
        assertThat(eb.failedMinimums()).as(where).containsExactlyInAnyOrderElementsOf(ea.failedMinimums());
        assertThat(eb.minimumsForNextStar()).as(where).containsExactlyInAnyOrderElementsOf(ea.minimumsForNextStar());
        for (int i = 0; i < ea.criteria().size(); i++) {
            CriterionLine la = ea.criteria().get(i);
            CriterionLine lb = eb.criteria().get(i);
            assertThat(lb.criterion()).as(where).isEqualTo(la.criterion());
            assertThat(lb.meanPoints()).as(where).isEqualTo(la.meanPoints());
            assertThat(lb.options()).as(where).containsExactlyInAnyOrderElementsOf(la.options());
        }
    }

    /** Knock-out outcomes in the set's order, each with its findings in any order. */
    static List<Object> outcomes(List<KnockOutOutcome> outcomes) {
        List<Object> out = new ArrayList<>();
        for (KnockOutOutcome o : outcomes) {
            out.add(List.of(o.rule(), o.verdict(), new HashSet<>(o.findings())));
        }
        return out;
    }

    /** The mean the engine reports is the exact mean, or the exact mean rounded to 10 decimals half even. */
    static BigDecimal expectedMean(BigDecimal sum, int n) {
        return sum.divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_EVEN);
    }
}
