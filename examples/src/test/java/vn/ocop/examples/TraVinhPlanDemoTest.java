package vn.ocop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.area.Areas;
import vn.ocop.plan.AreaProgress;
import vn.ocop.plan.Plan;
import vn.ocop.plan.ProgressReport;
import vn.ocop.plan.ReportedValue;
import vn.ocop.plan.Status;
import vn.ocop.plan.Target;
import vn.ocop.plan.Tracker;
import vn.ocop.statistics.StatisticsSnapshot;

/**
 * The sample files of the Trà Vinh demo: the plan as published (tra-vinh-plan-2024.txt: 40 new 3★+ products, 4 each
 * for TP Trà Vinh, Tiểu Cần, Châu Thành, Càng Long, TX Duyên Hải; 5 each for Cầu Kè, Trà Cú, Cầu Ngang, huyện Duyên
 * Hải; at least 5 brands) and the progress the demo prints.
 */
class TraVinhPlanDemoTest {
    static <T> T read(String name, java.util.function.Function<InputStream, T> f) throws Exception {
        try (InputStream in = TraVinhPlanDemoTest.class.getResourceAsStream("/samples/" + name)) {
            return f.apply(in);
        }
    }

    @Test
    void thePlanFileSaysWhatThePlanSays() throws Exception {
        Plan plan = read("tra-vinh-plan-2024.json", in -> Plan.read(in, "plan"));
        Areas areas = read("tra-vinh-areas.json", in -> Areas.read(in, "areas"));
        assertThat(plan.problems(areas)).isEmpty();
        assertThat(plan.period().from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(plan.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
        Target t1 = plan.target("T1");
        assertThat(t1.value()).isEqualByComparingTo("40");
        assertThat(t1.allocations()).extracting(a -> areas.unit(a.area(), plan.areasOn()).orElseThrow().name() + " "
                + a.value()).containsExactly("Thành phố Trà Vinh 4", "Huyện Tiểu Cần 4", "Huyện Châu Thành 4",
                "Huyện Càng Long 4", "Thị xã Duyên Hải 4", "Huyện Cầu Kè 5", "Huyện Trà Cú 5", "Huyện Cầu Ngang 5",
                "Huyện Duyên Hải 5");
        assertThat(plan.target("T2").value()).isEqualByComparingTo("5");
        assertThat(plan.target("T2").indicator().reported()).isTrue();
    }

    @Test
    void theDemoProgress() throws Exception {
        Plan plan = read("tra-vinh-plan-2024.json", in -> Plan.read(in, "plan"));
        Areas areas = read("tra-vinh-areas.json", in -> Areas.read(in, "areas"));
        List<ReportedValue> reports = read("tra-vinh-reports-2024.json", in -> ReportedValue.readList(in, "reports"));
        Tracker tracker = Tracker.of(TraVinhSample.registry(), areas).withReported(reports);
        ProgressReport aug = tracker.progress(plan, LocalDate.of(2024, 8, 31));
        assertThat(aug.target("T1").total().actual().value()).isEqualByComparingTo("23");
        assertThat(aug.target("T1").total().status()).isEqualTo(Status.AT_RISK);
        assertThat(aug.target("T2").total().actual().value()).isEqualByComparingTo("2");
        ProgressReport dec = tracker.progress(plan, LocalDate.of(2024, 12, 31));
        // the sample reaches 40 in total (a revoked product still counts as recognised in 2024) while three units fall
        // short
        assertThat(dec.target("T1").total().actual().value()).isEqualByComparingTo(BigDecimal.valueOf(40));
        assertThat(dec.target("T1").areas()).filteredOn(a -> a.status() == Status.BEHIND).extracting(AreaProgress::area)
                .containsExactly("844", "851", "848");
        assertThat(dec.target("T2").total().status()).isEqualTo(Status.ACHIEVED);
        assertThat(StatisticsSnapshot.of(TraVinhSample.registry(), areas, "84", LocalDate.of(2024, 12, 31)).products())
                .isEqualTo(58);
    }

    @Test
    void theSampleRegistryReadsAndGoesToTheNationalTable() throws Exception {
        vn.ocop.registry.Registry r = read("registry-sample.json",
                in -> vn.ocop.registry.Registry.read(in, "registry-sample.json"));
        assertThat(r.revenue("TV-001", 2024)).contains(new BigDecimal("1234.5"));
        vn.ocop.registry.PtntOcop export = vn.ocop.registry.PtntOcop.of(r, LocalDate.of(2024, 11, 30));
        assertThat(export.csv().split("\n")).containsExactly(
                "MA_OCOP,Ma_DonViHanhChinh,Ma_ThoiGian,Ma_SanPham,TenSanPham,XepHang,ChuTheSXKD,DoanhThuNam,TrangThai",
                "1,29263,2024,TV-001,Mật ong hoa dừa,4*,HTX Long Đức,1234.50,HIEU_LUC",
                "2,29242,2024,TV-002,Bánh tét lá cẩm,3*,Hộ kinh doanh Thạch Sa Rết,,HIEU_LUC");
        // TV-002's certificate expired on 01/06/2026; filed late on 10/06/2026, it is extended (Điều 12.3) to 28/11/2026
        assertThat(vn.ocop.registry.PtntOcop.of(r, LocalDate.of(2026, 9, 30)).csv().split("\n")).containsExactly(
                "MA_OCOP,Ma_DonViHanhChinh,Ma_ThoiGian,Ma_SanPham,TenSanPham,XepHang,ChuTheSXKD,DoanhThuNam,TrangThai",
                "1,29263,2026,TV-001,Mật ong hoa dừa,4*,HTX Long Đức,,HIEU_LUC",
                "2,29242,2026,TV-002,Bánh tét lá cẩm,3*,Hộ kinh doanh Thạch Sa Rết,,GIA_HAN");
        // after the extension only TV-001 is an OCOP product
        assertThat(vn.ocop.registry.PtntOcop.of(r, LocalDate.of(2026, 11, 29)).rows())
                .extracting(vn.ocop.registry.PtntOcopRow::maSanPham).containsExactly("TV-001");
    }
}
