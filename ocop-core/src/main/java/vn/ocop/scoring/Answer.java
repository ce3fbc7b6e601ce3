package vn.ocop.scoring;

import java.util.Objects;
import vn.ocop.internal.Text;

/**
 * One ticked box of an evaluation sheet: the option chosen for a criterion.
 *
 * <p>The option code is the option's code in the rubric ("a", "b", …), {@code "yes"}/{@code "no"} for a criterion
 * the law scores without options, or {@value #NONE} when none of the listed options applies (0 points, and every
 * star minimum on that criterion is missed). Codes are normalised to NFC.
 *
 * <p>Immutable and thread-safe.
 *
 * @param criterion criterion code, e.g. "1.5", not null
 * @param option option code, not null
 */
public record Answer(String criterion, String option) {
    /** Option code meaning "none of the listed options applies". */
    public static final String NONE = "none";

    /**
     * Checks and normalises the components.
     *
     * @param criterion criterion code, e.g. "1.5", not null
     * @param option option code, not null
     * @throws NullPointerException if either is null
     */
    public Answer {
        criterion = Text.nfc(Objects.requireNonNull(criterion, "criterion"));
        option = Text.nfc(Objects.requireNonNull(option, "option"));
    }
}
