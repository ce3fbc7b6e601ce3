package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled rubric data (module {@code ocop-rubric-data}), set by set. The tests live here, in the engine's tests,
 * because the data's meaning is what the engine's loader makes of it, and the data module cannot depend on the
 * engine (the engine depends on the data). The expected counts of Decision 26/2026 were counted by hand in Phụ lục II
 * (□ options and ***, ****, ***** markers of each set, the legend line excluded) when the data was written; those of
 * 148/2023 are the counts of the third-party transcription it was converted from.
 */
class RubricDataTest {
    static final RubricCatalog C = RubricCatalog.bundled();

    static Stream<Arguments> everySet() {
        return Stream.of("QD-26-2026", "QD-148-2023").flatMap(id -> IntStream.rangeClosed(1, 26)
                .mapToObj(n -> Arguments.of(id, n)));
    }

    @ParameterizedTest(name = "{0} set {1} loads and adds up")
    @MethodSource("everySet")
    void setLoadsAndAddsUp(String edition, int number) {
        Edition e = C.edition(edition);
        RubricSet s = e.set(number);
        BigDecimal total = BigDecimal.ZERO;
        for (Part p : s.parts()) {
            BigDecimal partSum = BigDecimal.ZERO;
            for (CriterionGroup g : p.groups()) {
                partSum = partSum.add(g.max());
                BigDecimal groupSum = g.criteria().stream().map(Criterion::max).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (!s.unverified()) {
                    assertThat(groupSum).as("group %s", g.code()).isEqualByComparingTo(g.max());
                }
            }
            if (!s.unverified()) {
                assertThat(partSum).as("part %s", p.code()).isEqualByComparingTo(p.max());
            }
            assertThat(p.max()).isEqualByComparingTo(e.parts().stream().filter(x -> x.code().equals(p.code()))
                    .findFirst().orElseThrow().max());
            total = total.add(p.max());
        }
        assertThat(total).isEqualByComparingTo("100");
        for (Criterion c : s.leafCriteria()) {
            BigDecimal best = c.answerOptions().stream().map(Option::points).max(BigDecimal::compareTo).orElseThrow();
            assertThat(best.compareTo(c.max()) == 0 || !c.doubts().isEmpty())
                    .as("%s: highest option equals max, or the data says why", c.code()).isTrue();
            for (Option hi : c.options()) {
                for (Option lo : c.options()) {
                    if (hi.minStars() != null && lo.minStars() != null && hi.minStars().level() > lo.minStars().level()
                            && java.util.Objects.equals(hi.caseCode(), lo.caseCode())) {
                        assertThat(hi.points()).as("%s minimum order", c.code()).isGreaterThanOrEqualTo(lo.points());
                    }
                }
            }
        }
        assertThat(e.taxonomyNode(s.taxonomy())).hasValueSatisfying(n -> assertThat(n.set()).isEqualTo(number));
        if (s.unverified()) {
            assertThat(s.doubts()).isNotEmpty();
        }
    }

    /** {criteria answered, options, 3★ markers, 4★ markers, 5★ markers} of a set. */
    static int[] counts(RubricSet s) {
        int[] c = new int[5];
        for (Criterion k : s.leafCriteria()) {
            c[0]++;
            c[1] += k.options().size();
            for (Option o : k.options()) {
                if (o.minStars() != null) {
                    c[o.minStars().level() - 1]++;
                }
            }
        }
        return c;
    }

    @ParameterizedTest(name = "QD-26-2026 set {0}: {1} criteria, {2} options, {3}/{4}/{5} markers 3★/4★/5★")
    @CsvSource({
        "1, 32, 103, 7, 12, 3", "2, 31, 99, 7, 13, 6", "3, 32, 102, 7, 14, 6", "4, 32, 102, 7, 14, 6",
        "5, 31, 100, 8, 13, 5", "6, 32, 104, 8, 13, 5", "7, 32, 102, 8, 14, 6", "8, 32, 103, 8, 14, 6",
        "9, 31, 101, 8, 14, 6", "10, 32, 104, 8, 13, 6", "11, 32, 104, 8, 12, 3", "12, 32, 104, 8, 14, 3",
        "13, 34, 107, 8, 10, 3", "14, 29, 96, 8, 10, 3", "15, 29, 96, 8, 13, 3", "16, 29, 91, 7, 9, 4",
        "17, 29, 95, 8, 12, 3", "18, 31, 98, 7, 10, 3", "19, 30, 98, 7, 10, 3", "20, 30, 97, 7, 10, 3",
        "21, 28, 90, 7, 9, 4", "22, 28, 90, 6, 8, 4", "23, 26, 86, 5, 11, 4", "24, 26, 87, 4, 7, 5",
        "25, 25, 84, 4, 9, 3", "26, 32, 92, 1, 2, 0"})
    void countsOfDecision26(int set, int criteria, int options, int m3, int m4, int m5) {
        assertThat(counts(C.edition("QD-26-2026").set(set))).containsExactly(criteria, options, m3, m4, m5);
    }

