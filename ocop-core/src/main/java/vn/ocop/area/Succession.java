package vn.ocop.area;

import java.time.LocalDate;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.internal.Text;

/**
 * One step of the mapping from old administrative units to new ones: on {@code on}, the unit {@code from} (the
 * version that ends the day before) continues, wholly or in part, as {@code to} (the version that exists on
 * {@code on}). A merger is several successions with the same {@code to} (Trà Vinh 84, Bến Tre 83 and Vĩnh Long 86
 * into Vĩnh Long 86 on 2025-07-01); a split is several with the same {@code from}. A unit that simply ends without
 * a recorded successor (a district on 2025-07-01) is mapped through its parent.
 *
 * <p>JSON form: {@code {"from":"84","to":"86","on":"2025-07-01","note":"Nghị quyết 202/2025/QH15"}}.
 *
 * <p>Immutable and thread-safe. Text is normalised to NFC.
 *
 * @param from code of the old unit, not blank
 * @param to code of the new unit (may equal {@code from} when a unit keeps its code with a new extent), not blank
 * @param on first day of the new unit, not null
 * @param note legal basis or remark, or null
 */
public record Succession(String from, String to, LocalDate on, String note) {
    /**
     * Checks and normalises the components.
     *
     * @param from code of the old unit, not blank
     * @param to code of the new unit (may equal {@code from} when a unit keeps its code with a new extent), not blank
     * @param on first day of the new unit, not null
     * @param note legal basis or remark, or null
     * @throws NullPointerException if {@code from}, {@code to} or {@code on} is null
     * @throws OcopException if a code is blank
     */
    public Succession {
        from = Text.nfc(Objects.requireNonNull(from, "from"));
        to = Text.nfc(Objects.requireNonNull(to, "to"));
        Objects.requireNonNull(on, "on");
        note = note == null ? null : Text.nfc(note);
        if (from.isEmpty() || to.isEmpty()) {
            throw new OcopException("succession on " + on + ": unit codes must not be blank");
        }
    }

    /**
     * @param from old unit code, not blank
     * @param to new unit code, not blank
     * @param on first day of the new unit, not null
     * @return a succession without a note
     */
    public static Succession of(String from, String to, LocalDate on) {
        return new Succession(from, to, on, null);
    }
}
