package vn.ocop.product;

/**
 * Type of an OCOP producer ("chủ thể OCOP", Điều 2.3 of Decision 26/2026/QĐ-TTg). The type decides eligibility
 * (associations and operating centres only for the tourism group) and feeds statistics.
 */
public enum ProducerType {
    /** Hợp tác xã (cooperative). */
    HOP_TAC_XA("Hợp tác xã", false),
    /** Tổ hợp tác (cooperative group). */
    TO_HOP_TAC("Tổ hợp tác", false),
    /** Doanh nghiệp nhỏ và vừa (small or medium enterprise). */
    DOANH_NGHIEP_NHO_VA_VUA("Doanh nghiệp nhỏ và vừa", false),
    /** Trang trại (farm). */
    TRANG_TRAI("Trang trại", false),
    /** Hộ sản xuất, hộ gia đình có đăng ký kinh doanh (registered household). */
    HO_SAN_XUAT("Hộ sản xuất, hộ gia đình có đăng ký kinh doanh", false),
    /** Hội, hiệp hội (association): tourism group only. */
    HOI_HIEP_HOI("Hội, hiệp hội", true),
    /** Trung tâm điều hành hoặc tổ chức tương đương (operating centre): tourism group only. */
    TRUNG_TAM_DIEU_HANH("Trung tâm điều hành hoặc tổ chức tương đương", true);

    private final String label;
    private final boolean tourismOnly;

    ProducerType(String label, boolean tourismOnly) {
        this.label = label;
        this.tourismOnly = tourismOnly;
    }

    /** @return the Vietnamese name */
    public String label() {
        return label;
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
}
