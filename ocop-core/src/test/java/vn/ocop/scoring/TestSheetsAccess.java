package vn.ocop.scoring;

import vn.ocop.rubric.RubricSet;

/** {@link TestSheets} for tests of other packages. */
public final class TestSheetsAccess {
    private TestSheetsAccess() {
    }

    /**
     * @param set the set
     * @param member the member's name
     * @param target the total wanted
     * @return a sheet of that total that meets every minimum it can ({@link TestSheets#bestWithTotal})
     */
    public static EvaluationSheet bestWithTotal(RubricSet set, String member, int target) {
        return TestSheets.bestWithTotal(set, member, target);
    }
}
