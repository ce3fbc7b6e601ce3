package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.ocop.area.AreaLevel;
import vn.ocop.area.Areas;
import vn.ocop.format.ProgressReportFormatter;
import vn.ocop.indicator.Indicator;
import vn.ocop.indicator.Indicators;
import vn.ocop.product.ProducerType;
import vn.ocop.product.RegistrationKind;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.Star;
import vn.ocop.testing.TraVinh;

/**
 * Progress of the Trà Vinh 2024 plan (tra-vinh-plan-2024.txt: 40 new 3★+ products allocated 4/4/4/4/4/5/5/5/5; at
 * least 5 brands) against test registries, and the pace rules of {@link Tracker}: on 2024-08-31, 244 of the 366 days
 * of 2024 have elapsed.
 */
class TrackerTest {
    static final ProgressReportFormatter EN = ProgressReportFormatter.of(Locale.ENGLISH);
    static final Areas AREAS = TraVinh.areas();
    static final LocalDate AUG_31 = LocalDate.of(2024, 8, 31);
    static final LocalDate DEC_31 = LocalDate.of(2024, 12, 31);

    static TraVinh.RegistryBuilder traVinh(int[] first, int[] second) {
        return TraVinh.registry(first, second);
    }

    static final int[] FIRST = TraVinh.FIRST_ROUNDS;
    static final int[] SECOND = TraVinh.SECOND_ROUNDS;

    static ProgressReport report(LocalDate asOf) {
        return TraVinh.report(asOf);
    }

