package vn.ocop.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.area.Areas;
import vn.ocop.product.ProducerType;
import vn.ocop.product.RegistrationKind;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.Star;
import vn.ocop.testing.TraVinh;

/**
 * A provincial snapshot with the composition Đồng Tháp published for December 2024 ("581 products: 464 3★, 116 4★,
 * 1 5★ from 246 producers"); groups and producer types are test values. The products are placed in Trà Vinh's test
 * units.
 */
public class StatisticsSnapshotTest {
    static final LocalDate DAY = LocalDate.of(2024, 12, 31);
    static final Areas AREAS = TraVinh.areas();

    /** @return 581 products of 246 producers in Trà Vinh (84), in effect on 2024-12-31 */
    public static Registry dongThapLike() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        for (int k = 0; k < 246; k++) {
            ProducerType type = k < 100 ? ProducerType.HOP_TAC_XA : k < 180 ? ProducerType.DOANH_NGHIEP_NHO_VA_VUA
                    : ProducerType.HO_SAN_XUAT;
            b.producer("PR" + k, type, "84", "845");
        }
        for (int i = 0; i < 581; i++) {
            String group = i < 300 ? "I" : i < 420 ? "II" : i < 500 ? "III" : i < 550 ? "IV" : i < 571 ? "V" : "VI";
            String id = "DT" + i;
            b.product(id, group, "PR" + (i % 246), "84", i % 2 == 0 ? "845" : "849");
            Star s = i < 464 ? Star.THREE : i < 580 ? Star.FOUR : Star.FIVE;
            b.cert(id, s, RegistrationKind.FIRST, LocalDate.of(2023, 1, 1).plusDays(i));
        }
        // outside the area, and expired: neither counts
        b.producer("BT", ProducerType.HOP_TAC_XA, "83", "83");
        b.product("BT1", "I", "BT", "83", "83");
        b.cert("BT1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 1, 1));
        b.product("OLD", "I", "PR0", "84", "845");
        b.cert("OLD", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2021, 1, 1));
        return b.build();
    }

    static StatisticsSnapshot traVinh() {
        return StatisticsSnapshot.of(dongThapLike(), AREAS, "84", DAY);
    }

    @Test
    void aCumulativeSnapshotCountsEveryProductRecognisedByTheDate() {
        // the expired 4★ product of 2021 ("OLD") is not in effect on 2024-12-31 but was recognised: 582 to date
        StatisticsSnapshot inEffect = traVinh();
        StatisticsSnapshot toDate = StatisticsSnapshot.cumulative(dongThapLike(), AREAS, "84", DAY);
        assertThat(inEffect.cumulative()).isFalse();
        assertThat(toDate.cumulative()).isTrue();
        assertThat(inEffect.products()).isEqualTo(581);
        assertThat(toDate.products()).isEqualTo(582);
        assertThat(toDate.byStar().share(Star.FOUR).count()).isEqualTo(inEffect.byStar().share(Star.FOUR).count() + 1);
        assertThat(toDate).isNotEqualTo(inEffect);
        assertThat(vn.ocop.format.StatisticsFormatter.of(java.util.Locale.ENGLISH).summary(toDate))
                .isEqualTo("Tỉnh Trà Vinh (84), 2024-12-31: 582 OCOP products recognised to date, expired or revoked"
                        + " certificates included (464 3★, 117 4★, 1 5★), from 246 producers");
        assertThat(vn.ocop.format.StatisticsFormatter.of(java.util.Locale.forLanguageTag("vi")).text(toDate))
                .contains("lũy kế 582 sản phẩm OCOP đã được công nhận")
                .contains("sản phẩm theo hạng sao của giấy chứng nhận gần nhất — tỷ lệ trên 582 sản phẩm OCOP lũy kế");
    }

    @Test
    void snapshotLikeAProvincialReport() {
        StatisticsSnapshot s = traVinh();
        assertThat(s.products()).isEqualTo(581);
        assertThat(s.producers()).isEqualTo(246);
        assertThat(s.areaName()).isEqualTo("Tỉnh Trà Vinh");
        assertThat(s.byStar().shares()).extracting(StatisticsSnapshot.Share::key)
                .containsExactly(Star.THREE, Star.FOUR, Star.FIVE);
        assertThat(s.byStar().shares()).extracting(StatisticsSnapshot.Share::count).containsExactly(464L, 116L, 1L);
        assertThat(s.byStar().shares()).extracting(x -> x.percent().toPlainString()).containsExactly("79.8", "20.0", "0.2");
        assertThat(s.byGroup().share("I").count()).isEqualTo(300);
        assertThat(s.byGroup().share("I").percent()).isEqualByComparingTo("51.6");   // 300/581 = 51.64
        assertThat(s.byGroup().shares()).extracting(StatisticsSnapshot.Share::key)
                .containsExactly("I", "II", "III", "IV", "V", "VI");
        assertThat(s.byGroup().shares().stream().map(StatisticsSnapshot.Share::percent).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo("100.0");
        assertThat(s.byProducerType().share(ProducerType.HOP_TAC_XA).percent()).isEqualByComparingTo("40.7"); // 100/246
        assertThat(s.byProducerType().share(ProducerType.DOANH_NGHIEP_NHO_VA_VUA).percent()).isEqualByComparingTo("32.5");
        assertThat(s.byProducerType().share(ProducerType.HO_SAN_XUAT).percent()).isEqualByComparingTo("26.8");
        assertThat(s.byProducerType().share(ProducerType.TRANG_TRAI).count()).isZero();
        assertThat(s.byProducerType().shares()).hasSize(ProducerType.values().length);
        assertThat(s.unattributed()).isZero();
        assertThat(s.unplacedUnits()).isEmpty();
    }

    @Test
    void aDistrictAndTheNewProvince() {
        Registry r = dongThapLike();
        assertThat(StatisticsSnapshot.of(r, AREAS, "845", DAY).products()).isEqualTo(291);
        // in 2026 the Trà Vinh products lie in the new Vĩnh Long; certificates issued 2023 are still valid on 2026-01-01
        StatisticsSnapshot vl = StatisticsSnapshot.of(r, AREAS, "86", LocalDate.of(2026, 1, 1));
        assertThat(vl.products()).isEqualTo(582); // 581 (all still valid) + Bến Tre's BT1
        assertThat(vl.areaName()).isEqualTo("Tỉnh Vĩnh Long");
    }

    @Test
    void productsThatCannotBePlacedAreCountedApartAndNamed() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("IN", "84", "845");
        b.product("U1", "99", "99999");   // unknown codes
        b.product("S1", "84", "91002");   // a new commune's code, formed from communes of Cầu Kè and Trà Cú
        for (String p : List.of("IN", "U1", "S1")) {
            b.cert(p, Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 1, 10));
        }
        Registry r = b.build();
        LocalDate june = LocalDate.of(2024, 6, 1);
        StatisticsSnapshot cauKe = StatisticsSnapshot.of(r, AREAS, "845", june);
        assertThat(cauKe.products()).isEqualTo(1);
        assertThat(cauKe.unattributed()).isEqualTo(2);
        assertThat(cauKe.unplacedUnits()).containsExactly("91002", "99999");
        // both predecessors of 91002 lie in Trà Vinh: placed there
        StatisticsSnapshot province = StatisticsSnapshot.of(r, AREAS, "84", june);
        assertThat(province.products()).isEqualTo(2);
        assertThat(province.unattributed()).isEqualTo(1);
        assertThat(province.unplacedUnits()).containsExactly("99999");
    }

    @Test
    void anEmptyAreaHasNoPercentagesAndReadsBackFromJson() throws Exception {
        StatisticsSnapshot s = StatisticsSnapshot.of(dongThapLike(), AREAS, "842", DAY);
        assertThat(s.products()).isZero();
        assertThat(s.byStar().shares()).allSatisfy(x -> assertThat(x.percent()).isNull());
        String json = OcopJson.mapper().writeValueAsString(s);
        assertThat(OcopJson.mapper().readValue(json, StatisticsSnapshot.class)).isEqualTo(s);
        String full = OcopJson.mapper().writeValueAsString(traVinh());
        assertThat(full).contains("\"products\":581").contains("\"producers\":246")
                .contains("{\"key\":3,\"count\":464,\"percent\":79.8}")
                .contains("{\"key\":\"HOP_TAC_XA\",\"count\":100,\"percent\":40.7}");
        assertThat(OcopJson.mapper().readValue(full, StatisticsSnapshot.class)).isEqualTo(traVinh());
    }

    @Test
    void totalsAndPercentagesFollowFromTheCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("a", 10L);
        counts.put("b", 6L);
        counts.put("c", 2L);
        counts.put("d", 10L);
        StatisticsSnapshot.Breakdown<String> b = StatisticsSnapshot.Breakdown.of(counts);
        assertThat(b.total()).isEqualTo(28);
        // Ninh Bình 2021: largest remainder, so the four add up to 100.0
        assertThat(b.shares()).extracting(x -> x.percent().toPlainString()).containsExactly("35.7", "21.4", "7.2", "35.7");
        // the percentages written in the shares are computed again from the counts
        StatisticsSnapshot.Breakdown<String> again = StatisticsSnapshot.Breakdown.ofShares(List.of(
                new StatisticsSnapshot.Share<>("a", 1, new BigDecimal("99.0")),
                new StatisticsSnapshot.Share<>("b", 3, null)));
        assertThat(again.total()).isEqualTo(4);
        assertThat(again.share("a").percent()).isEqualByComparingTo("25.0");
        assertThatThrownBy(() -> again.share("z")).isInstanceOf(OcopException.class).hasMessageContaining("'z'");
        assertThatThrownBy(() -> StatisticsSnapshot.Breakdown.of(Map.of("a", -1L))).hasMessageContaining("negative");
        assertThatThrownBy(() -> StatisticsSnapshot.Breakdown.ofShares(List.of(
                new StatisticsSnapshot.Share<>("a", 1, null), new StatisticsSnapshot.Share<>("a", 2, null))))
                .hasMessageContaining("appears twice");
    }
}
