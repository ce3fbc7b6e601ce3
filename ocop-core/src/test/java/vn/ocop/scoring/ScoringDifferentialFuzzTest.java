package vn.ocop.scoring;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;

/**
 * Differential fuzzing of the engine against {@link ReferenceClassifier}, with Jazzer's JUnit integration: the fuzzer
 * chooses a set of either edition, the council's size, every member's answers (within "only if" conditions),
 * knock-outs, the minimum policy, an agreed sheet, the outlier threshold and the display scale; every figure the
 * engine gives must be the reference's ({@link ScoringPropertiesTest#disagreement}). A disagreement is a finding.
 *
 * <p>Regression mode runs in every {@code mvn test} on the seed corpus in
 * {@code src/test/resources/vn/ocop/scoring/ScoringDifferentialFuzzTestInputs/engineAgreesWithTheReference/}. To
 * fuzz for real:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl ocop-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='ScoringDifferentialFuzzTest#engineAgreesWithTheReference' -Djazzer.max_duration=10m
 * </pre>
 */
class ScoringDifferentialFuzzTest {
    static final RubricCatalog CATALOG = RubricCatalog.bundled();
    static final Evaluators EVALUATORS = Evaluators.of(CATALOG);
    static final List<RubricSet> SETS = sets();

    private static List<RubricSet> sets() {
        List<RubricSet> out = new ArrayList<>();
        for (Edition e : CATALOG.editions()) {
            out.addAll(e.sets());
        }
        return List.copyOf(out);
    }

    @FuzzTest(maxDuration = "2m")
    void engineAgreesWithTheReference(FuzzedDataProvider data) {
        RubricSet set = SETS.get(data.consumeInt(0, SETS.size() - 1));
        Differential d = Differential.chosen(set, bound -> data.consumeInt(0, bound - 1));
        CouncilResult r = EVALUATORS.forSet(set.editionId(), set.number()).evaluate(d.council(), d.options());
        String why = ScoringPropertiesTest.disagreement(r, ReferenceClassifier.classify(set, d.input()));
        if (why != null) {
            throw new AssertionError(set + ": " + why + "\n" + d);
        }
    }
}