    @Test
    void afterTheFirstRoundsTheProvinceIsAtRisk() {
        ProgressReport r = report(AUG_31);
        assertThat(r.measuredOn()).isEqualTo(AUG_31);
        assertThat(r.elapsedPercent()).isEqualByComparingTo("66.7"); // 244 / 366
        AreaProgress total = r.target("T1").total();
        assertThat(total.actual().value()).isEqualByComparingTo("23");
        assertThat(total.actual().method()).isEqualTo(Actual.Method.COMPUTED);
        assertThat(total.actual().basis()).isEqualTo(Actual.Basis.COUNTED);
        assertThat(total.actual().from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(total.actual().on()).isEqualTo(AUG_31);
        assertThat(EN.how(total.actual())).isEqualTo("counted in the registry, 2024-01-01 to 2024-08-31");
        assertThat(total.target()).isEqualByComparingTo("40");
        assertThat(total.baseline().value()).isEqualByComparingTo("0");
        assertThat(total.baseline().source()).isEqualTo(Baseline.Source.PERIOD_START);
        assertThat(total.achievedPercent()).isEqualByComparingTo("57.5");
        assertThat(total.expected()).isEqualByComparingTo("26.67");          // 40 × 244 / 366
        assertThat(total.remaining()).isEqualByComparingTo("17");
        assertThat(total.neededPerMonth()).isEqualByComparingTo("4.24");     // 17 × 30.436875 / 122
        assertThat(total.plannedPerMonth()).isEqualByComparingTo("3.33");    // 40 × 30.436875 / 366
        // needed 17/122 per day ≤ 1.5 × 40/366 → at risk, not behind
        assertThat(total.status()).isEqualTo(Status.AT_RISK);
        assertThat(r.target("T1").areas()).extracting(AreaProgress::status).containsExactly(
                Status.ON_TRACK, Status.AT_RISK, Status.ON_TRACK, Status.BEHIND, Status.AT_RISK,
                Status.ON_TRACK, Status.AT_RISK, Status.BEHIND, Status.AT_RISK);
        assertThat(r.target("T1").unattributed()).isNull();
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void atTheEndOfTheYearTheTotalIsReachedButThreeDistrictsMissed() {
        ProgressReport r = report(DEC_31);
        TargetProgress t = r.target("T1");
        assertThat(t.total().actual().value()).isEqualByComparingTo("40");
        assertThat(t.total().status()).isEqualTo(Status.ACHIEVED);
        assertThat(t.total().neededPerMonth()).isNull();
        assertThat(t.areas()).filteredOn(a -> a.status() == Status.BEHIND).extracting(AreaProgress::area)
                .containsExactly("844", "851", "848");
        assertThat(t.area("845").actual().value()).isEqualByComparingTo("6");
        assertThat(t.area("845").achievedPercent()).isEqualByComparingTo("120.0");
        // after the period, values are taken on its last day; a 2025 recognition does not count
        TraVinh.RegistryBuilder b = traVinh(FIRST, SECOND);
        b.product("late", "84", "845");
        b.cert("late", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2025, 1, 15));
        ProgressReport later = Tracker.of(b.build(), AREAS).progress(TraVinh.plan(), LocalDate.of(2025, 3, 1));
        assertThat(later.measuredOn()).isEqualTo(DEC_31);
        assertThat(later.elapsedPercent()).isEqualByComparingTo("100.0");
        assertThat(later.target("T1").total().actual().value()).isEqualByComparingTo("40");
    }

    @ParameterizedTest(name = "target {0}, actual {1} on 2024-08-31 → {2}")
    @CsvSource({
        // expected = target × 244/366; at risk when (target − actual) × 366 ≤ 1.5 × target × 122
        "4, 4, ACHIEVED", "4, 3, ON_TRACK", "4, 2, AT_RISK", "4, 1, BEHIND", "4, 0, BEHIND",
        "5, 4, ON_TRACK", "5, 3, AT_RISK", "5, 2, BEHIND"})
    void statusAgainstLinearPace(int target, int actual, Status expected) {
        int[] first = new int[9];
        int d = target == 4 ? 0 : 5;  // 842 has 4, 845 has 5
        first[d] = actual;
        ProgressReport r = Tracker.of(traVinh(first, new int[9]).build(), AREAS).progress(TraVinh.plan(), AUG_31);
        assertThat(r.target("T1").area(TraVinh.DISTRICTS[d][0]).status()).isEqualTo(expected);
    }

    @Test
    void theBoundaryOfAtRiskIsInclusiveAndTheFactorIsAnOption() {
        // 842: target 4, actual 2: needed 2/122 per day is exactly 1.5 × 4/366
        int[] first = {2, 0, 0, 0, 0, 0, 0, 0, 0};
        Registry reg = traVinh(first, new int[9]).build();
        assertThat(Tracker.of(reg, AREAS).progress(TraVinh.plan(), AUG_31).target("T1").area("842").status())
                .isEqualTo(Status.AT_RISK);
        Tracker strict = Tracker.of(reg, AREAS).withOptions(new ProgressOptions(BigDecimal.ONE));
        assertThat(strict.progress(TraVinh.plan(), AUG_31).target("T1").area("842").status())
                .isEqualTo(Status.BEHIND);
        // a day later the same actual is behind with the default factor too
        assertThat(Tracker.of(reg, AREAS).progress(TraVinh.plan(), LocalDate.of(2024, 9, 1)).target("T1")
                .area("842").status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void beforeThePeriodNothingIsExpected() {
        ProgressReport r = report(LocalDate.of(2023, 12, 15));
        assertThat(r.elapsedPercent()).isEqualByComparingTo("0.0");
        assertThat(r.target("T1").total().actual().value()).isEqualByComparingTo("0");
        assertThat(r.target("T1").total().status()).isEqualTo(Status.ON_TRACK);
        assertThat(r.target("T1").total().expected()).isEqualByComparingTo("0");
    }

    @Test
    void reportedValuesForTheBrandsTarget() {
        Registry reg = traVinh(FIRST, SECOND).build();
        Tracker none = Tracker.of(reg, AREAS);
        AreaProgress noData = none.progress(TraVinh.plan(), AUG_31).target("T2").total();
        assertThat(noData.status()).isEqualTo(Status.NO_DATA);
        assertThat(noData.actual().method()).isEqualTo(Actual.Method.NONE);
        Tracker t = none.withReported(List.of(
                ReportedValue.of("brands", "84", LocalDate.of(2023, 11, 1), 9, "báo cáo 2023 (before the period)"),
                ReportedValue.of("brands", "84", LocalDate.of(2024, 6, 30), 1, "báo cáo 6 tháng"),
                ReportedValue.of("brands", "84", LocalDate.of(2024, 8, 15), 3, "báo cáo 8 tháng"),
                ReportedValue.of("brands", "84", LocalDate.of(2024, 12, 20), 5, "báo cáo năm")));
        AreaProgress aug = t.progress(TraVinh.plan(), AUG_31).target("T2").total();
        assertThat(aug.actual().value()).isEqualByComparingTo("3");
        assertThat(aug.actual().method()).isEqualTo(Actual.Method.REPORTED);
        assertThat(aug.actual().report().source()).isEqualTo("báo cáo 8 tháng");
        assertThat(EN.how(aug.actual())).isEqualTo("reported 3 on 2024-08-15 (báo cáo 8 tháng)");
        assertThat(aug.status()).isEqualTo(Status.AT_RISK); // 2 × 366 ≤ 1.5 × 5 × 122
        assertThat(t.progress(TraVinh.plan(), LocalDate.of(2024, 7, 1)).target("T2").total().actual().value())
                .isEqualByComparingTo("1");
        assertThat(t.progress(TraVinh.plan(), DEC_31).target("T2").total().status()).isEqualTo(Status.ACHIEVED);
        // the 2023 report is outside the period of a flow
        assertThat(t.progress(TraVinh.plan(), LocalDate.of(2024, 3, 1)).target("T2").total().status())
                .isEqualTo(Status.NO_DATA);
    }

    @Test
    void reportsOfTheAllocatedAreasAddUpAndConflictsAreProblems() {
        Target brands = TraVinh.brands().withAllocations(List.of(Target.Allocation.of("845", 2),
                Target.Allocation.of("849", 3)));
        Plan plan = PlanTest.withTargets(brands);
        Tracker t = Tracker.of(traVinh(FIRST, SECOND).build(), AREAS).withReported(List.of(
                ReportedValue.of("brands", "845", LocalDate.of(2024, 8, 1), 1, "Cầu Kè"),
                ReportedValue.of("brands", "849", LocalDate.of(2024, 8, 1), 2, "Trà Cú"),
                ReportedValue.of("brands", "849", LocalDate.of(2024, 8, 1), 4, "Trà Cú, bản sửa")));
        ProgressReport r = t.progress(plan, AUG_31);
        AreaProgress total = r.target("T2").total();
        assertThat(total.actual().method()).isEqualTo(Actual.Method.SUM_OF_REPORTS);
        assertThat(total.actual().value()).isEqualByComparingTo("5");
        assertThat(r.target("T2").area("849").actual().value()).isEqualByComparingTo("4");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("two reports for the same date: 2 (Trà Cú) and 4 (Trà Cú, bản sửa)"));
    }

    @Test
    void recordsThatCannotBeAttributedAreShownNotDropped() {
        TraVinh.RegistryBuilder b = traVinh(new int[9], new int[9]);
        b.product("U1", "99", "99999");   // unknown codes
        b.product("S1", "84", "91002");   // the new commune formed from parts of Cầu Kè and Trà Cú
        b.product("N1", "84", "91001");   // the new commune formed only from Cầu Kè communes
        b.product("B1", "83", "83");      // Bến Tre: outside the plan
        for (String p : List.of("U1", "S1", "N1", "B1")) {
            b.cert(p, Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 20));
        }
        TargetProgress t = Tracker.of(b.build(), AREAS).progress(TraVinh.plan(), DEC_31).target("T1");
        // S1 and N1 are inside Trà Vinh; U1's place is unknown; B1 is outside
        assertThat(t.total().actual().value()).isEqualByComparingTo("2");
        assertThat(t.area("845").actual().value()).isEqualByComparingTo("1");
        assertThat(t.unattributed().actual().value()).isEqualByComparingTo("2");
        assertThat(t.notes()).containsExactly(Note.UNKNOWN_UNITS, Note.STRADDLING_UNITS);
        assertThat(t.unplaced().unknownUnits()).containsExactly("99999");
        assertThat(t.unplaced().straddlingUnits()).extracting(vn.ocop.area.Area::code).containsExactly("91002");
        assertThat(EN.notes(t)).contains("records under unit codes the register does not know: 99999",
                "records in units that correspond to several allocated areas or straddle the area: Xã thử BC (mới) (91002)");
    }

    @Test
    void stockTargetsWithAComputedBaselineAndShares() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.producer("HTX1", ProducerType.HOP_TAC_XA, "84", "845");
        b.producer("DN1", ProducerType.DOANH_NGHIEP_NHO_VA_VUA, "84", "849");
        b.producer("HO1", ProducerType.HO_SAN_XUAT, "84", "849");
        b.product("F1", "I", "HTX1", "84", "845");
        b.product("F2", "I", "DN1", "84", "849");
        b.product("F3", "III", "HO1", "84", "849");
        b.cert("F1", Star.FIVE, RegistrationKind.FIRST, LocalDate.of(2023, 3, 1));
        b.cert("F2", Star.FIVE, RegistrationKind.FIRST, LocalDate.of(2024, 4, 1));
        b.cert("F3", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 4, 1));
        Target five = new Target("T5", "thêm ít nhất 2 sản phẩm 5 sao", Indicators.validProducts(Star.FIVE, Star.FIVE),
                BigDecimal.valueOf(2), Target.Goal.INCREASE, null, null, null, null);
        Target coops = Target.of("T6", "50% chủ thể là HTX", Indicators.producerShare(ProducerType.HOP_TAC_XA), 50);
        ProgressReport r = Tracker.of(b.build(), AREAS).progress(PlanTest.withTargets(five, coops), DEC_31);
        AreaProgress f = r.target("T5").total();
        assertThat(f.baseline().value()).isEqualByComparingTo("1");       // F1 on 2023-12-31
        assertThat(f.baseline().source()).isEqualTo(Baseline.Source.COMPUTED);
        assertThat(f.baseline().date()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(EN.baseline(f.baseline())).isEqualTo("baseline computed from the registry on 2023-12-31: 1");
        assertThat(f.goal()).isEqualByComparingTo("3");
        assertThat(f.actual().value()).isEqualByComparingTo("2");
        assertThat(f.achievedPercent()).isEqualByComparingTo("50.0"); // (2 − 1) / 2
        assertThat(f.status()).isEqualTo(Status.BEHIND);              // the period is over
        AreaProgress c = r.target("T6").total();
        assertThat(c.actual().numerator()).isEqualTo(1);
        assertThat(c.actual().denominator()).isEqualTo(3);
        assertThat(c.actual().value()).isEqualByComparingTo("33.33");
        assertThat(c.achievedPercent()).isEqualByComparingTo("66.7");
        assertThat(c.remaining()).isEqualByComparingTo("16.67");
        assertThat(c.status()).isEqualTo(Status.BEHIND);
        assertThat(r.target("T6").share()).isTrue();
    }

