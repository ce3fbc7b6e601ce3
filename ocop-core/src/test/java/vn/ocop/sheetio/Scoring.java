package vn.ocop.sheetio;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.Evaluator;

/** The one place these tests call the evaluator (its API is reshaped elsewhere): a council's result. */
final class Scoring {
    private static final Map<RubricSet, Evaluator> EVALUATORS = new ConcurrentHashMap<>();

    private Scoring() {
    }

    static CouncilResult evaluate(Edition edition, RubricSet set, Council council) {
        return EVALUATORS.computeIfAbsent(set, s -> Evaluator.of(edition, s)).evaluate(council);
    }
}
