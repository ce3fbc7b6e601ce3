package vn.ocop.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import vn.ocop.OcopException;

/**
 * One row of table {@code PTNT_OCOP} (OCOP products) of the national agricultural database standard (Decision
 * 5277/QĐ-BNNMT), as {@link PtntOcop} exports it. Each component is one field of the standard, in its order:
 *
 * <table class="striped">
 *   <caption>Fields of PTNT_OCOP and what the library writes in them</caption>
 *   <thead><tr><th>field</th><th>type in the standard</th><th>written</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code MA_OCOP}</td><td>integer, key</td><td>the row's number in the export, 1, 2, … in the
 *         registry's order (the standard gives no national numbering; it is not a stable id)</td></tr>
 *     <tr><td>{@code Ma_DonViHanhChinh}</td><td>text ≤ 10, code of {@code DM_DonViHanhChinh}</td><td>the code of
 *         the product's commune ({@code Product.communeCode}), which must be a commune on the export's date</td></tr>
 *     <tr><td>{@code Ma_ThoiGian}</td><td>text ≤ 10, code of {@code DM_KhoangThoiGian}</td><td>the year of the
 *         export's date, four digits ("2025"): the period of the annual revenue</td></tr>
 *     <tr><td>{@code Ma_SanPham}</td><td>text ≤ 10, code of {@code DM_SanPham}</td><td>the product's id in the
 *         registry</td></tr>
 *     <tr><td>{@code TenSanPham}</td><td>text ≤ 255</td><td>the product's name</td></tr>
 *     <tr><td>{@code XepHang}</td><td>text ≤ 50: 3*, 4* or 5*</td><td>the stars of the certificate in effect
 *         ("3*", "4*", "5*")</td></tr>
 *     <tr><td>{@code ChuTheSXKD}</td><td>text ≤ 255</td><td>the producer's name</td></tr>
 *     <tr><td>{@code DoanhThuNam}</td><td>decimal (14, 2), million VND</td><td>the product's
 *         {@link AnnualRevenue} of that year, with 2 decimals; empty when not recorded (never 0)</td></tr>
 *     <tr><td>{@code TrangThai}</td><td>text ≤ 10, no code list</td><td>{@link #IN_EFFECT} ("HIEU_LUC") for a
 *         certificate valid on the date, {@link #EXTENDED} ("GIA_HAN") for one in effect by its extension</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The constructor checks every field's rule and refuses a value the standard cannot hold; it never shortens or
 * rounds one. Immutable and thread-safe.
 *
 * @param maOcop {@code MA_OCOP}, at least 1
 * @param maDonViHanhChinh {@code Ma_DonViHanhChinh}, 1 to 10 characters, not null
 * @param maThoiGian {@code Ma_ThoiGian}, 1 to 10 characters, not null
 * @param maSanPham {@code Ma_SanPham}, 1 to 10 characters, not null
 * @param tenSanPham {@code TenSanPham}, 1 to 255 characters, not null
 * @param xepHang {@code XepHang}, "3*", "4*" or "5*", not null
 * @param chuTheSxkd {@code ChuTheSXKD}, 1 to 255 characters, not null
 * @param doanhThuNam {@code DoanhThuNam} in million VND, not negative, at most 12 integer digits and 2 decimals
 *        (held with exactly 2), or null when not recorded
 * @param trangThai {@code TrangThai}, 1 to 10 characters, not null
 */
public record PtntOcopRow(int maOcop, String maDonViHanhChinh, String maThoiGian, String maSanPham,
        String tenSanPham, String xepHang, String chuTheSxkd, BigDecimal doanhThuNam, String trangThai) {
    /** The standard's field names, in its order: the CSV header and the JSON keys. */
    public static final List<String> FIELDS = List.of("MA_OCOP", "Ma_DonViHanhChinh", "Ma_ThoiGian", "Ma_SanPham",
            "TenSanPham", "XepHang", "ChuTheSXKD", "DoanhThuNam", "TrangThai");
    /** The only values of {@code XepHang}. */
    public static final List<String> STARS = List.of("3*", "4*", "5*");
    /** {@code TrangThai} of a product whose certificate is valid on the date. */
    public static final String IN_EFFECT = "HIEU_LUC";
    /** {@code TrangThai} of a product whose certificate is in effect by its extension (Điều 12.3). */
    public static final String EXTENDED = "GIA_HAN";

    /**
     * Checks every field.
     *
     * @param maOcop {@code MA_OCOP}, at least 1
     * @param maDonViHanhChinh {@code Ma_DonViHanhChinh}, 1 to 10 characters, not null
     * @param maThoiGian {@code Ma_ThoiGian}, 1 to 10 characters, not null
     * @param maSanPham {@code Ma_SanPham}, 1 to 10 characters, not null
     * @param tenSanPham {@code TenSanPham}, 1 to 255 characters, not null
     * @param xepHang {@code XepHang}, "3*", "4*" or "5*", not null
     * @param chuTheSxkd {@code ChuTheSXKD}, 1 to 255 characters, not null
     * @param doanhThuNam {@code DoanhThuNam}, or null when not recorded
     * @param trangThai {@code TrangThai}, 1 to 10 characters, not null
     * @throws OcopException naming the field and its rule
     */
    public PtntOcopRow {
        if (maOcop < 1) {
            throw new OcopException("MA_OCOP must be at least 1, was " + maOcop);
        }
        text("Ma_DonViHanhChinh", maDonViHanhChinh, 10);
        text("Ma_ThoiGian", maThoiGian, 10);
        text("Ma_SanPham", maSanPham, 10);
        text("TenSanPham", tenSanPham, 255);
        if (!STARS.contains(Objects.requireNonNull(xepHang, "XepHang"))) {
            throw new OcopException("XepHang must be 3*, 4* or 5*, was '" + xepHang + "'");
        }
        text("ChuTheSXKD", chuTheSxkd, 255);
        text("TrangThai", trangThai, 10);
        if (doanhThuNam != null) {
            String problem = AnnualRevenue.amountProblem(doanhThuNam);
            if (problem != null) {
                throw new OcopException("DoanhThuNam: " + problem);
            }
            doanhThuNam = doanhThuNam.setScale(AnnualRevenue.DECIMALS, RoundingMode.UNNECESSARY);
        }
    }

    private static void text(String field, String value, int max) {
        Objects.requireNonNull(value, field);
        int length = value.codePointCount(0, value.length());
        if (value.isBlank() || length > max) {
            throw new OcopException(field + " must have 1 to " + max + " characters, had " + length + ": '"
                    + value + "'");
        }
    }

    /** @return the fields as the standard writes them, in its order ({@link #FIELDS}); an empty revenue is "" */
    public List<String> values() {
        return List.of(Integer.toString(maOcop), maDonViHanhChinh, maThoiGian, maSanPham, tenSanPham, xepHang,
                chuTheSxkd, doanhThuNam == null ? "" : doanhThuNam.toPlainString(), trangThai);
    }
}
