package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.area.Areas;
import vn.ocop.indicator.Indicators;
import vn.ocop.product.ProducerType;
import vn.ocop.rubric.Star;
import vn.ocop.testing.TraVinh;

/** Plans and their arithmetic: the Trà Vinh 2024 plan (tra-vinh-plan-2024.txt) and merged provinces. */
class PlanTest {
    static final Areas AREAS = TraVinh.areas();

    @Test
    void traVinhAllocationsAddUpToForty() {
        // "thành phố Trà Vinh, huyện Tiểu Cần, huyện Châu Thành, huyện Càng Long, thị xã Duyên Hải, mỗi đơn vị đạt 4
        // sản phẩm; các huyện Cầu Kè, Trà Cú, Cầu Ngang và Duyên Hải, mỗi đơn vị đạt 5 sản phẩm": 5 × 4 + 4 × 5 = 40
        Plan plan = TraVinh.plan();
        Target t = plan.target("T1");
        assertThat(t.allocations()).hasSize(9);
        assertThat(t.allocations().stream().map(Target.Allocation::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("40");
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.problems(AREAS)).isEmpty();
        assertThat(plan.period().contains(LocalDate.of(2024, 12, 31))).isTrue();
        assertThat(plan.period().contains(LocalDate.of(2025, 1, 1))).isFalse();
        assertThat(plan.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(plan.areasOn()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void aMismatchIsReportedUnlessThePlanSaysWhy() {
        // had the plan said 4 for Cầu Kè, the allocations would add up to 39
        List<Target.Allocation> allocs = new ArrayList<>(TraVinh.newProducts().allocations());
        allocs.set(5, Target.Allocation.of("845", 4));
        Target t = TraVinh.newProducts().withAllocations(allocs);
        Plan plan = withTargets(t);
        List<Problem> ps = plan.problems();
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).path()).isEqualTo("$.targets[0].allocations");
        assertThat(ps.get(0).message()).contains("add up to 39, not to the target 40").contains("845 4");
        Plan explained = withTargets(t.withAllocationNote("1 sản phẩm do tỉnh chủ trì, không phân bổ"));
        assertThat(explained.problems()).isEmpty();
        // shares are not added up
        Target share = new Target("S", "tỷ lệ HTX", Indicators.producerShare(ProducerType.HOP_TAC_XA),
                BigDecimal.valueOf(40), null, null, List.of(Target.Allocation.of("845", 30), Target.Allocation.of("849", 50)),
                null, null);
        assertThat(withTargets(share).problems()).isEmpty();
    }

    @Test
    void statedBaselinesOfAllocationsMustAddUpToo() {
        Target t = new Target("T5", "thêm 2 sản phẩm 5 sao", Indicators.validProducts(Star.FIVE, Star.FIVE),
                BigDecimal.valueOf(2), Target.Goal.INCREASE, BigDecimal.valueOf(3),
                List.of(new Target.Allocation("845", BigDecimal.ONE, BigDecimal.ONE, null),
                        new Target.Allocation("849", BigDecimal.ONE, BigDecimal.ONE, null)), null, null);
        assertThat(withTargets(t).problems()).singleElement().extracting(Problem::message).asString()
                .contains("baselines add up to 2, not to the target's 3");
    }

    @Test
    void areaProblems() {
        Target t = TraVinh.newProducts().withAllocations(List.of(Target.Allocation.of("845", 20),
                Target.Allocation.of("999", 10), Target.Allocation.of("83", 10)));
        List<Problem> ps = withTargets(t).problems(AREAS);
        assertThat(ps).extracting(Problem::message).containsExactly(
                "target T1: allocated area 999 does not exist on 2024-01-01",
                "target T1: allocated area Tỉnh Bến Tre (83) is not inside the plan's area Tỉnh Trà Vinh (84)");
        Plan late = new Plan("X", "x", "84", Plan.year(2026), "x", LocalDate.of(2025, 12, 31), null, List.of(), null);
        assertThat(late.problems(AREAS)).singleElement().extracting(Problem::message).asString()
                .contains("area 84 does not exist on 2026-01-01").contains("[2020-01-01, 2025-07-01)");
    }

    @Test
    void invalidPlansAndTargets() {
        assertThatThrownBy(() -> new Plan("X", "x", "84", vn.ocop.rubric.DateRange.of(LocalDate.of(2024, 1, 1), null),
                "x", LocalDate.of(2023, 12, 31), null, List.of(), null)).isInstanceOf(OcopException.class)
                .hasMessageContaining("must end");
        assertThatThrownBy(() -> new Plan("X", "x", "84", Plan.year(2024), "x", LocalDate.of(2025, 1, 1), null, List.of(),
                null)).hasMessageContaining("baseline date 2025-01-01 is after the period");
        assertThatThrownBy(() -> withTargets(TraVinh.newProducts(), TraVinh.newProducts()))
                .hasMessageContaining("target id 'T1' appears twice");
        assertThatThrownBy(() -> TraVinh.newProducts().withBaseline(BigDecimal.TEN))
                .hasMessageContaining("starts from 0");
        assertThatThrownBy(() -> TraVinh.newProducts().withAllocations(List.of(Target.Allocation.of("845", 1),
                Target.Allocation.of("845", 2)))).hasMessageContaining("area 845 is allocated twice");
        assertThatThrownBy(() -> Target.of("S", "s", Indicators.communeCoverage(), 120))
                .hasMessageContaining("cannot exceed 100%");
        assertThatThrownBy(() -> Target.of("S", "s", Indicators.validProducts(), -1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Plan.years(2025, 2021)).hasMessageContaining("before the first");
        assertThatThrownBy(() -> TraVinh.plan().target("T9")).hasMessageContaining("targets: T1, T2");
        assertThat(Plan.years(2021, 2025).until()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void mergedProvincesPlansCombine() {
        // Trà Vinh, Bến Tre and Vĩnh Long formed Vĩnh Long (86) on 2025-07-01: their 2021–2025 plans (figures here
        // are test values) combine into one plan for the new province over the same period
        Plan tv = fiveYear("TV", "84", 100, 40);
        Plan bt = fiveYear("BT", "83", 120, 30);
        Plan vl = new Plan("VL", "Kế hoạch VL", "86", Plan.years(2021, 2025), "KH VL", LocalDate.of(2020, 12, 31), null,
                List.of(Target.of("A", "thêm sản phẩm 3 sao", Indicators.newRecognitions(Star.THREE), 80)), null);
        Plan c = Plan.combine("VL-2021-2025", "Vĩnh Long (mới) 2021–2025", "86", TraVinh.REFORM, List.of(tv, bt, vl));
        assertThat(c.problems(AREAS)).isEmpty();
        assertThat(c.areasOn()).isEqualTo(TraVinh.REFORM);
        Target sum = c.target("A");
        assertThat(sum.value()).isEqualByComparingTo("300");
        assertThat(sum.allocations()).extracting(Target.Allocation::area).containsExactly("84", "83", "86");
        assertThat(sum.allocations()).extracting(Target.Allocation::areaOn).containsOnly(LocalDate.of(2021, 1, 1));
        assertThat(sum.label()).endsWith("[combined: 84 100 + 83 120 + 86 80]");
        assertThat(sum.allocationNote()).isNull();
        // the cooperative share is kept per old province, not added
        assertThat(c.target("84-B").allocations()).singleElement().extracting(Target.Allocation::area).isEqualTo("84");
        assertThat(c.target("83-B").value()).isEqualByComparingTo("30");
        assertThat(c.baselineDate()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(c.legalReference()).isEqualTo("KH TV; KH BT; KH VL");
        assertThatThrownBy(() -> Plan.combine("X", "x", "86", TraVinh.REFORM, List.of(tv, TraVinh.plan())))
                .hasMessageContaining("only plans over the same period");
    }

    @Test
    void aTargetOnlySomePlansSetSaysSo() {
        Plan tv = fiveYear("TV", "84", 100, 40);
        Plan vl = new Plan("VL", "Kế hoạch VL", "86", Plan.years(2021, 2025), "KH VL", LocalDate.of(2020, 12, 31), null,
                List.of(Target.of("F", "sản phẩm 5 sao", Indicators.validProducts(Star.FIVE, Star.FIVE), 2)), null);
        Plan c = Plan.combine("C", "c", "86", TraVinh.REFORM, List.of(tv, vl));
        assertThat(c.target("A").allocationNote()).isEqualTo("set only by 84; the other plans have no such target");
        assertThat(c.target("F").value()).isEqualByComparingTo("2");
    }

    static Plan fiveYear(String id, String area, long newProducts, long coopShare) {
        return new Plan(id, "Kế hoạch " + id, area, Plan.years(2021, 2025), "KH " + id, LocalDate.of(2020, 12, 31), null,
                List.of(Target.of("A", "thêm sản phẩm 3 sao", Indicators.newRecognitions(Star.THREE), newProducts),
                        Target.of("B", "tỷ lệ HTX", Indicators.producerShare(ProducerType.HOP_TAC_XA), coopShare)), null);
    }

    static Plan withTargets(Target... ts) {
        return TraVinh.planWith(ts);
    }

    @Test
    void jsonRoundTripAndErrorsWithTheirPath() throws Exception {
        ObjectMapper json = OcopJson.mapper();
        Plan plan = TraVinh.plan();
        String text = json.writeValueAsString(plan);
        assertThat(text).contains("\"period\":{\"from\":\"2024-01-01\",\"until\":\"2025-01-01\"}")
                .contains("{\"type\":\"newRecognitions\",\"minStars\":3,\"kinds\":[\"FIRST\"]}")
                .contains("{\"area\":\"842\",\"value\":4}");
        assertThat(Plan.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p.json")).isEqualTo(plan);
        String bad = text.replace("\"value\":40", "\"value\":-40");
        assertThatThrownBy(() -> Plan.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "p.json"))
                .isInstanceOf(PlanValidationException.class).hasMessageContaining("p.json")
                .hasMessageContaining("$.targets[0]").hasMessageContaining("value must not be negative")
                .satisfies(e -> assertThat(((PlanValidationException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.source()).isEqualTo("p.json");
                    assertThat(p.path()).isEqualTo("$.targets[0].value");
                    assertThat(p.message()).isEqualTo("target T1: value must not be negative, was -40");
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.column()).isGreaterThan(0);
                }));
        String typo = text.replace("\"minStars\"", "\"minStar\"");
        assertThatThrownBy(() -> Plan.read(new ByteArrayInputStream(typo.getBytes(StandardCharsets.UTF_8)), "p.json"))
                .hasMessageContaining("minStar");
    }
}
