package vn.ocop.product;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A pluggable registry of administrative units (provinces, districts before July 2025, communes) with their
 * validity dates, e.g. the codes of QĐ 19/2025/QĐ-TTg plus the older units needed for historic records.
 */
public interface AdministrativeUnits {
    /**
     * @param code unit code
     * @param date a date
     * @return whether the unit exists on that date
     */
    boolean exists(String code, LocalDate date);

    /**
     * @param code unit code
     * @param date a date
     * @return the code of the unit it belongs to on that date (a commune's province), if any
     */
    Optional<String> parentOf(String code, LocalDate date);
}
