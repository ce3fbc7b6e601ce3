package vn.ocop.area;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Level of an administrative unit, in the bundled national register ({@link AdministrativeUnitRegistry}) and in a
 * plan's register of areas ({@link Areas}) alike. Until 2025-06-30 Vietnam had three levels below the country:
 * province ("cấp tỉnh"), district ("cấp huyện": huyện, quận, thị xã, thành phố thuộc tỉnh) and commune ("cấp xã");
 * from 2025-07-01 the district level no longer exists and communes belong directly to a province. Plans and reports
 * made before that date speak of districts. {@link #COUNTRY} is the area of a national programme target; no unit
 * of the national register has it.
 *
 * <pre>{@code
 * AreaLevel.COMMUNE.text();                 // "cấp xã"
 * AreaLevel.COMMUNE.text(Locale.ENGLISH);   // "commune level"
 * AreaLevel.PROVINCE.isAbove(AreaLevel.COMMUNE);   // true
 * }</pre>
 */
public enum AreaLevel implements Localized {
    /** The whole country (a national programme target). */
    COUNTRY,
    /** Tỉnh, thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Huyện, quận, thị xã, thành phố thuộc tỉnh (and Thủ Đức, a city within a city): abolished on 2025-07-01. */
    DISTRICT,
    /** Xã, phường, thị trấn (until 30/06/2025), đặc khu (from 01/07/2025). */
    COMMUNE;

    private static final Messages TEXT = Messages.of("area");

    /**
     * @param other another level, not null
     * @return whether this level is strictly above (coarser than) the other
     */
    public boolean isAbove(AreaLevel other) {
        return ordinal() < other.ordinal();
    }

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "level." + name());
    }
}