    @ParameterizedTest(name = "QD-148-2023 set {0}: {1} criteria, {2} options, {3}/{4}/{5} markers")
    @CsvSource({
        "1, 32, 108, 3, 12, 8", "2, 31, 104, 3, 14, 10", "3, 32, 108, 3, 13, 11", "4, 32, 107, 3, 13, 11",
        "5, 32, 107, 4, 12, 10", "6, 32, 107, 4, 12, 10", "7, 32, 105, 4, 14, 10", "8, 32, 107, 4, 14, 10",
        "9, 32, 107, 4, 14, 10", "10, 32, 107, 4, 14, 10", "14, 30, 102, 4, 10, 6", "15, 30, 102, 4, 11, 6",
        "16, 30, 94, 3, 9, 6", "17, 30, 100, 4, 12, 6", "18, 30, 98, 3, 10, 7", "19, 30, 101, 3, 10, 7",
        "20, 30, 100, 3, 10, 7", "21, 28, 94, 3, 9, 7", "22, 27, 89, 2, 8, 7", "23, 27, 90, 2, 11, 6",
        "24, 27, 90, 2, 8, 7", "25, 26, 87, 2, 9, 6", "26, 33, 94, 0, 2, 0"})
    void countsOf148(int set, int criteria, int options, int m3, int m4, int m5) {
        assertThat(counts(C.edition("QD-148-2023").set(set))).containsExactly(criteria, options, m3, m4, m5);
    }

    @ParameterizedTest(name = "148 set {0} is flagged unverified (known defective transcription)")
    @CsvSource({"7", "11", "12", "13", "24", "25", "26"})
    void knownDefectiveSetsAreFlagged(int set) {
        RubricSet s = C.edition("QD-148-2023").set(set);
        assertThat(s.unverified()).isTrue();
        assertThat(s.doubts()).isNotEmpty();
    }

    /**
     * The clauses that end an evaluation, as the data notes classify them: two rules on answers in the whole of
     * Decision 26/2026 (set 16, group 6: 0 points on 6.1 to 6.4; set 19, group 6: option a, no product standard
     * declaration) and none in 148/2023; every other knock-out is a finding. The effects, counted by kind of clause:
     * 26/2026 rejects on 25 sheet headers, 10 copies of another product, 12 imported raw materials and 2 breaches of
     * intellectual property (49); does not evaluate 4 common products; stops on 15 impurity notes, set 16's zero
     * points, set 19's declaration (a rule on answers and a finding) and set 20's (19). 148/2023: 2 raw-material, 2
     * copy and 2 intellectual-property rejections; 4 common products; 6 impurity and 5 food-safety-certificate stops.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "QD-26-2026, 72, 'QD-26-2026/16/KO2 [6.1=[a], 6.2=[a], 6.3=[a], 6.4=[a]]; QD-26-2026/19/KO4 [6=[a]]', 49, 4, 19",
        "QD-148-2023, 21, '', 6, 4, 11"})
    void rulesOnAnswersAreTheOnesTheClausesStateInAnswers(String edition, int knockOuts, String onAnswers,
            int reject, int notEvaluated, int stop) {
        java.util.List<String> answerDriven = new java.util.ArrayList<>();
        java.util.Map<KnockOut.Effect, Integer> effects = new java.util.EnumMap<>(KnockOut.Effect.class);
        int count = 0;
        for (RubricSet s : C.edition(edition).sets()) {
            for (KnockOut k : s.knockOuts()) {
                count++;
                effects.merge(k.effect(), 1, Integer::sum);
                if (k.answerDriven()) {
                    answerDriven.add(edition + "/" + s.number() + "/" + k.code() + " " + k.when().stream()
                            .map(w -> w.criterion() + "=" + w.options()).toList());
                }
            }
        }
        assertThat(count).isEqualTo(knockOuts);
        assertThat(String.join("; ", answerDriven)).isEqualTo(onAnswers == null ? "" : onAnswers);
        assertThat(effects).containsEntry(KnockOut.Effect.REJECT, reject)
                .containsEntry(KnockOut.Effect.NOT_EVALUATED, notEvaluated).containsEntry(KnockOut.Effect.STOP, stop);
    }
}
