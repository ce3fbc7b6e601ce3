package vn.ocop.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
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
 * Targets as provincial plans write them, and the baselines they leave out, tracked against registries built here
 * (every figure is this test's own, worked out in the comments). A plan of Trà Vinh (84) for 2024, baseline date
 * 2023-12-31; 2024 has 366 days, and 2024-10-18 is its 292nd.
 */
class PlanReadingsTest {
    static final Areas AREAS = TraVinh.areas();
    static final LocalDate OCT_18 = LocalDate.of(2024, 10, 18);
    static final LocalDate BASE_DAY = LocalDate.of(2023, 12, 31);
    static final ProgressReportFormatter EN = ProgressReportFormatter.of(Locale.ENGLISH);
    static final ProgressReportFormatter VI = ProgressReportFormatter.of(Locale.forLanguageTag("vi"));
    static final Indicator COOPS = Indicators.producerShare(ProducerType.HOP_TAC_XA);

    /**
     * Five producers recognised on 2024-03-01, the registry's first certificates: 2 cooperatives and 3 households,
     * 40 % cooperatives; with {@code before2024}, one more cooperative recognised on 2023-05-01 (then 100 %).
     */
    static Registry producers(boolean before2024) {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        String[][] ps = {{"H1", "HOP_TAC_XA"}, {"H2", "HOP_TAC_XA"}, {"D1", "HO_SAN_XUAT"}, {"D2", "HO_SAN_XUAT"},
            {"D3", "HO_SAN_XUAT"}};
        for (String[] p : ps) {
            b.producer(p[0], ProducerType.valueOf(p[1]), "84", "845");
            b.product("P" + p[0], "I", p[0], "84", "845");
            b.cert("P" + p[0], Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        }
        if (before2024) {
            b.producer("H0", ProducerType.HOP_TAC_XA, "84", "849");
            b.product("PH0", "I", "H0", "84", "849");
            b.cert("PH0", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2023, 5, 1));
        }
        return b.build();
    }

    static TargetProgress progress(Registry r, Target t, LocalDate asOf) {
        return Tracker.of(r, AREAS).progress(TraVinh.planWith(t), asOf).target(t.id());
    }

    @Test
    void aShareWithoutAnyBaselineIsNotJudgedAgainstAPaceFromZero() {
        // 40 % cooperatives of a 50 % target, four fifths of the year gone: from an assumed 0 % the line would be on
        // the pace (50 × 292/366 = 39.9); the registry has no producer on the baseline date and the plan states none
        Target t = Target.of("C", "50 % chủ thể là hợp tác xã", COOPS, 50);
        TargetProgress p = progress(producers(false), t, OCT_18);
        AreaProgress total = p.total();
        assertThat(total.actual().value()).isEqualByComparingTo("40.00");
        assertThat(total.baseline().source()).isEqualTo(Baseline.Source.NONE);
        assertThat(total.baseline().value()).isNull();
        assertThat(total.status()).isEqualTo(Status.NO_BASELINE);
        assertThat(total.expected()).isNull();
        assertThat(total.plannedPerMonth()).isNull();
        // what remains is still given: 10 points in the 74 days left, 10 × 30.436875 / 74 = 4.11 a month
        assertThat(total.remaining()).isEqualByComparingTo("10.00");
        assertThat(total.neededPerMonth()).isEqualByComparingTo("4.11");
        assertThat(total.notes()).containsExactly(Note.NO_BASELINE);
        // the note is in every output: text, CSV and JSON
        Plan plan = TraVinh.planWith(t);
        ProgressReport r = Tracker.of(producers(false), AREAS).progress(plan, OCT_18);
        String note = "no baseline on 2023-12-31 (the registry does not cover that day, no report gives one, the plan"
                + " states none): the pace is not judged";
        assertThat(EN.table(r)).contains("note (Tỉnh Trà Vinh (84)): " + note).contains("pace not judged");
        assertThat(VI.table(r)).contains("ghi chú (Tỉnh Trà Vinh (84)): không có giá trị cơ sở ngày 31/12/2023")
                .contains("chưa đánh giá được tiến độ");
        String[] rows = EN.csv(r).split("\r\n");
        assertThat(rows[1]).endsWith(",\"" + note + "\"");
        assertThat(json(r)).contains("\"notes\":[\"NO_BASELINE\"]").contains("\"status\":\"NO_BASELINE\"");
    }

    @Test
    void aShareTakesItsBaselineFromThePlanWhenTheRegistryDoesNotCoverTheBaselineDate() {
        // 35 % stated: expected 35 + 15 × 292/366 = 46.97 on 2024-10-18; 10 missing × 366 > 1.5 × 15 × 74: behind
        Target t = Target.of("C", "từ 35 % lên 50 % chủ thể là HTX", COOPS, 50).withBaseline(BigDecimal.valueOf(35));
        AreaProgress total = progress(producers(false), t, OCT_18).total();
        assertThat(total.baseline().source()).isEqualTo(Baseline.Source.STATED);
        assertThat(total.expected()).isEqualByComparingTo("46.97");
        assertThat(total.status()).isEqualTo(Status.BEHIND);
        assertThat(total.notes()).isEmpty();
    }

    @Test
    void aShareTakesItsBaselineFromTheRegistryWhenItCoversTheBaselineDateAndSaysWhenThePlanDiffers() {
        // on 2023-12-31 the one producer is a cooperative: 100 %, which the actual is measured like; the plan's 35 %
        // is shown but not used, and a 50 % target below a 100 % baseline is a fall the plan allows
        Target t = Target.of("C", "50 % chủ thể là HTX", COOPS, 50).withBaseline(BigDecimal.valueOf(35));
        AreaProgress total = progress(producers(true), t, OCT_18).total();
        assertThat(total.baseline().source()).isEqualTo(Baseline.Source.COMPUTED);
        assertThat(total.baseline().value()).isEqualByComparingTo("100.00");
        assertThat(total.statedBaseline()).isEqualByComparingTo("35");
        assertThat(total.actual().value()).isEqualByComparingTo("50.00");      // 3 of 6
        assertThat(total.status()).isEqualTo(Status.ACHIEVED);
        assertThat(total.notes()).containsExactly(Note.BASELINE_COMPUTED, Note.BASELINE_REPLACES_STATED,
                Note.GOAL_BELOW_BASELINE);
        assertThat(EN.notes(total)).containsExactly("baseline computed from the registry on 2023-12-31: 100.00",
                "the plan states a baseline of 35; 100.00, measured like the actual, is used",
                "the goal 50 is below the baseline 100.00: the plan lets the value fall, or the baseline is not what it"
                        + " assumed");
        assertThat(VI.notes(total)).contains("kế hoạch nêu cơ sở 35; dùng cơ sở 100,00, lấy cùng cách với số thực hiện");
    }

    @Test
    void aTargetBelowItsOwnStatedBaselineIsWarned() {
        Target t = Target.of("C", "giữ trên 40 % chủ thể là HTX", COOPS, 40).withBaseline(BigDecimal.valueOf(45));
        AreaProgress total = progress(producers(false), t, OCT_18).total();
        assertThat(total.baseline().source()).isEqualTo(Baseline.Source.STATED);
        assertThat(total.notes()).containsExactly(Note.GOAL_BELOW_BASELINE);
        assertThat(total.status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aCountStockWithoutABaselineBeforeTheRegistrysFirstCertificateHasNone() {
        Target t = Target.of("V", "10 sản phẩm OCOP còn hiệu lực", Indicators.validProducts(), 10);
        AreaProgress none = progress(producers(false), t, OCT_18).total();
        assertThat(none.baseline().source()).isEqualTo(Baseline.Source.NONE);
        assertThat(none.status()).isEqualTo(Status.NO_BASELINE);
        assertThat(none.remaining()).isEqualByComparingTo("5");
        // covered: the one product of 2023 is the baseline
        AreaProgress covered = progress(producers(true), t, OCT_18).total();
        assertThat(covered.baseline().source()).isEqualTo(Baseline.Source.COMPUTED);
        assertThat(covered.baseline().value()).isEqualByComparingTo("1");
        // a stated baseline of a count comes first
        AreaProgress stated = progress(producers(true), t.withBaseline(BigDecimal.valueOf(2)), OCT_18).total();
        assertThat(stated.baseline().source()).isEqualTo(Baseline.Source.STATED);
    }

    @Test
    void aReportedShareWithoutAReportOrAStatedBaselineHasNone() {
        Indicator tourism = new vn.ocop.indicator.Reported("tourism%", "tỷ lệ điểm du lịch có sản phẩm OCOP",
                Indicator.Nature.STOCK, true);
        Target t = Target.of("R", "60 % điểm du lịch có sản phẩm OCOP", tourism, 60);
        Tracker tracker = Tracker.of(producers(false), AREAS).withReported(List.of(
                new ReportedValue("tourism%", "84", LocalDate.of(2024, 6, 30), new BigDecimal("45.5"), "báo cáo 6 tháng")));
        AreaProgress total = tracker.progress(TraVinh.planWith(t), OCT_18).target("R").total();
        assertThat(total.actual().value()).isEqualByComparingTo("45.5");
        assertThat(total.baseline().source()).isEqualTo(Baseline.Source.NONE);
        assertThat(total.status()).isEqualTo(Status.NO_BASELINE);
        // with a report on or before the baseline date, that report is the baseline, even over a stated one
        AreaProgress reported = Tracker.of(producers(false), AREAS).withReported(List.of(
                new ReportedValue("tourism%", "84", LocalDate.of(2023, 12, 1), new BigDecimal("30"), "báo cáo 2023"),
                new ReportedValue("tourism%", "84", LocalDate.of(2024, 6, 30), new BigDecimal("45.5"), "báo cáo 6 tháng")))
                .progress(TraVinh.planWith(t.withBaseline(BigDecimal.valueOf(25))), OCT_18).target("R").total();
        assertThat(reported.baseline().source()).isEqualTo(Baseline.Source.REPORTED);
        assertThat(reported.notes()).containsExactly(Note.BASELINE_REPORTED, Note.BASELINE_REPLACES_STATED);
    }

    @Test
    void aRangeIsAchievedAtItsFloorAndReportsItsCeiling() {
        // "phấn đấu từ 40 đến 50 sản phẩm": the test registry has 40 new products by the end of 2024
        Target t = TraVinh.newProducts().withRange(BigDecimal.valueOf(40), BigDecimal.valueOf(50));
        ProgressReport r = Tracker.of(TraVinh.registry(TraVinh.FIRST_ROUNDS, TraVinh.SECOND_ROUNDS).build(), AREAS)
                .progress(TraVinh.planWith(t), LocalDate.of(2024, 12, 31));
        AreaProgress total = r.target("T1").total();
        assertThat(total.status()).isEqualTo(Status.ACHIEVED);
        assertThat(total.ceiling()).isEqualByComparingTo("50");
        assertThat(total.ceilingReached()).isFalse();
        assertThat(total.notes()).containsExactly(Note.CEILING);
        assertThat(EN.notes(total)).containsExactly("ceiling 50 not reached (actual 40)");
        assertThat(EN.table(r)).contains("goal: range").containsPattern("Tỉnh Trà Vinh \\(84\\) +40–50 ");
        List<String> columns = EN.csvColumns();
        String[] row = EN.csv(r).split("\r\n")[1].split(",");
        assertThat(row[columns.indexOf("ceiling")]).isEqualTo("50");
        assertThat(VI.notes(total)).containsExactly("chưa đạt mức trần 50 (thực hiện 40)");
    }

    @Test
    void moreThanACountNeedsTheNextWholeNumber() {
        Registry reg = TraVinh.registry(TraVinh.FIRST_ROUNDS, TraVinh.SECOND_ROUNDS).build();
        LocalDate end = LocalDate.of(2024, 12, 31);
        // 40 new products: "trên 39" is reached, "trên 40" is not (41 needed)
        Target over39 = TraVinh.newProducts().withAllocations(null).withGoal(Target.Goal.MORE_THAN)
                .withAllocationNote(null);
        AreaProgress a = progress(reg, new Target("T1", "trên 39 sản phẩm", over39.indicator(), BigDecimal.valueOf(39),
                Target.Goal.MORE_THAN, null, null, null, null), end).total();
        assertThat(a.goal()).isEqualByComparingTo("40");
        assertThat(a.status()).isEqualTo(Status.ACHIEVED);
        AreaProgress b = progress(reg, new Target("T1", "trên 40 sản phẩm", over39.indicator(), BigDecimal.valueOf(40),
                Target.Goal.MORE_THAN, null, null, null, null), end).total();
        assertThat(b.goal()).isEqualByComparingTo("41");
        assertThat(b.status()).isEqualTo(Status.BEHIND);
        assertThat(b.remaining()).isEqualByComparingTo("1");
    }

    @Test
    void aLevelToKeepIsJudgedOnTheDateNotOnAPace() {
        // products in effect on 2024-08-31: 9 old products re-evaluated in June 2024 and 23 new ones
        Registry reg = TraVinh.registry(TraVinh.FIRST_ROUNDS, TraVinh.SECOND_ROUNDS).build();
        Target keep = new Target("K", "duy trì ít nhất 30 sản phẩm OCOP còn hiệu lực", Indicators.validProducts(),
                BigDecimal.valueOf(30), Target.Goal.KEEP, null, null, null, null);
        AreaProgress kept = progress(reg, keep, TraVinh.AUG_31).total();
        assertThat(kept.actual().value()).isEqualByComparingTo("32");
        assertThat(kept.status()).isEqualTo(Status.ON_TRACK);
        assertThat(kept.expected()).isEqualByComparingTo("30.00");
        assertThat(kept.neededPerMonth()).isNull();
        AreaProgress below = progress(reg, new Target("K", "duy trì 35", Indicators.validProducts(),
                BigDecimal.valueOf(35), Target.Goal.KEEP, null, null, null, null), TraVinh.AUG_31).total();
        assertThat(below.status()).isEqualTo(Status.BEHIND);
        assertThat(below.remaining()).isEqualByComparingTo("3");
        assertThat(progress(reg, keep, LocalDate.of(2024, 12, 31)).total().status()).isEqualTo(Status.ACHIEVED);
    }

    @Test
    void aTotalJudgedBetterThanAnAllocatedAreaSaysSo() {
        // on 2024-08-31 the province is at risk while Càng Long and Cầu Ngang are behind (TrackerTest)
        TargetProgress t = TraVinh.report(TraVinh.AUG_31).target("T1");
        assertThat(t.total().status()).isEqualTo(Status.AT_RISK);
        assertThat(t.worstArea().area()).isEqualTo("844");
        assertThat(t.notes()).containsExactly(Note.PARTS_WORSE);
        assertThat(EN.notes(t)).containsExactly("the total is judged \"at risk\" while Huyện Càng Long (844) is "
                + "\"behind\"");
        assertThat(VI.notes(t)).containsExactly("toàn địa bàn được đánh giá \"có nguy cơ chậm\" trong khi Huyện Càng "
                + "Long (844) \"chậm tiến độ\"");
        // by the end of the year the total is achieved and three districts are behind: still said
        assertThat(TraVinh.report(LocalDate.of(2024, 12, 31)).target("T1").notes()).containsExactly(Note.PARTS_WORSE);
    }

    @Test
    void aRollUpJudgedBetterThanOneOfItsCommunesSaysSo() {
        Target t = TraVinh.newProducts().withAllocations(List.of(Target.Allocation.of("90001", 10),
                Target.Allocation.of("90002", 10))).withAllocationNote("các xã khác chưa giao chỉ tiêu");
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        for (int i = 0; i < 10; i++) {
            String unit = i < 9 ? "90001" : "90002";
            b.product("X" + i, "84", unit);
            b.cert("X" + i, Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 20));
        }
        ProgressReport r = Tracker.of(b.build(), AREAS).progress(TraVinh.planWith(t), TraVinh.AUG_31,
                AreaLevel.DISTRICT);
        AreaProgress cauKe = r.target("T1").area("845");
        // 10 of 20 on day 244: 10 × 366 = 1.5 × 20 × 122, at risk; 90001 (9 of 10) on track, 90002 (1 of 10) behind
        assertThat(cauKe.status()).isEqualTo(Status.AT_RISK);
        assertThat(cauKe.parts()).extracting(AreaProgress::status).containsExactly(Status.ON_TRACK, Status.BEHIND);
        assertThat(cauKe.worstPart().area()).isEqualTo("90002");
        assertThat(cauKe.notes()).containsExactly(Note.PARTS_WORSE);
        assertThat(EN.table(r)).contains("note (Huyện Cầu Kè (845)): judged \"at risk\" while Xã thử B (Cầu Kè) "
                + "(90002) is \"behind\"");
        assertThat(json(r)).contains("\"parts\":[{\"line\":\"AREA\",\"area\":\"90001\"");
    }

    @Test
    void aPlanThatDoesNotSayStockOrFlowIsReadOneWayWithAWarning() {
        // "đạt 30 sản phẩm OCOP": read as products in effect on the date, as validProducts counts them
        Registry reg = TraVinh.registry(TraVinh.FIRST_ROUNDS, TraVinh.SECOND_ROUNDS).build();
        Target t = Target.of("S", "đạt 30 sản phẩm OCOP", Indicators.products(Star.THREE), 30);
        TargetProgress p = progress(reg, t, TraVinh.AUG_31);
        assertThat(p.total().actual().value()).isEqualByComparingTo("32");
        assertThat(p.indicator().nature()).isEqualTo(Indicator.Nature.STOCK);
        assertThat(p.notes()).containsExactly(Note.NATURE_ASSUMED);
        assertThat(EN.notes(p)).containsExactly("the plan does not say whether it counts a level on a date or what"
                + " is new in the period; read as a level on the date (products in effect)");
        assertThat(VI.table(Tracker.of(reg, AREAS).progress(TraVinh.planWith(t), TraVinh.AUG_31)))
                .contains("ghi chú: kế hoạch không nói rõ là số tại một thời điểm hay số mới trong kỳ; hiểu là số tại"
                        + " ngày tính (sản phẩm còn hiệu lực)");
        // read the other way, on request, still with the warning
        Target flow = Target.of("S", "có thêm 30 sản phẩm OCOP",
                new vn.ocop.indicator.UnstatedProducts(Star.THREE, Indicator.Nature.FLOW), 30);
        TargetProgress f = progress(reg, flow, TraVinh.AUG_31);
        assertThat(f.total().actual().value()).isEqualByComparingTo("23");
        assertThat(f.notes()).containsExactly(Note.NATURE_ASSUMED);
    }

    static String json(ProgressReport r) {
        try {
            return OcopJson.mapper().writeValueAsString(r);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
