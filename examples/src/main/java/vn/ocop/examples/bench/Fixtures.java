package vn.ocop.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Option;
import vn.ocop.scoring.Answer;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.scoring.Evaluator;

/**
 * Benchmark inputs: complete, valid sheets of one set, made as JSON text and read with {@link OcopJson#mapper()}, as
 * a provincial system receives them (so option codes are fresh strings, not the rubric's own instances).
 */
final class Fixtures {
    private static final ObjectMapper JSON = OcopJson.mapper();

    private Fixtures() {
    }

    /**
     * A product profile: one option index per criterion (-1 for {@value Answer#NONE}) around a quality.
     *
     * @param quality 0 (lowest options) to 1 (highest)
     */
    private static int[] profile(Evaluator ev, Random rnd, double quality) {
        List<Criterion> leaves = ev.set().leafCriteria();
        int[] p = new int[leaves.size()];
        for (int i = 0; i < p.length; i++) {
            int size = leaves.get(i).answerOptions().size();
            int pick = (int) Math.round(quality * (size - 1) + rnd.nextGaussian() * 0.6);
            p[i] = rnd.nextInt(50) == 0 ? -1 : Math.max(0, Math.min(size - 1, pick));
        }
        return p;
    }

    /** The sheet of a profile, through JSON; null if the profile breaks an "only if" condition. */
    private static EvaluationSheet sheet(Evaluator ev, int[] profile, String member) {
        StringBuilder json = new StringBuilder();
        json.append("{\"edition\":\"").append(ev.edition().id()).append("\",\"set\":").append(ev.set().number())
                .append(",\"member\":\"").append(member).append("\",\"answers\":{");
        List<Criterion> leaves = ev.set().leafCriteria();
        for (int i = 0; i < leaves.size(); i++) {
            List<Option> opts = leaves.get(i).answerOptions();
            json.append(i == 0 ? "" : ",").append('"').append(leaves.get(i).code()).append("\":\"")
                    .append(profile[i] < 0 ? Answer.NONE : opts.get(profile[i]).code()).append('"');
        }
        json.append("},\"knockOuts\":[]}");
        try {
            EvaluationSheet s = JSON.readValue(json.toString(), EvaluationSheet.class);
            ev.resolve(s); // only valid sheets
            return s;
        } catch (OcopException | java.io.IOException invalid) {
            return null;
        }
    }

    /**
     * @param ev the evaluator of the set
     * @param seed random seed
     * @param quality 0 (lowest options) to 1 (highest)
     * @return one valid complete sheet around that quality
     */
    static EvaluationSheet sheet(Evaluator ev, long seed, double quality) {
        Random rnd = new Random(seed);
        while (true) {
            EvaluationSheet s = sheet(ev, profile(ev, rnd, quality), "Thành viên 1");
            if (s != null) {
                return s;
            }
        }
    }

    /**
     * A council that sees one product: every member starts from the same profile and differs from it on about one
     * criterion in seven, by one option.
     *
     * @param ev the evaluator of the set
     * @param members council size
     * @param seed random seed
     * @param quality the product, 0 (lowest options) to 1 (highest)
     * @return a council read from JSON
     */
    static Council council(Evaluator ev, int members, long seed, double quality) {
        Random rnd = new Random(seed);
        int[] base;
        do {
            base = profile(ev, rnd, quality);
        } while (sheet(ev, base, "x") == null);
        List<Criterion> leaves = ev.set().leafCriteria();
        List<EvaluationSheet> out = new ArrayList<>();
        while (out.size() < members) {
            int[] p = base.clone();
            for (int i = 0; i < p.length; i++) {
                if (p[i] >= 0 && rnd.nextInt(7) == 0) {
                    int size = leaves.get(i).answerOptions().size();
                    p[i] = Math.max(0, Math.min(size - 1, p[i] + (rnd.nextBoolean() ? 1 : -1)));
                }
            }
            EvaluationSheet s = sheet(ev, p, "Thành viên " + (out.size() + 1));
            if (s != null) {
                out.add(s);
            }
        }
        return Council.of(out);
    }
}
