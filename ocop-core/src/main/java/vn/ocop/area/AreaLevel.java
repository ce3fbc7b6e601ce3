package vn.ocop.area;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Level of an administrative unit. Until 2025-06-30 Vietnam had three levels below the country (province,
 * district, commune); from 2025-07-01 the district level no longer exists and communes belong directly to a
 * province. Plans and reports made before that date speak of districts ("huyện, thị xã, thành phố thuộc tỉnh").
 *
 * <p>Its name for a reader is {@link #text(Locale)}: "tỉnh" in Vietnamese, "province" in English.
 */
public enum AreaLevel implements Localized {
    /** The whole country (a national programme target). */
    COUNTRY,
    /** Tỉnh, thành phố trực thuộc trung ương. */
    PROVINCE,
    /** Huyện, thị xã, thành phố thuộc tỉnh: abolished on 2025-07-01. */
    DISTRICT,
    /** Xã, phường, thị trấn (đặc khu after 2025). */
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
