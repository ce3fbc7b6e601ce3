package vn.ocop.area;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a reorganisation: on {@link #on()}, the old unit {@code from} (all of it or a part, as {@code kind}
 * says) became part of the new unit {@code to}. A new commune formed from three old ones has three successions; an
 * old commune split between two new ones has two. {@code from} is usually a commune; a district without communes
 * that became a special zone ("Huyện Côn Đảo" → "Đặc khu Côn Đảo") and a district's land outside any commune are
 * successions from the district.
 *
 * <pre>{@code
 * AdministrativeUnitRegistry units = AdministrativeUnitRegistry.bundled();
 * AdministrativeUnit ngocHa = units.get("00016", LocalDate.of(2025, 6, 30));     // Phường Ngọc Hà, Quận Ba Đình
 * for (UnitSuccession s : units.successorsOf(ngocHa)) {
 *     System.out.println(s.kind().text() + " → " + s.to().label());   // "Nhập một phần → Phường Ba Đình (00004)", …
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the old unit, not null
 * @param to the new unit, not null; it begins on the day after {@code from} ends
 * @param kind how {@code from} passed into {@code to}, not null
 * @param note what the source says beyond the kind, in its words (e.g. "Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu
 *        Côn Đảo"), or null when the kind says it all
 */
public record UnitSuccession(AdministrativeUnit from, AdministrativeUnit to, UnitMergeKind kind, String note) {
    /**
     * Checks the components.
     *
     * @param from the old unit, not null
     * @param to the new unit, not null
     * @param kind how {@code from} passed into {@code to}, not null
     * @param note the source's words beyond the kind, or null
     * @throws IllegalArgumentException if {@code to} does not begin on the first day {@code from} no longer exists
     */
    public UnitSuccession {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (to.validFrom().isEmpty() || !to.validFrom().equals(from.validUntil())) {
            throw new IllegalArgumentException("succession " + from + " → " + to
                    + ": the new unit must begin on the first day the old one no longer exists");
        }
    }

    /** @return the first day of the new unit (2025-07-01 for the 2025 reorganisation) */
    public LocalDate on() {
        return to.validFrom().orElseThrow();
    }
}
