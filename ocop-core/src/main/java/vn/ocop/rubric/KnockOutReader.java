package vn.ocop.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.internal.Binder;

/**
 * Reads the knock-out rules of a set file, after its criteria, recording every problem with its JSON path: duplicate
 * codes, an unknown criterion, a missing or unknown effect, and for a rule on answers ({@code when}) an unknown or
 * compound criterion, an unknown option, a criterion named twice, a criterion with an "only if" condition, and
 * options that are not the criterion's lowest ones. One reader per set file; not thread-safe.
 */
final class KnockOutReader {
    private static final Set<String> KO_KEYS = Set.of("code", "label", "citation", "criterion", "effect", "when");
    private static final Set<String> WHEN_KEYS = Set.of("criterion", "options");

    private final Binder b;
    private final Map<String, Criterion> criteria;

    private KnockOutReader(Binder b, Map<String, Criterion> criteria) {
        this.b = b;
        this.criteria = criteria;
    }

    /**
     * @param b the binder of the set's file, receives the problems
     * @param set the set's object
     * @param criteria the set's criteria by code (compound ones included)
     * @return the rules that could be read, in order
     */
    static List<KnockOut> read(Binder b, Binder.Obj set, Map<String, Criterion> criteria) {
        return new KnockOutReader(b, criteria).read(set);
    }

    private List<KnockOut> read(Binder.Obj set) {
        List<KnockOut> knockOuts = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Binder.Obj k : set.objects("knockOuts", true, KO_KEYS)) {
            String code = k.str("code", true);
            String label = k.str("label", true);
            String cit = k.str("citation", true);
            String crit = k.str("criterion", false);
            KnockOut.Effect effect = effect(k);
            if (code != null && !codes.add(code)) {
                b.report(k.path("code"), "set.duplicateKnockOut", code);
            }
            if (crit != null && !criteria.containsKey(crit)) {
                b.report(k.path("criterion"), "set.unknownCriterion", crit);
            }
            List<AnswerCondition> when = when(k);
            if (code != null && label != null && cit != null && effect != null && when != null) {
                knockOuts.add(new KnockOut(code, label, cit, crit, effect, when));
            }
        }
        return knockOuts;
    }

    private KnockOut.Effect effect(Binder.Obj k) {
        String e = k.str("effect", true);
        if (e == null) {
            return null;
        }
        for (KnockOut.Effect x : KnockOut.Effect.values()) {
            if (x.name().equals(e)) {
                return x;
            }
        }
        b.report(k.path("effect"), "knockOut.unknownEffect", e, "REJECT, NOT_EVALUATED, STOP");
        return null;
    }

    /** @return the answer conditions (empty for a finding), or null when one of them is wrong */
    private List<AnswerCondition> when(Binder.Obj k) {
        List<AnswerCondition> out = new ArrayList<>();
        boolean ok = true;
        Set<String> named = new HashSet<>();
        List<Binder.Obj> answers = k.objects("when", false, WHEN_KEYS);
        if (k.has("when") && answers.isEmpty()) {
            b.report(k.path("when"), "knockOut.emptyWhen");
            return null;
        }
        for (Binder.Obj w : answers) {
            String crit = w.str("criterion", true);
            List<String> options = w.strings("options");
            if (crit != null && !named.add(crit)) {
                b.report(w.path("criterion"), "knockOut.criterionTwice", crit);
                ok = false;
            }
            if (crit == null || !condition(w, crit, options)) {
                ok = false;
            } else {
                out.add(new AnswerCondition(crit, options));
            }
        }
        return ok ? out : null;
    }

    /** Checks one answer condition; @return whether it is sound. */
    private boolean condition(Binder.Obj w, String crit, List<String> options) {
        Criterion c = criteria.get(crit);
        if (c == null || !c.isLeaf()) {
            b.report(w.path("criterion"), c == null ? "set.unknownCriterion" : "knockOut.compoundCriterion", crit);
            return false;
        }
        if (c.onlyIf() != null) {
            b.report(w.path("criterion"), "knockOut.onlyIfCriterion", crit, c.onlyIf().label());
            return false;
        }
        if (options.isEmpty()) {
            b.report(w.path("options"), "knockOut.noOptions", crit);
            return false;
        }
        boolean ok = true;
        BigDecimal highest = null;
        for (int i = 0; i < options.size(); i++) {
            Option o = c.option(options.get(i));
            if (o == null) {
                b.report(w.path("options") + "[" + i + "]", "knockOut.unknownOption", crit, options.get(i));
                ok = false;
            } else if (highest == null || o.points().compareTo(highest) > 0) {
                highest = o.points();
            }
        }
        return ok && lowest(w, c, options, highest);
    }

    /** The options must be every option scoring at most the most any of them scores. */
    private boolean lowest(Binder.Obj w, Criterion c, List<String> options, BigDecimal highest) {
        List<String> left = new ArrayList<>();
        for (Option o : c.answerOptions()) {
            if (o.points().compareTo(highest) <= 0 && !options.contains(o.code())) {
                left.add(o.code());
            }
        }
        if (!left.isEmpty()) {
            b.report(w.path("options"), "knockOut.notLowest", c.code(), left.toString(), highest);
            return false;
        }
        return true;
    }
}
