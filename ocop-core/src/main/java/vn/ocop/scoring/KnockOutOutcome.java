package vn.ocop.scoring;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;
import vn.ocop.rubric.KnockOut;

/**
 * What became of one knock-out rule raised in a council: who raised it ({@link #findings()}) and the verdict under
 * the council's decisions and rules ({@link KnockOutPolicy} for findings, {@link MinimumPolicy} for rules on
 * answers).
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule, not null
 * @param verdict what became of it, not null
 * @param findings who raised it: the council first, then the members in member order, then the agreed sheet; not
 *        null (empty only for a rule the council dismissed without anyone raising it)
 */
public record KnockOutOutcome(KnockOut rule, Verdict verdict, List<KnockOutFinding> findings) {

    /** What became of a knock-out rule. */
    public enum Verdict implements Localized {
        /** It applies: the evaluation ends (the rule's effect says how). */
        APPLIED,
        /** Raised by members; the council has not decided it ({@link KnockOutPolicy#COUNCIL}). */
        PENDING,
        /** The council considered it and dismissed it. */
        DISMISSED,
        /**
         * Raised, but not by enough: a minority of members ({@link KnockOutPolicy#MAJORITY}), or for a rule on
         * answers, sheets whose answers the {@link MinimumPolicy} does not take for the council's.
         */
        NOT_CARRIED;

        private static final Messages TEXT = Messages.of("scoring");

        /**
         * @param locale the reader's locale, not null
         * @return the verdict, e.g. "chờ Hội đồng quyết định" / "pending the council's decision"
         */
        @Override
        public String text(Locale locale) {
            return TEXT.text(locale, "verdict." + name());
        }
    }

    /**
     * Checks and copies the components.
     *
     * @param rule the rule, not null
     * @param verdict what became of it, not null
     * @param findings who raised it, not null
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a finding is of another rule, a rule on answers is pending or dismissed,
     *         or a rule other than a dismissed one was raised by nobody
     */
    public KnockOutOutcome {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        for (KnockOutFinding f : findings) {
            if (!f.rule().equals(rule)) {
                throw new IllegalArgumentException("a finding of " + f.rule().code() + " in the outcome of "
                        + rule.code());
            }
        }
        if (rule.answerDriven() && (verdict == Verdict.PENDING || verdict == Verdict.DISMISSED)) {
            throw new IllegalArgumentException("the answers decide a rule on answers: " + rule.code() + " " + verdict);
        }
        if (findings.isEmpty() && verdict != Verdict.DISMISSED) {
            throw new IllegalArgumentException(rule.code() + " " + verdict + " but raised by nobody");
        }
    }

    /** @return whether it ends the evaluation */
    public boolean applied() {
        return verdict == Verdict.APPLIED;
    }
}
