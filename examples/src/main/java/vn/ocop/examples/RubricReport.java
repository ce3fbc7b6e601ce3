package vn.ocop.examples;

import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricDiff;
import vn.ocop.rubric.RubricSet;

/**
 * Prints, for every bundled edition, a count table per rubric set (criteria, options, star markers, knock-outs) so
 * a reviewer can compare it with the decision set by set, and the 148/2023 → 26/2026 diff summary per set.
 *
 * <p>Run: {@code mvn -q -B -DskipTests package exec:java -pl examples -am -Ddemo.main=vn.ocop.examples.RubricReport}
 */
public final class RubricReport {
    private RubricReport() {
    }

    /**
     * @param args "counts", "diff" or nothing for both
     */
    public static void main(String[] args) {
        Demos.quietValidatorLog();
        RubricCatalog catalog = RubricCatalog.bundled();
        boolean all = args.length == 0;
        if (all || args[0].equals("counts")) {
            for (Edition e : catalog.editions()) {
                System.out.println(RubricStats.table(e));
            }
        }
        if (all || args[0].equals("diff")) {
            Edition from = catalog.edition("QD-148-2023");
            Edition to = catalog.edition("QD-26-2026");
            System.out.println("Changes QD-148-2023 → QD-26-2026 per set (criteria matched by group and name):");
            for (RubricSet s : to.sets()) {
                System.out.println("  " + RubricDiff.between(from.set(s.number()), s).summary());
            }
        }
    }
}
