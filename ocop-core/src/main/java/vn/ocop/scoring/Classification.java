package vn.ocop.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;

/**
 * The outcome of a council evaluation: the status, the star class and the band of the mean, what became of every
 * knock-out rule raised, and the members who must score again. Whether a certificate follows and who recognises the
 * product are not stored: they follow from the star class ({@link #certifiable()}, {@link #authority()}, Điều 4.1 via
 * {@link Authority#recognising}), so no classification can be a "certifiable 1★"; and only a classified result has
 * a star class.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the status, not null
 * @param stars the star class awarded, or null when not classified
 * @param band the band of the exact mean (Điều 3.3), before star minimums, not null (a figure; only a classified
 *        result is in it)
 * @param mean the exact mean total (see {@link CouncilResult#mean()}), not null
 * @param knockOuts what became of each knock-out rule raised, in the set's order, not null
 * @param rescore the members whose first-round total lies too far from the others' when the council must score
 *        again ({@link Status#RESCORE_REQUIRED}), in member order; empty otherwise; not null
 */
public record Classification(Status status, Star stars, StarBand band, BigDecimal mean,
        List<KnockOutOutcome> knockOuts, List<String> rescore) {

    /**
     * Status of an evaluation, in the order they are decided: a council below its quorum decides nothing; a rule
     * that applies ends the evaluation; a finding pending before the council comes next; then a second round the
     * council's rules require; otherwise the product is classified.
     */
    public enum Status implements Localized {
        /** Classified on the mean and the star minimums. */
        CLASSIFIED,
        /**
         * Ended by a knock-out rule: the dossier rejected, the product not evaluated, or the evaluation stopped, as
         * the rule's effect says.
         */
        REJECTED,
        /** A member raised a knock-out rule the council has not decided yet ({@link KnockOutPolicy#COUNCIL}). */
        KNOCK_OUT_PENDING,
        /** Members' totals lie too far apart: the council's rules require a second round of scoring. */
        RESCORE_REQUIRED,
        /** Fewer members took part than the council's quorum requires, or the chair it requires did not. */
        BELOW_QUORUM;

        private static final Messages TEXT = Messages.of("scoring");

        /**
         * @param locale the reader's locale, not null
         * @return the status's name, e.g. "đã phân hạng" / "classified"
         */
        @Override
        public String text(Locale locale) {
            return TEXT.text(locale, "status." + name());
        }
    }

    /**
     * Checks and copies the components.
     *
     * @param status the status, not null
     * @param stars the star class awarded, or null when not classified
     * @param band the band of the exact mean, not null
     * @param mean the exact mean total, not null
     * @param knockOuts what became of each knock-out rule raised, not null
     * @param rescore the members who must score again, not null
     * @throws NullPointerException if a component that must not be null is null
     * @throws IllegalArgumentException if they contradict each other: stars without being classified or the
     *         reverse, stars above the band, a rule that applies without the result being rejected (or the reverse),
     *         a pending rule in a classified or re-score result, members to re-score in any other status
     */
    public Classification {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(mean, "mean");
        knockOuts = List.copyOf(knockOuts);
        rescore = List.copyOf(rescore);
        String why = contradiction(status, stars, band, knockOuts, rescore);
        if (why != null) {
            throw new IllegalArgumentException(why + ": " + status + ", " + stars + ", " + knockOuts.size()
                    + " knock-out(s), re-score " + rescore);
        }
    }

    /** @return what the components contradict, or null when they agree */
    private static String contradiction(Status status, Star stars, StarBand band, List<KnockOutOutcome> knockOuts,
            List<String> rescore) {
        boolean classified = status == Status.CLASSIFIED;
        boolean applied = knockOuts.stream().anyMatch(KnockOutOutcome::applied);
        boolean pending = knockOuts.stream().anyMatch(k -> k.verdict() == KnockOutOutcome.Verdict.PENDING);
        if (classified != (stars != null)) {
            return "stars go with a classified result only";
        }
        if (classified && stars.level() > band.stars().level()) {
            return stars + " is above the band of the mean";
        }
        if (status != Status.BELOW_QUORUM && applied != (status == Status.REJECTED)) {
            return "a rule that applies rejects, and only such a rule";
        }
        if ((classified || status == Status.RESCORE_REQUIRED) && pending
                || status == Status.KNOCK_OUT_PENDING && !pending) {
            return "a pending knock-out keeps the result pending";
        }
        if ((status == Status.RESCORE_REQUIRED) == rescore.isEmpty()) {
            return "members to re-score go with a re-score result only";
        }
        return null;
    }

    /** @return the class of the band the mean falls in, before star minimums */
    public Star bandStars() {
        return band.stars();
    }

    /** @return whether a recognition decision and a certificate follow: classified 3★ and above (Điều 4.1) */
    public boolean certifiable() {
        return stars != null && stars.isCertifiable();
    }

    /** @return who recognises the product under Decision 26/2026 ({@link Authority#recognising}) */
    public Authority authority() {
        return Authority.recognising(stars);
    }

    /** @return the rules that ended the evaluation, in the set's order; empty unless rejected */
    public List<KnockOut> knockOutRules() {
        return rules(KnockOutOutcome.Verdict.APPLIED);
    }

    /** @return the rules raised by members that the council has still to decide, in the set's order */
    public List<KnockOut> pendingKnockOuts() {
        return rules(KnockOutOutcome.Verdict.PENDING);
    }

    private List<KnockOut> rules(KnockOutOutcome.Verdict verdict) {
        List<KnockOut> out = new ArrayList<>();
        for (KnockOutOutcome k : knockOuts) {
            if (k.verdict() == verdict) {
                out.add(k.rule());
            }
        }
        return List.copyOf(out);
    }
}
