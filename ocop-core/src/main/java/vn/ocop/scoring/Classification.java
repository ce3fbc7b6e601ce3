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
 * The outcome of a council evaluation: the status, the star class and the band of the mean, and the knock-out
 * findings that ended it. Whether a certificate follows and who recognises the product are not stored: they follow
 * from the star class ({@link #certifiable()}, {@link #authority()}, Điều 4.1 via {@link Authority#recognising}), so
 * no classification can be a "certifiable 1★".
 *
 * <p>Immutable and thread-safe.
 *
 * @param status classified, or rejected by a knock-out rule, not null
 * @param stars the star class awarded, or null when not classified
 * @param band the band of the exact mean (Điều 3.3), before star minimums, not null
 * @param mean the exact mean total (see {@link CouncilResult#mean()}), not null
 * @param knockOuts the knock-out rules found and who raised each, in the order raised (the council's first, then
 *        the members' in member order, then the agreed sheet's), not null
 */
public record Classification(Status status, Star stars, StarBand band, BigDecimal mean,
        List<KnockOutFinding> knockOuts) {

    /** Status of an evaluation. More states (a council below quorum, a re-score required) may be added. */
    public enum Status implements Localized {
        /** Classified on the mean and the star minimums. */
        CLASSIFIED,
        /** Ended by a knock-out rule ("Hồ sơ bị loại khi …"). */
        REJECTED;

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
     * @param status classified, or rejected by a knock-out rule, not null
     * @param stars the star class awarded, or null when not classified
     * @param band the band of the exact mean (Điều 3.3), before star minimums, not null
     * @param mean the exact mean total (see {@link CouncilResult#mean()}), not null
     * @param knockOuts the knock-out rules found and who raised each, in the order raised (the council's first, then
     *        the members' in member order, then the agreed sheet's), not null
     * @throws NullPointerException if a component that must not be null is null
     * @throws IllegalArgumentException if they contradict each other: a classified result without stars, with
     *         knock-outs or with stars above its band; a rejected one with stars or without knock-outs
     */
    public Classification {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(mean, "mean");
        knockOuts = List.copyOf(knockOuts);
        boolean classified = status == Status.CLASSIFIED;
        if (classified != (stars != null) || classified == !knockOuts.isEmpty()) {
            throw new IllegalArgumentException("a classified result has stars and no knock-out, a rejected one has "
                    + "knock-outs and no stars: " + status + ", " + stars + ", " + knockOuts.size() + " knock-out(s)");
        }
        if (classified && stars.level() > band.stars().level()) {
            throw new IllegalArgumentException(stars + " is above the band of the mean, " + band.stars());
        }
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

    /** @return the distinct rules among the knock-out findings, in the order first raised */
    public List<KnockOut> knockOutRules() {
        List<KnockOut> out = new ArrayList<>();
        for (KnockOutFinding f : knockOuts) {
            if (!out.contains(f.rule())) {
                out.add(f.rule());
            }
        }
        return List.copyOf(out);
    }
}
