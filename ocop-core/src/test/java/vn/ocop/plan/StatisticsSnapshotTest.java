package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
import vn.ocop.product.ProducerType;
import vn.ocop.product.RegistrationKind;
import vn.ocop.rubric.Star;

/**
 * A provincial snapshot with the composition of Đồng Tháp in December 2024 as quoted in issue 5 ("581 products: 464
 * 3★, 116 4★, 1 5★ from 246 producers"); groups and producer types are test values. The products are placed in Trà
 * Vinh's test units.
 */
class StatisticsSnapshotTest {
    static final LocalDate DAY = LocalDate.of(2024, 12, 31);

    static Registry dongThapLike() {
        Fixtures.Builder b = new Fixtures.Builder();
        ProducerType[] types = new ProducerType[246];
        for (int k = 0; k < 246; k++) {
            types[k] = k < 100 ? ProducerType.HOP_TAC_XA : k < 180 ? ProducerType.DOANH_NGHIEP_NHO_VA_VUA
                    : ProducerType.HO_SAN_XUAT;
            b.producer("PR" + k, types[k], "84", "845");
        }
        String[] groups = new String[581];
        for (int i = 0; i < 581; i++) {
            groups[i] = i < 300 ? "I" : i < 420 ? "II" : i < 500 ? "III" : i < 550 ? "IV" : i < 571 ? "V" : "VI";
        }
        for (int i = 0; i < 581; i++) {
            String id = "DT" + i;
            b.product(id, groups[i], "PR" + (i % 246), "84", i % 2 == 0 ? "845" : "849");
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

    @Test
    void snapshotLikeAProvincialReport() {
        StatisticsSnapshot s = Tracker.of(dongThapLike(), Fixtures.traVinhAreas()).snapshot("84", DAY);
        assertThat(s.products()).isEqualTo(581);
        assertThat(s.producers()).isEqualTo(246);
        assertThat(s.byStar().shares()).extracting(StatisticsSnapshot.Share::count).containsExactly(464L, 116L, 1L);
        assertThat(s.byStar().shares()).extracting(x -> x.percent().toPlainString()).containsExactly("79.8", "20.0", "0.2");
        assertThat(s.byGroup().share("I").count()).isEqualTo(300);
        assertThat(s.byGroup().share("I").percent()).isEqualByComparingTo("51.6");   // 300/581 = 51.64
        assertThat(s.byGroup().shares().stream().map(StatisticsSnapshot.Share::percent).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo("100.0");
        assertThat(s.byProducerType().share("HOP_TAC_XA").percent()).isEqualByComparingTo("40.7"); // 100/246 = 40.65
        assertThat(s.byProducerType().share("DOANH_NGHIEP_NHO_VA_VUA").percent()).isEqualByComparingTo("32.5");
        assertThat(s.byProducerType().share("HO_SAN_XUAT").percent()).isEqualByComparingTo("26.8");
        assertThat(s.byProducerType().share("TRANG_TRAI").count()).isZero();
        assertThat(s.byProducerType().denominatorLabel()).isEqualTo("producers of those products");
        assertThat(s.unattributed()).isZero();
        String text = s.toText();
        assertThat(text).startsWith("Tỉnh Trà Vinh (84), 2024-12-31: 581 OCOP products (464 3★, 116 4★, 1 5★) from 246 producers\n")
                .contains("products by star — % of 581 OCOP products (certificate in effect), largest remainder, 1 decimal")
                .contains("I Thực phẩm")
                .doesNotContain("TRANG_TRAI");
    }

    @Test
    void aDistrictAndTheNewProvince() {
        Tracker t = Tracker.of(dongThapLike(), Fixtures.traVinhAreas());
        assertThat(t.snapshot("845", DAY).products()).isEqualTo(291);
        // in 2026 the Trà Vinh products lie in the new Vĩnh Long; certificates issued 2023 are still valid on 2026-01-01
        StatisticsSnapshot vl = t.snapshot("86", LocalDate.of(2026, 1, 1));
        assertThat(vl.products()).isEqualTo(582); // 581 (all still valid) + Bến Tre's BT1
        assertThat(vl.areaName()).isEqualTo("Tỉnh Vĩnh Long (86)");
    }

    @Test
    void anEmptyAreaHasNoPercentages() throws Exception {
        StatisticsSnapshot s = Tracker.of(dongThapLike(), Fixtures.traVinhAreas()).snapshot("842", DAY);
        assertThat(s.products()).isZero();
        assertThat(s.byStar().shares()).allSatisfy(x -> assertThat(x.percent()).isNull());
        assertThat(s.toText()).contains("total      0  –");
        String json = OcopJson.mapper().writeValueAsString(s);
        assertThat(OcopJson.mapper().readValue(json, StatisticsSnapshot.class)).isEqualTo(s);
    }

    @Test
    void breakdownsMustAddUp() {
        assertThatThrownBy(() -> new StatisticsSnapshot.Breakdown("x", "y", 3,
                java.util.List.of(new StatisticsSnapshot.Share("a", "a", 1, null)))).hasMessageContaining("add up to 1, not 3");
    }
}
