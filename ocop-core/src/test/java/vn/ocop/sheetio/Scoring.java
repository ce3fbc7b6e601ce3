package vn.ocop.sheetio;

import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.Evaluator;

/** The one place these tests call the evaluator (its API is reshaped elsewhere): a council's result. */
final class Scoring {
    private Scoring() {
    }

    static CouncilResult evaluate(Edition edition, RubricSet set, Council council) {
        return Evaluator.of(edition, set).evaluate(council);
    }
}
