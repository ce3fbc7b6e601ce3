package vn.ocop.area;

import java.time.LocalDate;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.internal.Text;
import vn.ocop.rubric.DateRange;

/**
 * One version of an administrative unit: its code, name, level, parent and the dates it exists. A code that
 * changes parent or extent (a province that absorbed its neighbours on 2025-07-01 and kept its code) has one
 * version per period, registered in {@link Areas}.
 *
 * <p>JSON form: {@code {"code":"845","name":"Huyện Cầu Kè","level":"DISTRICT","parent":"84",
 * "validity":{"from":"2020-01-01","until":"2025-07-01"}}}; {@code validity} is half-open ({@code until} is the
 * first day the unit no longer exists, null while it exists).
 *
 * <p>Immutable and thread-safe. Text is normalised to NFC.
 *
 * @param code administrative code (e.g. a GSO code), not blank
 * @param name name with its kind ("Huyện Cầu Kè", "Thị xã Duyên Hải"), not blank
 * @param level level, not null
 * @param parent code of the unit it belongs to during its validity, or null for a top-level unit
 * @param validity the dates it exists, not null
 */
public record Area(String code, String name, AreaLevel level, String parent, DateRange validity) {
    /**
     * Checks and normalises the components.
     *
     * @param code administrative code (e.g. a GSO code), not blank
     * @param name name with its kind ("Huyện Cầu Kè", "Thị xã Duyên Hải"), not blank
     * @param level level, not null
     * @param parent code of the unit it belongs to during its validity, or null for a top-level unit
     * @param validity the dates it exists, not null
     * @throws NullPointerException if {@code code}, {@code name}, {@code level} or {@code validity} is null
     * @throws OcopException if the code or the name is blank, or the unit is its own parent
     */
    public Area {
        code = Text.nfc(Objects.requireNonNull(code, "code"));
        name = Text.nfc(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(level, "level");
        parent = parent == null || Text.nfc(parent).isEmpty() ? null : Text.nfc(parent);
        Objects.requireNonNull(validity, "validity");
        if (code.isEmpty()) {
            throw new OcopException("administrative unit '" + name + "': code must not be blank");
        }
        if (name.isEmpty()) {
            throw new OcopException("administrative unit " + code + ": name must not be blank");
        }
        if (code.equals(parent)) {
            throw new OcopException("administrative unit " + code + " cannot be its own parent");
        }
    }

    /**
     * @param date a date, not null
     * @return whether this version exists on that date
     */
    public boolean existsOn(LocalDate date) {
        return validity.contains(date);
    }

    /** @return "name (code)", e.g. "Huyện Cầu Kè (845)" */
    public String label() {
        return name + " (" + code + ")";
    }
}
