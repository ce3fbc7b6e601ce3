package vn.ocop.examples;

import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricSet;

/** Count table of an edition's rubric sets. */
public final class RubricStats {
    private RubricStats() {
    }

    /**
     * @param s a set
     * @return {criteria answered, options, 3★ markers, 4★ markers, 5★ markers, knock-outs}
     */
    public static int[] counts(RubricSet s) {
        int[] c = new int[6];
        for (Criterion k : s.leafCriteria()) {
            c[0]++;
            c[1] += k.options().size();
            for (Option o : k.options()) {
                if (o.minStars() != null) {
                    c[1 + o.minStars().level() - 2]++;
                }
            }
        }
        c[5] = s.knockOuts().size();
        return c;
    }

    /**
     * @param e an edition
     * @return a plain-text table, one line per set
     */
    public static String table(Edition e) {
        StringBuilder sb = new StringBuilder(e.id() + " — " + e.citation() + "\n");
        sb.append(String.format("%4s  %-46s %8s %7s %4s %4s %4s %4s %s%n", "set", "name", "criteria", "options", "3★",
                "4★", "5★", "KO", "verified"));
        for (RubricSet s : e.sets()) {
            int[] c = counts(s);
            sb.append(String.format("%4d  %-46s %8d %7d %4d %4d %4d %4d %s%n", s.number(),
                    s.name().length() > 46 ? s.name().substring(0, 45) + "…" : s.name(), c[0], c[1], c[2], c[3], c[4],
                    c[5], s.unverified() ? "no" : "yes"));
        }
        if (e.sets().isEmpty()) {
            sb.append("  (no criterion detail in this edition)\n");
        }
        return sb.toString();
    }
}
