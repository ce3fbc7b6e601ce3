package vn.ocop.product;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

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
 * @param level provincial or ministry round, not null
 * @param number 1 or 2
 * @param heldBefore the round is held before this date, not null
 * @param proposalsBefore proposals dated before this date belong to the round, not null
 */
public record Round(Level level, int number, LocalDate heldBefore, LocalDate proposalsBefore) {
    /** Who holds the round. */
    public enum Level {
        /** UBND cấp tỉnh (Điều 5.1). */
        PROVINCE,
        /** Bộ Nông nghiệp và Môi trường (Điều 5.2). */
        MINISTRY
    }

    private static final MonthDay APR_30 = MonthDay.of(4, 30);
    private static final MonthDay OCT_30 = MonthDay.of(10, 30);
    private static final MonthDay JAN_30 = MonthDay.of(1, 30);
    private static final MonthDay JUL_30 = MonthDay.of(7, 30);

    /** Checks the components. */
    public Round {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(heldBefore, "heldBefore");
        Objects.requireNonNull(proposalsBefore, "proposalsBefore");
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
            return new Round(Level.PROVINCE, 1, LocalDate.of(y, 6, 30), apr30);
        }
        if (proposed.isBefore(oct30)) {
            return new Round(Level.PROVINCE, 2, LocalDate.of(y, 12, 30), oct30);
        }
        return new Round(Level.PROVINCE, 1, LocalDate.of(y + 1, 6, 30), APR_30.atYear(y + 1));
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
            return new Round(Level.MINISTRY, 2, LocalDate.of(y, 3, 30), jan30);
        }
        if (proposed.isBefore(jul30)) {
            return new Round(Level.MINISTRY, 1, LocalDate.of(y, 9, 30), jul30);
        }
        return new Round(Level.MINISTRY, 2, LocalDate.of(y + 1, 3, 30), JAN_30.atYear(y + 1));
    }
}
