package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.product.ProducerType;
import vn.ocop.product.RegistrationKind;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.Star;
import vn.ocop.statistics.StatisticsSnapshot;
import vn.ocop.statistics.StatisticsSnapshotTest;
import vn.ocop.testing.TraVinh;

/** A provincial snapshot (see {@link StatisticsSnapshotTest}) written the way a provincial report writes it. */
class StatisticsFormatterTest {
    static final LocalDate DAY = LocalDate.of(2024, 12, 31);
    static final StatisticsFormatter EN = StatisticsFormatter.of(Locale.ENGLISH);
    static final StatisticsFormatter VI = StatisticsFormatter.of(Locale.forLanguageTag("vi"));
    static final StatisticsSnapshot SNAPSHOT = StatisticsSnapshot.of(StatisticsSnapshotTest.dongThapLike(),
            TraVinh.areas(), "84", DAY);

    @Test
    void englishTextLikeAProvincialReport() {
        String text = EN.text(SNAPSHOT);
        assertThat(text).startsWith("Tỉnh Trà Vinh (84), 2024-12-31: 581 OCOP products (464 3★, 116 4★, 1 5★) from "
                + "246 producers\n")
                .contains("\nproducts by star — % of 581 OCOP products (certificate in effect), largest remainder, 1 "
                        + "decimal\n")
                .contains("\nproducts by product group (Phụ lục I) — % of 581 OCOP products, largest remainder, 1 "
                        + "decimal\n")
                .contains("\nproducers by type (Điều 2.3) — % of 246 producers of those products, largest remainder, "
                        + "1 decimal\n")
                .contains("\nI Food ").contains("\ncooperative ")
                .doesNotContain("TRANG_TRAI").doesNotContain("HOP_TAC_XA").doesNotContain("farm");
        assertThat(text).containsPattern("\n3★ +464 +79\\.8\n").containsPattern("\ntotal +581 +100\\.0\n");
    }

    @Test
    void theOfficeFileHasARowPerCategoryAndTotalWithTheLanguagesNumbers() {
        byte[] vi = VI.officeCsv(SNAPSHOT, OfficeCsv.of(Locale.forLanguageTag("vi")));
        assertThat(java.util.Arrays.copyOf(vi, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(vi, 3, vi.length - 3, java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("địa bàn;ngày;phân tổ;nhóm;số lượng;tỷ lệ (%)");
        assertThat(lines).contains("Tỉnh Trà Vinh;31/12/2024;sản phẩm theo hạng sao (còn hiệu lực);3★;464;79,8",
                "Tỉnh Trà Vinh;31/12/2024;sản phẩm theo hạng sao (còn hiệu lực);tổng;581;100,0");
        assertThat(String.join("\n", lines)).contains(";Hợp tác xã;").doesNotContain("HOP_TAC_XA");
        byte[] en = EN.officeCsv(SNAPSHOT, OfficeCsv.of(Locale.ENGLISH));
        String[] enLines = new String(en, 3, en.length - 3, java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
        assertThat(enLines[0]).isEqualTo("area,date,breakdown,category,count,share (%)");
        assertThat(enLines).contains("Tỉnh Trà Vinh,2024-12-31,products by star (in effect),3★,464,79.8");
        assertThat(enLines.length).isEqualTo(lines.length);
    }

    @Test
    void vietnameseTextIsTheDefault() {
        String text = VI.text(SNAPSHOT);
        assertThat(text).startsWith("Tỉnh Trà Vinh (84), 31/12/2024: 581 sản phẩm OCOP (464 sản phẩm 3★, 116 sản "
                + "phẩm 4★, 1 sản phẩm 5★) của 246 chủ thể\n")
                .contains("\nsản phẩm theo hạng sao — tỷ lệ trên 581 sản phẩm OCOP (giấy chứng nhận còn hiệu lực)")
                .contains("\nI Thực phẩm ").contains("\nHợp tác xã ")
                .doesNotContain("HOP_TAC_XA").doesNotContain("Trang trại");
        assertThat(text).containsPattern("\n3★ +464 +79,8\n").containsPattern("\ntổng +581 +100,0\n");
        assertThat(VI.summary(SNAPSHOT)).isEqualTo(text.substring(0, text.indexOf('\n')));
        assertThat(VI.producerType(ProducerType.HOP_TAC_XA)).isEqualTo("Hợp tác xã");
        assertThat(EN.producerType(ProducerType.TRUNG_TAM_DIEU_HANH)).isEqualTo("operating centre or similar body");
    }

    @Test
    void anEmptyAreaShowsNoPercentages() {
        StatisticsSnapshot empty = StatisticsSnapshot.of(StatisticsSnapshotTest.dongThapLike(), TraVinh.areas(), "842",
                DAY);
        assertThat(EN.text(empty)).contains("total      0  –").startsWith("Thành phố Trà Vinh (842), 2024-12-31: 0 "
                + "OCOP products (0 3★, 0 4★, 0 5★) from 0 producers\n");
    }

    @Test
    void productsThatCannotBePlacedAreNamed() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("IN", "84", "845");
        b.product("U1", "99", "99999");
        for (String p : List.of("IN", "U1")) {
            b.cert(p, Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 1, 10));
        }
        Registry r = b.build();
        StatisticsSnapshot s = StatisticsSnapshot.of(r, TraVinh.areas(), "84", DAY);
        assertThat(EN.text(s)).endsWith("\nnote: 1 products under units the register does not know or that straddle "
                + "the area: 99999\n");
        assertThat(VI.text(s)).endsWith("\nghi chú: 1 sản phẩm thuộc đơn vị không có trong danh mục hoặc nằm vắt qua "
                + "ranh giới địa bàn: 99999\n");
        assertThat(EN.text(SNAPSHOT)).doesNotContain("note:");
    }
}
