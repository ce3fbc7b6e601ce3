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
    private static final MonthDay MARCH_30 = MonthDay.of(3, 30);
    private static final MonthDay JUNE_30 = MonthDay.of(6, 30);
    private static final MonthDay SEPTEMBER_30 = MonthDay.of(9, 30);
    private static final MonthDay DECEMBER_30 = MonthDay.of(12, 30);

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
        return round(Authority.PROVINCE, proposed, APR_30, 1, JUNE_30, OCT_30, 2, DECEMBER_30);
    }

    /**
     * The ministry round for a province's proposal (Điều 5.2).
     *
     * @param proposed date of the province's proposal, not null
     * @return the round
     */
    public static Round ministry(LocalDate proposed) {
        return round(Authority.MINISTRY, proposed, JAN_30, 2, MARCH_30, JUL_30, 1, SEPTEMBER_30);
    }

    /**
     * The round of a proposal when a year has two cut-offs: before the first, the round held after it; before the
     * second, the round held after that; later, the first round of the next year.
     */
    private static Round round(Authority level, LocalDate proposed, MonthDay firstCutOff, int firstNumber,
            MonthDay firstHeldBefore, MonthDay secondCutOff, int secondNumber, MonthDay secondHeldBefore) {
        int y = proposed.getYear();
        if (proposed.isBefore(firstCutOff.atYear(y))) {
            return new Round(level, firstNumber, firstHeldBefore.atYear(y), firstCutOff.atYear(y));
        }
        if (proposed.isBefore(secondCutOff.atYear(y))) {
            return new Round(level, secondNumber, secondHeldBefore.atYear(y), secondCutOff.atYear(y));
        }
        return new Round(level, firstNumber, firstHeldBefore.atYear(y + 1), firstCutOff.atYear(y + 1));
    }
}
