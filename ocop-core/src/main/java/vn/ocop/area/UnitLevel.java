package vn.ocop.area;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Level of an administrative unit in {@link AdministrativeUnitRegistry}: province ("cấp tỉnh"), district
 * ("cấp huyện", which exists only until 30/06/2025) and commune ("cấp xã").
 *
 * <pre>{@code
 * UnitLevel.COMMUNE.text(Locale.ENGLISH);   // "commune level"
 * UnitLevel.COMMUNE.text();                 // "cấp xã"
 * }</pre>
 */
public enum UnitLevel implements Localized {
    /** Tỉnh, thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Quận, huyện, thị xã, thành phố thuộc tỉnh (and Thủ Đức, a city within a city): until 30/06/2025. */
    DISTRICT,
    /** Xã, phường, thị trấn (until 30/06/2025), đặc khu (from 01/07/2025). */
    COMMUNE;

    private static final Messages TEXT = Messages.of("units");

    /**
     * @param other another level, not null
     * @return whether this level is strictly above (coarser than) the other
     */
    public boolean isAbove(UnitLevel other) {
        return ordinal() < other.ordinal();
    }

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "level." + name());
    }
}
