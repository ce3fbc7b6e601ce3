package vn.ocop.area;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * How an old administrative unit passed into a new one at a reorganisation, in the vocabulary of the National
 * Statistics Office's conversion table ("Ghi chú": "Nhập toàn bộ", "Nhập một phần", "Giữ nguyên"…). An old unit
 * that is not {@link #whole()} has one {@link UnitSuccession} per new unit that received part of it.
 *
 * <pre>{@code
 * UnitMergeKind.PART_OF_AREA.text();                 // "Nhập một phần diện tích"
 * UnitMergeKind.PART_OF_AREA.text(Locale.ENGLISH);   // "part of its area merged in"
 * UnitMergeKind.PART_OF_AREA.whole();                // false
 * }</pre>
 */
public enum UnitMergeKind implements Localized {
    /** Nhập toàn bộ: the whole unit merged into the new one. */
    WHOLE(true),
    /** Nhập một phần: part of the unit merged into the new one. */
    PART(false),
    /** Nhập một phần diện tích: part of its area merged into the new one. */
    PART_OF_AREA(false),
    /** Nhập một phần diện tích, toàn bộ dân số: part of its area and all of its population. */
    PART_OF_AREA_ALL_OF_POPULATION(false),
    /** Nhập một phần dân số: part of its population. */
    PART_OF_POPULATION(false),
    /** Nhập toàn bộ diện tích: all of its area (its population went in part elsewhere). */
    ALL_OF_AREA(false),
    /** Giữ nguyên: the unit continues unchanged. */
    UNCHANGED(true),
    /** Đổi tên: the unit continues under a new name. */
    RENAMED(true),
    /** Đổi loại hình: the unit continues as another kind (a thị trấn that becomes a xã). */
    KIND_CHANGED(true);

    private static final Messages TEXT = Messages.of("units");
    private final boolean whole;

    UnitMergeKind(boolean whole) {
        this.whole = whole;
    }

    /**
     * @return whether the old unit passed entirely into this one new unit (and so has no other successor in the
     *         same reorganisation)
     */
    public boolean whole() {
        return whole;
    }

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "merge." + name());
    }
}
