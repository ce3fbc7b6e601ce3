package vn.ocop.area;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a product code ({@code vn.ocop.product.ProductCode}) asks of a register of administrative units: whether a
 * code names a unit on a date or in a year, and what it lies within. Implemented by the bundled national register
 * ({@link AdministrativeUnitRegistry}, the default) and by a plan's register of areas ({@link Areas}); a caller may
 * plug in another (a province's own list with older units).
 *
 * <p>Codes are compared after NFC normalisation. Implementations must be thread-safe.
 */
public interface AdministrativeUnits {
    /**
     * @param code a unit code, not null
     * @param date a date, not null
     * @return whether a unit with that code exists on that date
     */
    boolean exists(String code, LocalDate date);

    /**
     * @param code a unit code, not null
     * @param date a date, not null
     * @return the code of the unit it belongs to on that date (a commune's district before 2025-07-01, its province
     *         after; a district's province), empty for a province or a code that does not exist then
     */
    Optional<String> parentOf(String code, LocalDate date);

    /**
     * @param code a unit code, not null
     * @param year a year
     * @return whether a unit with that code exists on at least one day of that year
     */
    boolean existsIn(String code, int year);

    /**
     * @param code a unit code, not null
     * @param ancestor the code of a unit that may contain it, not null
     * @param year a year
     * @return whether, on at least one day of that year, a unit with {@code code} lies inside (strictly: not is) a
     *         unit with {@code ancestor}: what the province and commune codes of a product code {@code T-X-STT-năm}
     *         must satisfy in its year
     */
    boolean liesWithin(String code, String ancestor, int year);
}
