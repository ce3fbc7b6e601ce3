package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.product.Certificate;
import vn.ocop.product.LegalRepresentative;
import vn.ocop.product.ProcessRules;
import vn.ocop.product.Procedure;
import vn.ocop.product.Producer;
import vn.ocop.product.ProducerType;
import vn.ocop.product.Product;
import vn.ocop.product.RegistrationKind;
import vn.ocop.rubric.DateRange;
import vn.ocop.rubric.Star;

/**
 * Shared test data. The Trà Vinh 2024 plan as published (news item "Năm 2024: phấn đấu có thêm 40 sản phẩm được
 * công nhận sản phẩm OCOP đạt hạng 3 sao trở lên", Trúc Phương; ../shared/reference/programme-reports/
 * tra-vinh-plan-2024.txt): 40 new 3★+ products, TP Trà Vinh, Tiểu Cần, Châu Thành, Càng Long and TX Duyên Hải 4
 * each, Cầu Kè, Trà Cú, Cầu Ngang and huyện Duyên Hải 5 each; "xây dựng ít nhất 5 nhãn hiệu sản phẩm OCOP".
 * District codes as in the GSO list; validity "from" 2020-01-01 is the start of the test data, not a founding date.
 */
final class Fixtures {
    static final LocalDate D2020 = LocalDate.of(2020, 1, 1);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final String[][] TRA_VINH = {
        {"842", "Thành phố Trà Vinh", "4"}, {"846", "Huyện Tiểu Cần", "4"}, {"847", "Huyện Châu Thành", "4"},
        {"844", "Huyện Càng Long", "4"}, {"851", "Thị xã Duyên Hải", "4"}, {"845", "Huyện Cầu Kè", "5"},
        {"849", "Huyện Trà Cú", "5"}, {"848", "Huyện Cầu Ngang", "5"}, {"850", "Huyện Duyên Hải", "5"}};

    private Fixtures() {
    }

    static Area area(String code, String name, AreaLevel level, String parent, LocalDate from, LocalDate until) {
        return new Area(code, name, level, parent, DateRange.of(from, until));
    }

    /**
     * Trà Vinh (84) with its nine district-level units until 2025-07-01; Bến Tre (83), Trà Vinh (84) and Vĩnh Long
     * (86) merged into Vĩnh Long (86) on 2025-07-01 (Nghị quyết 202/2025/QH15); two test communes under Cầu Kè and
     * one under Trà Cú before the reform, merged after it into new communes of Vĩnh Long (test codes 9xxxx).
     */
    static Areas traVinhAreas() {
        List<Area> units = new ArrayList<>();
        units.add(area("84", "Tỉnh Trà Vinh", AreaLevel.PROVINCE, null, D2020, REFORM));
        units.add(area("83", "Tỉnh Bến Tre", AreaLevel.PROVINCE, null, D2020, REFORM));
        units.add(area("86", "Tỉnh Vĩnh Long", AreaLevel.PROVINCE, null, D2020, REFORM));
        units.add(area("86", "Tỉnh Vĩnh Long", AreaLevel.PROVINCE, null, REFORM, null));
        for (String[] d : TRA_VINH) {
            units.add(area(d[0], d[1], AreaLevel.DISTRICT, "84", D2020, REFORM));
        }
        units.add(area("90001", "Xã thử A (Cầu Kè)", AreaLevel.COMMUNE, "845", D2020, REFORM));
        units.add(area("90002", "Xã thử B (Cầu Kè)", AreaLevel.COMMUNE, "845", D2020, REFORM));
        units.add(area("90003", "Xã thử C (Trà Cú)", AreaLevel.COMMUNE, "849", D2020, REFORM));
        units.add(area("91001", "Xã thử AB (mới)", AreaLevel.COMMUNE, "86", REFORM, null));
        units.add(area("91002", "Xã thử BC (mới)", AreaLevel.COMMUNE, "86", REFORM, null));
        List<Succession> ss = List.of(
                new Succession("84", "86", REFORM, "Nghị quyết 202/2025/QH15"),
                new Succession("83", "86", REFORM, "Nghị quyết 202/2025/QH15"),
                new Succession("86", "86", REFORM, "Nghị quyết 202/2025/QH15"),
                Succession.of("90001", "91001", REFORM),
                Succession.of("90002", "91001", REFORM),
                Succession.of("90002", "91002", REFORM),
                Succession.of("90003", "91002", REFORM));
        return Areas.of(units, ss);
    }

    /** The Trà Vinh 2024 plan's new-products target with its nine allocations. */
    static Target traVinhNewProducts() {
        List<Target.Allocation> allocs = new ArrayList<>();
        for (String[] d : TRA_VINH) {
            allocs.add(Target.Allocation.of(d[0], Long.parseLong(d[2])));
        }
        return new Target("T1", "Năm 2024 có thêm 40 sản phẩm được công nhận sản phẩm OCOP đạt hạng 3 sao trở lên",
                Indicators.newRecognitions(Star.THREE), BigDecimal.valueOf(40), Target.Goal.LEVEL, null, allocs, null,
                "tra-vinh-plan-2024.txt");
    }

    static Target traVinhBrands() {
        return new Target("T2", "xây dựng ít nhất 5 nhãn hiệu sản phẩm OCOP",
                Indicators.reported("brands", "nhãn hiệu sản phẩm OCOP được xây dựng", Indicator.Nature.FLOW),
                BigDecimal.valueOf(5), Target.Goal.LEVEL, null, null, null, null);
    }

    static Plan traVinhPlan() {
        return new Plan("TV-2024", "Kế hoạch triển khai Chương trình OCOP tỉnh Trà Vinh năm 2024", "84", Plan.year(2024),
                "Kế hoạch năm 2024 của UBND tỉnh Trà Vinh (số hiệu không nêu trong bản tin)", LocalDate.of(2023, 12, 31),
                null, List.of(traVinhNewProducts(), traVinhBrands()), null);
    }

    /** A tiny registry builder. */
    static final class Builder {
        final List<Product> products = new ArrayList<>();
        final List<Producer> producers = new ArrayList<>();
        final List<Certificate> certificates = new ArrayList<>();
        int n;

        Producer producer(String id, ProducerType type, String province, String unit) {
            Producer p = new Producer(id, "Chủ thể " + id, type, new LegalRepresentative("Người " + id, false, "Kinh",
                    false), province, unit);
            producers.add(p);
            return p;
        }

        Product product(String id, String group, String producerId, String province, String unit) {
            Product p = new Product(id, "Sản phẩm " + id, "VI".equals(group) ? 26 : 1, group, producerId, province, unit,
                    null);
            products.add(p);
            return p;
        }

        /** A product with its own household producer. */
        Product product(String id, String province, String unit) {
            producer("PR-" + id, ProducerType.HO_SAN_XUAT, province, unit);
            return product(id, "I", "PR-" + id, province, unit);
        }

        Certificate cert(String productId, Star s, RegistrationKind kind, LocalDate issued) {
            Certificate c = Certificate.issue("C" + (++n) + "-" + productId, productId, s,
                    ProcessRules.recognisingAuthority(s, Procedure.inForceOn(issued)),
                    Procedure.inForceOn(issued).rubricEdition(), kind, issued);
            certificates.add(c);
            return c;
        }

        /** Replaces a recorded certificate (to record its revocation, replacement or extension). */
        void replace(Certificate old, Certificate now) {
            certificates.set(certificates.indexOf(old), now);
        }

        Registry build() {
            return Registry.of(products, producers, certificates);
        }
    }
}
