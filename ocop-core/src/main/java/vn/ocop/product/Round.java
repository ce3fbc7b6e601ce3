package vn.ocop.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.ProcessTerms;

/**
 * An evaluation round ("đợt") of Điều 5 of Decision 26/2026, as the edition data sets them ({@code process.rounds}
 * of the edition in force on the proposal date, or of the next edition that sets rounds when it sets none, as
 * 148/2023 in the sources): the province holds at least two a year — round 1 before 30 June
 * for dossiers the commune proposed before 30 April, round 2 before 30 December for those proposed before 30
 * October; the ministry holds round 1 before 30 September for dossiers the province proposed before 30 July, round
 * 2 before 30 March for those proposed before 30 January. A province's council rules may add rounds (Điều 5.1 and
 * 5.2, second paragraphs: "Căn cứ tình hình thực tế, ... có thể tổ chức thêm đợt đánh giá"): pass them to
 * {@link #provincial(LocalDate, List)}.
 *
 * <p>"Trước ngày 30 tháng 4" is read strictly: a proposal dated 30 April goes to the next round. A provincial
 * proposal after 30 July goes to the ministry's round 2, held before 30 March of the next year.
 *
 * <p>Rounds are for first evaluations and upgrades; a re-evaluation is decided within 45 days of its complete
 * dossier (Điều 7.6.g), see {@link Dossier#provincialRound()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level who holds the round: {@link Authority#PROVINCE} (Điều 5.1) or {@link Authority#MINISTRY} (Điều 5.2),
 *        not null
 * @param number the round's number at its level (1 and 2 for the decision's rounds, more for a council's)
 * @param heldBefore the round is held before this date, not null
 * @param proposalsBefore proposals dated before this date belong to the round, not null
 */
public record Round(Authority level, int number, LocalDate heldBefore, LocalDate proposalsBefore) {
    /**
     * Checks the components.
     *
     * @param level who holds the round: {@link Authority#PROVINCE} (Điều 5.1) or {@link Authority#MINISTRY} (Điều 5.2),
     *        not null
     * @param number the round's number at its level, at least 1
     * @param heldBefore the round is held before this date, not null
     * @param proposalsBefore proposals dated before this date belong to the round, not null
     * @throws IllegalArgumentException if the level is not the province or the ministry, the number is below 1,
     *         or the proposals' cut-off is not before the round
     */
    public Round {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(heldBefore, "heldBefore");
        Objects.requireNonNull(proposalsBefore, "proposalsBefore");
        if (level != Authority.PROVINCE && level != Authority.MINISTRY) {
            throw new IllegalArgumentException("rounds are held by the province or the ministry, not " + level);
        }
        if (number < 1) {
            throw new IllegalArgumentException("a round's number is at least 1, was " + number);
        }
        if (!proposalsBefore.isBefore(heldBefore)) {
            throw new IllegalArgumentException("proposals close on " + proposalsBefore + ", not before the round "
                    + heldBefore);
        }
    }

    /**
     * The provincial round for a commune's proposal (Điều 5.1), from the rounds of the edition in force then.
     *
     * @param proposed date of the commune's proposal, not null
     * @return the round
     * @throws IllegalArgumentException if the rules in force set no provincial round
     */
    public static Round provincial(LocalDate proposed) {
        return provincial(proposed, List.of());
    }

    /**
     * The provincial round for a commune's proposal, with the extra rounds a province's council rules add (Điều 5.1,
     * second paragraph): the round whose cut-off is the first after the proposal.
     *
     * @param proposed date of the commune's proposal, not null
     * @param councilRounds extra rounds of the province's council rules, at level {@link Authority#PROVINCE}, not
     *        null (may be empty)
     * @return the round
     * @throws IllegalArgumentException if there is no provincial round, or an extra round is at another level
     */
    public static Round provincial(LocalDate proposed, List<ProcessTerms.RoundRule> councilRounds) {
        return next(Authority.PROVINCE, proposed, councilRounds);
    }

    /**
     * The ministry round for a province's proposal (Điều 5.2), from the rounds of the edition in force then.
     *
     * @param proposed date of the province's proposal, not null
     * @return the round
     * @throws IllegalArgumentException if the rules in force set no ministry round
     */
    public static Round ministry(LocalDate proposed) {
        return next(Authority.MINISTRY, proposed, List.of());
    }

    /**
     * The rounds of the edition in force on the date; when it sets none (148/2023: no source gives its rounds), those
     * of the first later edition that does, under which the round is held.
     */
    private static List<ProcessTerms.RoundRule> decisionRounds(Authority level, LocalDate proposed) {
        vn.ocop.rubric.RubricCatalog catalog = vn.ocop.rubric.RubricCatalog.bundled();
        LocalDate from = catalog.editionInForce(proposed).inForce().from();
        for (vn.ocop.rubric.Edition e : catalog.editions()) {
            if (!e.inForce().from().isBefore(from) && e.process().isPresent()
                    && !e.process().get().rounds(level).isEmpty()) {
                return e.process().get().rounds(level);
            }
        }
        return List.of();
    }

    /** The round of the level whose cut-off is the first after the proposal (this year's or next year's). */
    private static Round next(Authority level, LocalDate proposed, List<ProcessTerms.RoundRule> extra) {
        Objects.requireNonNull(proposed, "proposed");
        List<ProcessTerms.RoundRule> rules = new ArrayList<>(decisionRounds(level, proposed));
        for (ProcessTerms.RoundRule r : Objects.requireNonNull(extra, "councilRounds")) {
            if (r.level() != level) {
                throw new IllegalArgumentException("a council's extra round " + r.number() + " is held by the "
                        + r.level() + ", not the " + level);
            }
            rules.add(r);
        }
        Round best = null;
        for (ProcessTerms.RoundRule r : rules) {
            int y = proposed.getYear();
            int year = proposed.isBefore(r.proposalsBefore(y)) ? y : y + 1;
            Round candidate = new Round(level, r.number(), r.heldBefore(year), r.proposalsBefore(year));
            if (best == null || candidate.proposalsBefore().isBefore(best.proposalsBefore())) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("the rules in force on " + proposed + " set no round held by the "
                    + level);
        }
        return best;
    }
}
