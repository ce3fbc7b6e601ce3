package vn.ocop.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.rubric.KnockOut;

/**
 * Decides what becomes of every knock-out rule raised in a council, in the set's order:
 * <ul>
 * <li>a finding (raised by its code): the council's own decision first (upheld as a body or on its agreed sheet:
 * applied; dismissed: dismissed), otherwise the council's {@link KnockOutPolicy} (pending, carried by a majority of
 * the members who took part, or by any member);</li>
 * <li>a rule on answers: set off by each sheet whose answers meet it (the member named, with the criterion), and
 * applied when the answers the {@link MinimumPolicy} takes for the council's meet it: any member's sheet, the agreed
 * sheet, or the members' mean points on one of its criteria at most its threshold.</li>
 * </ul>
 * Thread-safe.
 */
final class KnockOutDecisions {
    private final CompiledSet t;

    KnockOutDecisions(CompiledSet t) {
        this.t = t;
    }

    /**
     * @param c the council
     * @param policy how the council's answers are read (the rules' own, or another for an explanation's comparison)
     * @return the outcome of every rule raised or decided, in the set's order; empty when there is none
     */
    List<KnockOutOutcome> outcomes(ResolvedCouncil c, MinimumPolicy policy) {
        int agreedTriggers = agreedTriggers(c);
        if (c.memberTriggers() == 0 && agreedTriggers == 0 && !anyRaised(c)) {
            return List.of();
        }
        List<KnockOutOutcome> out = new ArrayList<>();
        int r = 0;
        for (KnockOut rule : t.knockOuts.values()) {
            KnockOutOutcome o = rule.answerDriven() ? onAnswers(c, rule, r++, policy) : finding(c, rule);
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    /** @return whether any rule on answers would end the evaluation if the council's answers were read by policy */
    boolean endsOnAnswers(ResolvedCouncil c, MinimumPolicy policy) {
        for (int r = 0; r < t.answerRules.rules.length; r++) {
            if (appliesOnAnswers(c, r, policy)) {
                return true;
            }
        }
        return false;
    }

    private int agreedTriggers(ResolvedCouncil c) {
        int bits = 0;
        if (c.agreed() != null && !t.answerRules.isEmpty()) {
            for (int slot : c.agreed()) {
                bits |= t.slotTriggers[slot];
            }
        }
        return bits;
    }

    private static boolean anyRaised(ResolvedCouncil c) {
        Council council = c.council();
        boolean any = !council.knockOuts().isEmpty() || !council.dismissedKnockOuts().isEmpty()
                || (council.agreedSheet() != null && !council.agreedSheet().knockOuts().isEmpty());
        for (int k = 0, n = c.sheets().size(); k < n && !any; k++) {
            any = !c.sheets().get(k).knockOuts().isEmpty();
        }
        return any;
    }

    /** A finding: the council's decision, else the knock-out policy; null when nobody raised or decided it. */
    private KnockOutOutcome finding(ResolvedCouncil c, KnockOut rule) {
        Council council = c.council();
        String code = rule.code();
        Set<KnockOutFinding> findings = new LinkedHashSet<>();
        boolean upheld = council.knockOuts().contains(code);
        if (upheld) {
            findings.add(KnockOutFinding.raised(rule, null));
        }
        int members = 0;
        for (EvaluationSheet s : c.sheets()) {
            if (s.knockOuts().contains(code) && findings.add(KnockOutFinding.raised(rule, s.member()))) {
                members++;
            }
        }
        if (council.agreedSheet() != null && council.agreedSheet().knockOuts().contains(code)) {
            upheld = true;
            findings.add(KnockOutFinding.raised(rule, null));
        }
        boolean dismissed = council.dismissedKnockOuts().contains(code);
        if (findings.isEmpty() && !dismissed) {
            return null;
        }
        KnockOutOutcome.Verdict v = upheld ? KnockOutOutcome.Verdict.APPLIED
                : dismissed ? KnockOutOutcome.Verdict.DISMISSED
                : switch (c.rules().knockOutPolicy()) {
                    case COUNCIL -> KnockOutOutcome.Verdict.PENDING;
                    case MAJORITY -> members * 2 > c.size() ? KnockOutOutcome.Verdict.APPLIED
                            : KnockOutOutcome.Verdict.NOT_CARRIED;
                    case ANY_MEMBER -> KnockOutOutcome.Verdict.APPLIED;
                };
        return new KnockOutOutcome(rule, v, new ArrayList<>(findings));
    }

    /** A rule on answers: the sheets that set it off, applied as the policy reads the answers; null when none does. */
    private KnockOutOutcome onAnswers(ResolvedCouncil c, KnockOut rule, int r, MinimumPolicy policy) {
        List<KnockOutFinding> findings = new ArrayList<>();
        for (int k = 0; k < c.size(); k++) {
            setOff(rule, r, c.slots()[k], c.sheets().get(k).member(), findings);
        }
        if (c.agreed() != null) {
            setOff(rule, r, c.agreed(), null, findings);
        }
        if (findings.isEmpty()) {
            return null;
        }
        return new KnockOutOutcome(rule, appliesOnAnswers(c, r, policy) ? KnockOutOutcome.Verdict.APPLIED
                : KnockOutOutcome.Verdict.NOT_CARRIED, findings);
    }

    /** Adds a finding for each criterion of rule r whose answer on the sheet sets it off. */
    private void setOff(KnockOut rule, int r, int[] slots, String member, List<KnockOutFinding> findings) {
        int bit = 1 << r;
        for (int leaf : t.answerRules.leaves[r]) {
            if ((t.slotTriggers[slots[leaf]] & bit) != 0) {
                findings.add(new KnockOutFinding(rule, member, t.leafCode[leaf]));
            }
        }
    }

    private boolean appliesOnAnswers(ResolvedCouncil c, int r, MinimumPolicy policy) {
        int bit = 1 << r;
        switch (policy) {
            case AGREED_SHEET:
                return (agreedTriggers(c) & bit) != 0;
            case CRITERION_MEAN:
                int[] leaves = t.answerRules.leaves[r];
                for (int w = 0; w < leaves.length; w++) {
                    long points = 0;
                    for (int[] member : c.slots()) {
                        points += t.slotPoints[member[leaves[w]]];
                    }
                    if (points <= t.answerRules.thresholds[r][w] * c.size()) {
                        return true;
                    }
                }
                return false;
            default:
                return (c.memberTriggers() & bit) != 0;
        }
    }
}
