package vn.ocop.product;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import vn.ocop.rubric.Authority;

/**
 * An evaluation round ("đợt") of Điều 5 of Decision 26/2026: the province holds at least two a year — round 1
 * before 30 June for dossiers the commune proposed before 30 April, round 2 before 30 December for those proposed
 * before 30 October; the ministry holds round 1 before 30 September for dossiers the province proposed before
 * 30 July, round 2 before 30 March for those proposed before 30 January.
 *
 * <p>"Trước ngày 30 tháng 4" is read strictly: a proposal dated 30 April goes to the next round. A provincial
 * proposal after 30 July goes to the ministry's round 2, held before 30 March of the next year.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level who holds the round: {@link Authority#PROVINCE} (Điều 5.1) or {@link Authority#MINISTRY} (Điều 5.2),
 *        not null
 * @param number 1 or 2
 * @param heldBefore the round is held before this date, not null
 * @param proposalsBefore proposals dated before this date belong to the round, not null
 */
public record Round(Authority level, int number, LocalDate heldBefore, LocalDate proposalsBefore) {

    private static final MonthDay APR_30 = MonthDay.of(4, 30);
    private static final MonthDay OCT_30 = MonthDay.of(10, 30);
    private static final MonthDay JAN_30 = MonthDay.of(1, 30);
    private static final MonthDay JUL_30 = MonthDay.of(7, 30);

    /**
     * Checks the components.
     *
     * @param level who holds the round: {@link Authority#PROVINCE} (Điều 5.1) or {@link Authority#MINISTRY} (Điều 5.2),
     *        not null
     * @param number 1 or 2
     * @param heldBefore the round is held before this date, not null
     * @param proposalsBefore proposals dated before this date belong to the round, not null
     * @throws IllegalArgumentException if the level is not the province or the ministry, the number is not 1 or 2,
     *         or the proposals' cut-off is not before the round
     */
    public Round {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(heldBefore, "heldBefore");
        Objects.requireNonNull(proposalsBefore, "proposalsBefore");
        if (level != Authority.PROVINCE && level != Authority.MINISTRY) {
            throw new IllegalArgumentException("rounds are held by the province or the ministry, not " + level);
        }
        if (number != 1 && number != 2) {
            throw new IllegalArgumentException("a round is number 1 or 2, was " + number);
        }
        if (!proposalsBefore.isBefore(heldBefore)) {
            throw new IllegalArgumentException("proposals close on " + proposalsBefore + ", not before the round "
                    + heldBefore);
        }
    }

    /**
     * The provincial round for a commune's proposal (Điều 5.1).
     *
     * @param proposed date of the commune's proposal, not null
     * @return the round
     */
    public static Round provincial(LocalDate proposed) {
        int y = proposed.getYear();
        LocalDate apr30 = APR_30.atYear(y);
        LocalDate oct30 = OCT_30.atYear(y);
        if (proposed.isBefore(apr30)) {
            return new Round(Authority.PROVINCE, 1, LocalDate.of(y, 6, 30), apr30);
        }
        if (proposed.isBefore(oct30)) {
            return new Round(Authority.PROVINCE, 2, LocalDate.of(y, 12, 30), oct30);
        }
        return new Round(Authority.PROVINCE, 1, LocalDate.of(y + 1, 6, 30), APR_30.atYear(y + 1));
    }

    /**
     * The ministry round for a province's proposal (Điều 5.2).
     *
     * @param proposed date of the province's proposal, not null
     * @return the round
     */
    public static Round ministry(LocalDate proposed) {
        int y = proposed.getYear();
        LocalDate jan30 = JAN_30.atYear(y);
        LocalDate jul30 = JUL_30.atYear(y);
        if (proposed.isBefore(jan30)) {
            return new Round(Authority.MINISTRY, 2, LocalDate.of(y, 3, 30), jan30);
        }
        if (proposed.isBefore(jul30)) {
            return new Round(Authority.MINISTRY, 1, LocalDate.of(y, 9, 30), jul30);
        }
        return new Round(Authority.MINISTRY, 2, LocalDate.of(y + 1, 3, 30), JAN_30.atYear(y + 1));
    }
}
