package vn.ocop.area;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * The kind of an administrative unit ("loại hình"), written as the first word(s) of its name: "Xã Cổ Bi",
 * "Thị trấn Mộc Châu", "Thành phố Hà Nội". The same word "Thành phố" names a province-level and a district-level
 * kind; the level tells them apart.
 *
 * <pre>{@code
 * UnitKind.DAC_KHU.word();                  // "Đặc khu"
 * UnitKind.DAC_KHU.text(Locale.ENGLISH);    // "special zone"
 * }</pre>
 */
public enum UnitKind implements Localized {
    /** Tỉnh. */
    TINH("Tỉnh", AreaLevel.PROVINCE),
    /** Thành phố trực thuộc trung ương. */
    THANH_PHO_TRUC_THUOC_TRUNG_UONG("Thành phố", AreaLevel.PROVINCE),
    /** Quận (urban district). */
    QUAN("Quận", AreaLevel.DISTRICT),
    /** Huyện (rural district). */
    HUYEN("Huyện", AreaLevel.DISTRICT),
    /** Thị xã (district-level town). */
    THI_XA("Thị xã", AreaLevel.DISTRICT),
    /** Thành phố thuộc tỉnh, or thuộc thành phố trực thuộc trung ương (a district-level city). */
    THANH_PHO_CAP_HUYEN("Thành phố", AreaLevel.DISTRICT),
    /** Xã (rural commune). */
    XA("Xã", AreaLevel.COMMUNE),
    /** Phường (ward). */
    PHUONG("Phường", AreaLevel.COMMUNE),
    /** Thị trấn (township): until 30/06/2025. */
    THI_TRAN("Thị trấn", AreaLevel.COMMUNE),
    /** Đặc khu (special zone): from 01/07/2025. */
    DAC_KHU("Đặc khu", AreaLevel.COMMUNE);

    private static final Messages TEXT = Messages.of("units");
    /** {@link #values()} without a copy per call. */
    private static final UnitKind[] ALL = values();
    private final String word;
    private final AreaLevel level;

    UnitKind(String word, AreaLevel level) {
        this.word = word;
        this.level = level;
    }

    /** @return the word that starts the names of units of this kind, e.g. {@code "Thị trấn"} */
    public String word() {
        return word;
    }

    /** @return the level of units of this kind */
    public AreaLevel level() {
        return level;
    }

    /**
     * The kind a name at a level starts with.
     *
     * @param name a unit's full name, e.g. "Thị trấn Mộc Châu", not null; the kind word must be written as
     *        {@link #word()} gives it, followed by a space and the rest of the name
     * @param level the unit's level, not null
     * @return the kind, or null if the name does not start with a word of that level
     */
    public static UnitKind of(String name, AreaLevel level) {
        for (UnitKind k : ALL) {
            if (k.level == level && name.length() > k.word.length() + 1 && name.startsWith(k.word)
                    && name.charAt(k.word.length()) == ' ') {
                return k;
            }
        }
        return null;
    }

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "kind." + name());
    }
}