    @Test
    void communeAllocationsRollUpToDistrictsAndTheProvince() {
        Target t = TraVinh.newProducts().withAllocations(List.of(Target.Allocation.of("90001", 10),
                Target.Allocation.of("90002", 10), Target.Allocation.of("90003", 20))).withGoal(Target.Goal.LEVEL);
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        for (String[] p : new String[][] {{"A", "90001"}, {"B", "90001"}, {"C", "90002"}, {"D", "90003"}}) {
            b.product(p[0], "84", p[1]);
            b.cert(p[0], Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 20));
        }
        Tracker tracker = Tracker.of(b.build(), AREAS);
        Plan plan = PlanTest.withTargets(t);
        TargetProgress byDistrict = tracker.progress(plan, AUG_31, AreaLevel.DISTRICT).target("T1");
        assertThat(byDistrict.areas()).extracting(AreaProgress::area).containsExactly("845", "849");
        AreaProgress cauKe = byDistrict.area("845");
        assertThat(cauKe.line()).isEqualTo(AreaProgress.Line.ROLL_UP);
        assertThat(cauKe.target()).isEqualByComparingTo("20");
        assertThat(cauKe.actual().value()).isEqualByComparingTo("3");
        assertThat(cauKe.actual().basis()).isEqualTo(Actual.Basis.ROLLED_UP);
        assertThat(cauKe.actual().areas()).containsExactly("90001", "90002");
        assertThat(EN.how(cauKe.actual())).isEqualTo("sum of 2 areas: 90001, 90002");
        TargetProgress byProvince = tracker.progress(plan, AUG_31, AreaLevel.PROVINCE).target("T1");
        assertThat(byProvince.areas()).singleElement().satisfies(a -> {
            assertThat(a.area()).isEqualTo("84");
            assertThat(a.target()).isEqualByComparingTo("40");
            assertThat(a.actual().value()).isEqualByComparingTo("4");
            assertThat(a.status()).isEqualTo(byProvince.total().status());
        });
        // unchanged when asked for the allocations' own level
        assertThat(tracker.progress(plan, AUG_31, AreaLevel.COMMUNE).target("T1").areas())
                .extracting(AreaProgress::line).containsOnly(AreaProgress.Line.AREA);
    }

    @Test
    void aDistrictPlanIsComparedWithAPostReformCommuneRegistry() {
        // a 2021–2025 plan by district; products recognised after 2025-07-01 carry the new communes' codes
        Target t = new Target("T1", "sản phẩm mới 2021–2025", Indicators.newRecognitions(Star.THREE), BigDecimal.valueOf(10),
                null, null, List.of(Target.Allocation.of("845", 6), Target.Allocation.of("849", 4)), null, null);
        Plan plan = new Plan("TV-21-25", "Kế hoạch 2021–2025", "84", Plan.years(2021, 2025), "KH", LocalDate.of(2020, 12, 31),
                null, List.of(t), null);
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("old", "84", "845");
        b.product("new", "86", "91001");
        b.product("split", "86", "91002");
        b.cert("old", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2022, 5, 20));
        b.cert("new", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2025, 9, 10));
        b.cert("split", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2025, 9, 10));
        TargetProgress p = Tracker.of(b.build(), AREAS).progress(plan, LocalDate.of(2025, 12, 31)).target("T1");
        assertThat(p.area("845").actual().value()).isEqualByComparingTo("2");
        assertThat(p.area("849").actual().value()).isEqualByComparingTo("0");
        assertThat(p.total().actual().value()).isEqualByComparingTo("3");
        assertThat(p.unattributed().actual().value()).isEqualByComparingTo("1");
    }

    @Test
    void theCombinedPlanOfAMergedProvinceIsTrackedPerOldProvince() {
        Plan c = Plan.combine("VL", "Vĩnh Long (mới)", "86", TraVinh.REFORM,
                List.of(PlanTest.fiveYear("TV", "84", 3, 40), PlanTest.fiveYear("BT", "83", 2, 30)));
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("tv1", "84", "845");
        b.product("tv2", "86", "91001");   // recorded after the merger under the new commune
        b.product("bt1", "83", "83");
        b.product("vl1", "86", "86");      // the old Vĩnh Long: inside the new province, in no allocated area
        b.cert("tv1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2023, 5, 20));
        b.cert("tv2", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2025, 9, 10));
        b.cert("bt1", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2024, 6, 25));
        b.cert("vl1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 6, 25));
        ProgressReport r = Tracker.of(b.build(), AREAS).progress(c, LocalDate.of(2025, 12, 31));
        assertThat(r.problems()).isEmpty();
        TargetProgress a = r.target("A");
        assertThat(a.total().actual().value()).isEqualByComparingTo("4");
        assertThat(a.area("84").actual().value()).isEqualByComparingTo("2");
        assertThat(a.area("84").status()).isEqualTo(Status.BEHIND);
        assertThat(a.area("83").actual().value()).isEqualByComparingTo("1");
        assertThat(a.outsideAllocations()).isEqualTo(1);
        assertThat(a.notes()).contains(Note.OUTSIDE_ALLOCATIONS);
        assertThat(EN.notes(a)).contains("1 counted in the total lie in no allocated area");
        assertThat(EN.label(r.area(), r.areaName())).isEqualTo("Tỉnh Vĩnh Long (86)");
    }

    @Test
    void anActualOutsideAnyPlan() {
        TraVinh.RegistryBuilder b = traVinh(FIRST, SECOND);
        b.product("U1", "99", "99999");
        b.cert("U1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 20));
        Tracker t = Tracker.of(b.build(), AREAS).withReported(List.of(
                ReportedValue.of("brands", "845", LocalDate.of(2024, 8, 15), 1, "Cầu Kè")));
        Actual cauKe = t.actual(Indicators.newRecognitions(Star.THREE), "845", LocalDate.of(2024, 1, 1), DEC_31);
        assertThat(cauKe.value()).isEqualByComparingTo("6");
        assertThat(cauKe.method()).isEqualTo(Actual.Method.COMPUTED);
        assertThat(cauKe.leftOut().numerator()).isEqualTo(1);
        assertThat(cauKe.leftOut().unknownUnits()).containsExactly("99999");
        assertThat(EN.how(cauKe)).isEqualTo("counted in the registry, 2024-01-01 to 2024-12-31; left out, not placeable: 1 (99999)");
        // every district's old product plus the new ones still valid at the end of 2024
        assertThat(t.actual(Indicators.validProducts(), "84", LocalDate.of(2024, 1, 1), DEC_31).value())
                .isEqualByComparingTo("49");
        Indicator brands = Indicators.reported("brands", "nhãn hiệu", Indicator.Nature.FLOW);
        assertThat(EN.how(t.actual(brands, "845", LocalDate.of(2024, 1, 1), DEC_31))).isEqualTo("reported 1 on 2024-08-15 (Cầu Kè)");
        assertThat(t.actual(brands, "849", LocalDate.of(2024, 1, 1), DEC_31).method()).isEqualTo(Actual.Method.NONE);
    }
}
