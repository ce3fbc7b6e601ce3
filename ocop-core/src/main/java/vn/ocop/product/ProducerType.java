package vn.ocop.product;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Type of an OCOP producer ("chủ thể OCOP", Điều 2.3 of Decision 26/2026/QĐ-TTg). The type decides eligibility
 * (associations and operating centres only for the tourism group) and feeds statistics.
 */
public enum ProducerType implements Localized {
    /** Hợp tác xã (cooperative). */
    HOP_TAC_XA(false),
    /** Tổ hợp tác (cooperative group). */
    TO_HOP_TAC(false),
    /** Doanh nghiệp nhỏ và vừa (small or medium enterprise). */
    DOANH_NGHIEP_NHO_VA_VUA(false),
    /** Trang trại (farm). */
    TRANG_TRAI(false),
    /** Hộ sản xuất, hộ gia đình có đăng ký kinh doanh (registered household). */
    HO_SAN_XUAT(false),
    /** Hội, hiệp hội (association): tourism group only. */
    HOI_HIEP_HOI(true),
    /** Trung tâm điều hành hoặc tổ chức tương đương (operating centre): tourism group only. */
    TRUNG_TAM_DIEU_HANH(true);

    private final boolean tourismOnly;

    ProducerType(boolean tourismOnly) {
        this.tourismOnly = tourismOnly;
    }

    /** @return the Vietnamese name, the same as {@link #text()} */
    public String label() {
        return text();
    }

    /** @return whether this type may register only products of the tourism group (VI) */
    public boolean tourismOnly() {
        return tourismOnly;
    }

    /**
     * Điều 2.3: whether a producer of this type may register a product of a product group.
     *
     * @param productGroup the Annex I group code, "I" to "VI"
     * @return whether eligible
     */
    public boolean mayRegister(String productGroup) {
        return !tourismOnly || "VI".equals(productGroup);
    }

    /**
     * @param locale the reader's locale, not null
     * @return the name in Vietnamese, or in English for an English locale
     */
    @Override
    public String text(Locale locale) {
        return Messages.of("product").text(locale, "producerType." + name());
    }
}
