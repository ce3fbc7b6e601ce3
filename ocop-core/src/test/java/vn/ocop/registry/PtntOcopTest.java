package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.product.Certificate;
import vn.ocop.product.RegistrationKind;
import vn.ocop.rubric.Star;
import vn.ocop.testing.TraVinh;

/**
 * The register exported to table PTNT_OCOP of Decision 5277/QĐ-BNNMT: every field's rule, the refusals, and CSV and
 * JSON that read back to the same rows. Units are those of the bundled national register: 29263 is Xã Long Đức
 * (Thành phố Trà Vinh, district 842) until 30/06/2025 and Phường Long Đức (Tỉnh Vĩnh Long) from 01/07/2025; 29242 is
 * Phường 3 then Phường Trà Vinh; 29236 (Phường 4) was merged away on 01/07/2025; 845 is a district.
 */
class PtntOcopTest {
    private static final LocalDate SEPT_30 = LocalDate.of(2024, 9, 30);
    /** A day inside P3's extension (its certificate expired on 01/06/2026, filed late on 10/06/2026). */
    private static final LocalDate SEPT_30_2026 = LocalDate.of(2026, 9, 30);

    /**
     * P1 4★ valid, P2 under a district code, P3 5★ in effect by its extension under Điều 12.3 (a 148-era certificate
     * whose re-evaluation window closed before 22/05/2026, filed after expiry); revenue of P1 in 2025 and 2026.
     */
    private static Registry registry() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "29263");
        b.product("P2", "84", "845");
        b.product("P3", "84", "29242");
        b.cert("P1", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        b.cert("P2", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        Certificate c3 = b.cert("P3", Star.FIVE, RegistrationKind.FIRST, LocalDate.of(2023, 6, 1));
        b.replace(c3, c3.withReEvaluationFiled(LocalDate.of(2026, 6, 10), null)
                .withExtension(LocalDate.of(2026, 11, 28)));
        return Registry.of(b.products, b.producers, b.certificates,
                List.of(new AnnualRevenue("P1", 2026, new BigDecimal("1234.5")),
                        new AnnualRevenue("P1", 2025, new BigDecimal("900"))));
    }

    @Test
    void everyFieldIsMappedAsDocumented() {
        PtntOcop export = PtntOcop.exportable(registry(), SEPT_30_2026);
        assertThat(export.periodCode()).isEqualTo("2026");
        assertThat(export.rows()).containsExactly(
                new PtntOcopRow(1, "29263", "2026", "P1", "Sản phẩm P1", "4*", "Chủ thể PR-P1",
                        new BigDecimal("1234.50"), PtntOcopRow.IN_EFFECT),
                new PtntOcopRow(2, "29242", "2026", "P3", "Sản phẩm P3", "5*", "Chủ thể PR-P3", null,
                        PtntOcopRow.EXTENDED));
        assertThat(export.rows().get(0).doanhThuNam().scale()).isEqualTo(2);
        assertThat(export.refused()).containsExactly(new PtntOcopRefusal("P2",
                PtntOcopRefusal.Reason.UNIT_NOT_A_COMMUNE, "845", SEPT_30_2026));
    }

    @Test
    void theWholeRegisterIsRefusedWithEveryProductThatCannotBeARow() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "29263");
        b.product("P-0123456789", "84", "845");
        b.product("P3", "84", "29242");
        b.cert("P1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        b.cert("P-0123456789", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        b.cert("P3", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        Registry r = b.build();
        assertThatThrownBy(() -> PtntOcop.of(r, SEPT_30)).isInstanceOf(PtntOcopException.class)
                .satisfies(e -> {
                    PtntOcopException x = (PtntOcopException) e;
                    assertThat(x.refusals()).extracting(PtntOcopRefusal::reason).containsExactly(
                            PtntOcopRefusal.Reason.UNIT_NOT_A_COMMUNE, PtntOcopRefusal.Reason.PRODUCT_ID_TOO_LONG);
                    assertThat(x.problems()).containsExactly(
                            new Problem("PTNT_OCOP", "$.products[1]", "Sản phẩm P-0123456789: mã đơn vị hành chính "
                                    + "\"845\" không phải mã của một xã ngày 30/09/2024 (Ma_DonViHanhChinh)"),
                            new Problem("PTNT_OCOP", "$.products[1]",
                                    "Sản phẩm P-0123456789: mã sản phẩm \"P-0123456789\" dài quá 10 ký tự (Ma_SanPham)"));
                    assertThat(x.refusals().get(0).text(Locale.ENGLISH)).isEqualTo("Product P-0123456789: "
                            + "administrative unit code \"845\" is not the code of a commune on 2024-09-30 "
                            + "(Ma_DonViHanhChinh)");
                });
    }

    @Test
    void theUnitMustBeACommuneOnTheExportDate() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "29263");
        b.product("P4", "84", "29236");
        b.product("P5", "84", "99999");
        for (String p : List.of("P1", "P4", "P5")) {
            b.cert(p, Star.THREE, RegistrationKind.FIRST, LocalDate.of(2025, 3, 1));
        }
        Registry r = b.build();
        // before the reorganisation Phường 4 is a commune; after it, it is merged away (never moved silently)
        assertThat(PtntOcop.exportable(r, LocalDate.of(2025, 6, 30)).rows()).extracting(PtntOcopRow::maSanPham)
                .containsExactly("P1", "P4");
        PtntOcop after = PtntOcop.exportable(r, LocalDate.of(2026, 1, 10));
        assertThat(after.rows()).extracting(PtntOcopRow::maDonViHanhChinh, PtntOcopRow::maThoiGian)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("29263", "2026"));
        assertThat(after.refused()).extracting(PtntOcopRefusal::productId, PtntOcopRefusal::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P4", "29236"),
                        org.assertj.core.groups.Tuple.tuple("P5", "99999"));
    }

    @Test
    void namesLongerThanTheirFieldsAreRefused() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.producer("H", vn.ocop.product.ProducerType.HOP_TAC_XA, "84", "29263");
        b.products.add(new vn.ocop.product.Product("P1", "x".repeat(256), 1, "I", "H", "84", "29263", null));
        b.cert("P1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        assertThat(PtntOcop.exportable(b.build(), SEPT_30).refused()).extracting(PtntOcopRefusal::reason)
                .containsExactly(PtntOcopRefusal.Reason.NAME_TOO_LONG);
        TraVinh.RegistryBuilder c = new TraVinh.RegistryBuilder();
        c.producers.add(new vn.ocop.product.Producer("H", "y".repeat(256), vn.ocop.product.ProducerType.HOP_TAC_XA,
                new vn.ocop.product.LegalRepresentative("A", false, "Kinh", false), "84", "29263"));
        c.product("P1", "I", "H", "84", "29263");
        c.cert("P1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        assertThat(PtntOcop.exportable(c.build(), SEPT_30).refused()).extracting(PtntOcopRefusal::reason)
                .containsExactly(PtntOcopRefusal.Reason.PRODUCER_NAME_TOO_LONG);
        // 255 characters fit
        TraVinh.RegistryBuilder d = new TraVinh.RegistryBuilder();
        d.producer("H", vn.ocop.product.ProducerType.HOP_TAC_XA, "84", "29263");
        d.products.add(new vn.ocop.product.Product("P1", "ả".repeat(255), 1, "I", "H", "84", "29263", null));
        d.cert("P1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        assertThat(PtntOcop.of(d.build(), SEPT_30).rows()).singleElement()
                .satisfies(row -> assertThat(row.tenSanPham()).hasSize(255));
    }

    @Test
    void aOneOrTwoStarProductCanNeverBeARow() {
        assertThatThrownBy(() -> Certificate.issue("C", "P1", Star.TWO, vn.ocop.rubric.Authority.PROVINCE, "QD-26-2026",
                RegistrationKind.FIRST, SEPT_30)).isInstanceOf(OcopException.class);
        assertThatThrownBy(() -> row(1, "29263", "2*", null, "HIEU_LUC")).hasMessage("XepHang must be 3*, 4* or 5*, was '2*'");
        assertThatThrownBy(() -> row(1, "29263", "1*", null, "HIEU_LUC")).hasMessageContaining("XepHang");
        assertThatThrownBy(() -> row(1, "29263", "3", null, "HIEU_LUC")).hasMessageContaining("XepHang");
        for (String s : PtntOcopRow.STARS) {
            assertThat(row(1, "29263", s, null, "HIEU_LUC").xepHang()).isEqualTo(s);
        }
    }

    private static PtntOcopRow row(int n, String unit, String stars, BigDecimal revenue, String status) {
        return new PtntOcopRow(n, unit, "2024", "P1", "Tên", stars, "Chủ thể", revenue, status);
    }

    @Test
    void eachFieldsRuleIsChecked() {
        assertThatThrownBy(() -> row(0, "29263", "3*", null, "HIEU_LUC")).hasMessage("MA_OCOP must be at least 1, was 0");
        assertThat(row(1, "0123456789", "3*", null, "HIEU_LUC").maDonViHanhChinh()).isEqualTo("0123456789");
        assertThatThrownBy(() -> row(1, "01234567890", "3*", null, "HIEU_LUC"))
                .hasMessage("Ma_DonViHanhChinh must have 1 to 10 characters, had 11: '01234567890'");
        assertThatThrownBy(() -> row(1, " ", "3*", null, "HIEU_LUC")).hasMessageContaining("Ma_DonViHanhChinh");
        assertThatThrownBy(() -> new PtntOcopRow(1, "1", "20240101000", "P1", "T", "3*", "C", null, "HIEU_LUC"))
                .hasMessageContaining("Ma_ThoiGian must have 1 to 10");
        assertThatThrownBy(() -> new PtntOcopRow(1, "1", "2024", "P1234567890", "T", "3*", "C", null, "HIEU_LUC"))
                .hasMessageContaining("Ma_SanPham must have 1 to 10");
        assertThatThrownBy(() -> new PtntOcopRow(1, "1", "2024", "P1", "t".repeat(256), "3*", "C", null, "HIEU_LUC"))
                .hasMessageContaining("TenSanPham must have 1 to 255");
        assertThatThrownBy(() -> new PtntOcopRow(1, "1", "2024", "P1", "T", "3*", "c".repeat(256), null, "HIEU_LUC"))
                .hasMessageContaining("ChuTheSXKD must have 1 to 255");
        assertThatThrownBy(() -> row(1, "1", "3*", null, "CON_HIEU_LUC")).hasMessageContaining("TrangThai must have 1 to 10");
        assertThatThrownBy(() -> row(1, "1", "3*", null, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("TrangThai");
        // DoanhThuNam: DECIMAL(14, 2), million VND, exact
        assertThat(row(1, "1", "3*", new BigDecimal("999999999999.99"), "X").doanhThuNam())
                .isEqualTo(new BigDecimal("999999999999.99"));
        assertThat(row(1, "1", "3*", new BigDecimal("5"), "X").values().get(7)).isEqualTo("5.00");
        assertThat(row(1, "1", "3*", new BigDecimal("1E+3"), "X").values().get(7)).isEqualTo("1000.00");
        assertThat(row(1, "1", "3*", null, "X").values().get(7)).isEmpty();
        assertThatThrownBy(() -> row(1, "1", "3*", new BigDecimal("1000000000000"), "X"))
                .hasMessageContaining("DoanhThuNam: at most 12 digits before the decimal point");
        assertThatThrownBy(() -> row(1, "1", "3*", new BigDecimal("1.005"), "X"))
                .hasMessageContaining("DoanhThuNam: at most 2 decimals");
        assertThatThrownBy(() -> row(1, "1", "3*", new BigDecimal("-0.01"), "X"))
                .hasMessageContaining("DoanhThuNam: the amount must not be negative");
    }

    @Test
    void csvHasTheStandardsHeaderAndReadsBackToTheSameRows() throws Exception {
        PtntOcop export = PtntOcop.exportable(registry(), SEPT_30_2026);
        String csv = export.csv();
        String[] lines = csv.split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", PtntOcopRow.FIELDS));
        assertThat(lines[1]).isEqualTo("1,29263,2026,P1,Sản phẩm P1,4*,Chủ thể PR-P1,1234.50,HIEU_LUC");
        assertThat(lines[2]).isEqualTo("2,29242,2026,P3,Sản phẩm P3,5*,Chủ thể PR-P3,,GIA_HAN");
        List<PtntOcopRow> back = new ArrayList<>();
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            while (it.hasNext()) {
                Map<String, String> m = it.next();
                String revenue = m.get("DoanhThuNam");
                back.add(new PtntOcopRow(Integer.parseInt(m.get("MA_OCOP")), m.get("Ma_DonViHanhChinh"),
                        m.get("Ma_ThoiGian"), m.get("Ma_SanPham"), m.get("TenSanPham"), m.get("XepHang"),
                        m.get("ChuTheSXKD"), revenue.isEmpty() ? null : new BigDecimal(revenue), m.get("TrangThai")));
            }
        }
        assertThat(back).isEqualTo(export.rows());
    }

    @Test
    void jsonKeysAreTheFieldNamesAndReadBackToTheSameRows() throws Exception {
        PtntOcop export = PtntOcop.exportable(registry(), SEPT_30_2026);
        String json = export.json();
        assertThat(json).contains("\"DoanhThuNam\" : 1234.50").contains("\"DoanhThuNam\" : null");
        JsonNode array = OcopJson.mapper().readTree(json);
        List<PtntOcopRow> back = new ArrayList<>();
        for (JsonNode o : array) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(PtntOcopRow.FIELDS);
            back.add(new PtntOcopRow(o.get("MA_OCOP").intValue(), o.get("Ma_DonViHanhChinh").textValue(),
                    o.get("Ma_ThoiGian").textValue(), o.get("Ma_SanPham").textValue(), o.get("TenSanPham").textValue(),
                    o.get("XepHang").textValue(), o.get("ChuTheSXKD").textValue(),
                    o.get("DoanhThuNam").isNull() ? null : new BigDecimal(o.get("DoanhThuNam").asText()),
                    o.get("TrangThai").textValue()));
        }
        assertThat(back).isEqualTo(export.rows());
        assertThat(PtntOcop.exportable(Registry.of(List.of(), List.of(), List.of()), SEPT_30).json().replaceAll("\\s", ""))
                .isEqualTo("[]");
    }

    @Test
    void aFieldWithACommaOrAQuoteIsQuoted() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.producer("H", vn.ocop.product.ProducerType.HOP_TAC_XA, "84", "29263");
        b.products.add(new vn.ocop.product.Product("P1", "Mật ong \"Hoa\", rừng", 1, "I", "H", "84", "29263", null));
        b.cert("P1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        assertThat(PtntOcop.of(b.build(), SEPT_30).csv().split("\n")[1])
                .isEqualTo("1,29263,2024,P1,\"Mật ong \"\"Hoa\"\", rừng\",3*,Chủ thể H,,HIEU_LUC");
    }
}
