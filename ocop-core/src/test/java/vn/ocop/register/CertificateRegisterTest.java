package vn.ocop.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.ocop.format.OfficeCsv;
import vn.ocop.product.Certificate;
import vn.ocop.product.CertificateStatus;
import vn.ocop.product.ProcessRules;
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.RevocationGround;
import vn.ocop.register.CertificateRegister.Entry;
import vn.ocop.register.CertificateRegister.Group;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.Star;
import vn.ocop.testing.TraVinh;

/** The register on 1 June 2026 files each product where an office expects it, from the process rules' dates. */
class CertificateRegisterTest {
    static final LocalDate ON = LocalDate.of(2026, 6, 1);
    static final Locale VI = Locale.forLanguageTag("vi");

    static Registry registry() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        for (String id : new String[] {"A", "B", "C", "D", "E", "F"}) {
            b.product(id, "84", "845");
        }
        b.cert("A", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2025, 1, 10));     // until 2028: valid
        b.cert("B", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2023, 8, 15));    // until 15/08/2026: expiring
        b.cert("C", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2023, 10, 1));    // window 04/04–03/06/2026; QĐ 148: district
        b.cert("D", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2023, 1, 1));     // expired 01/01/2026
        Certificate e = b.cert("E", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2024, 1, 1));
        b.replace(e, e.withRevocation(LocalDate.of(2025, 3, 1), RevocationGround.values()[0]));
        b.cert("F", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2026, 7, 1));     // not yet issued: left out
        return b.build();
    }

    @Test
    void eachProductIsFiledInItsGroupWithTheProcessRulesDates() {
        CertificateRegister r = CertificateRegister.of(registry(), ON, 6);
        assertThat(r.entries()).extracting(Entry::productId).containsExactly("A", "B", "C", "D", "E");
        assertThat(r.entries(Group.VALID)).extracting(Entry::productId).containsExactly("A");
        assertThat(r.entries(Group.EXPIRING)).extracting(Entry::productId).containsExactly("B");
        assertThat(r.entries(Group.IN_WINDOW)).extracting(Entry::productId).containsExactly("C");
        assertThat(r.entries(Group.EXPIRED)).extracting(Entry::productId).containsExactly("D");
        assertThat(r.entries(Group.REVOKED)).extracting(Entry::productId).containsExactly("E");
        Entry c = r.entries(Group.IN_WINDOW).get(0);
        Certificate cc = registry().certificatesOf("C").get(0);
        assertThat(c.expires()).isEqualTo(LocalDate.of(2026, 10, 1)).isEqualTo(cc.lastValidDay());
        assertThat(c.daysToExpiry()).isEqualTo(122);
        assertThat(c.inReEvaluationWindow()).isTrue();
        assertThat(ON).isBetween(ProcessRules.reEvaluationWindowOpens(cc).orElseThrow(),
                ProcessRules.reEvaluationWindowCloses(cc).orElseThrow());
        assertThat(c.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(r.entries(Group.EXPIRED).get(0).daysToExpiry()).isEqualTo(-151);
        // a shorter horizon: B is no longer "expiring"
        assertThat(CertificateRegister.of(registry(), ON, 2).entries(Group.VALID)).extracting(Entry::productId)
                .containsExactly("A", "B");
    }

    @Test
    void textHtmlAndCsvInVietnameseAndEnglish() {
        CertificateRegister r = CertificateRegister.of(registry(), ON, 6);
        RegisterFormatter vi = RegisterFormatter.of(VI);
        String text = vi.text(r);
        assertThat(text).startsWith("Sổ theo dõi giấy chứng nhận sản phẩm OCOP ngày 01/06/2026\n")
                .contains("Trong thời hạn nộp hồ sơ đánh giá lại (1)", "Sắp hết hạn trong 6 tháng (1)",
                        "C | Sản phẩm C | Chủ thể PR-C | 3 sao | UBND cấp huyện | C3-C | 01/10/2023 |", "| 01/10/2026 | còn hiệu lực | 122 | có")
                .doesNotContain("IN_WINDOW", "PROVINCE", "THREE", "VALID");
        Document d = Jsoup.parse(vi.html(r));
        assertThat(d.select("section.group")).hasSize(5);
        assertThat(d.select("section[data-group=REVOKED] tr[data-product]").eachAttr("data-product")).containsExactly("E");
        assertThat(d.select("section[data-group=IN_WINDOW] td.num").text()).isEqualTo("122");
        assertThat(RegisterFormatter.of(Locale.ENGLISH).text(r)).contains("Inside the re-evaluation window (1)",
                "| 2026-10-01 |");
        byte[] csv = vi.csv(r, OfficeCsv.of(VI));
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(6);
        assertThat(lines[0]).startsWith("Mã sản phẩm;Tên sản phẩm;Chủ thể;Hạng sao;").endsWith(";Nhóm");
        assertThat(lines[3]).startsWith("C;Sản phẩm C;Chủ thể PR-C;3 sao;UBND cấp huyện;C3-C;01/10/2023;")
                .endsWith(";01/10/2026;còn hiệu lực;122;có;Trong thời hạn nộp hồ sơ đánh giá lại");
    }
}
