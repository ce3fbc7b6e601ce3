package vn.ocop.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.area.Area;
import vn.ocop.area.AreaLevel;
import vn.ocop.area.Areas;
import vn.ocop.area.Succession;
import vn.ocop.indicator.Indicator;
import vn.ocop.indicator.Indicators;
import vn.ocop.plan.Plan;
import vn.ocop.plan.ProgressReport;
import vn.ocop.plan.Target;
import vn.ocop.plan.Tracker;
import vn.ocop.product.Certificate;
import vn.ocop.product.LegalRepresentative;
import vn.ocop.product.ProcessRules;
import vn.ocop.product.Procedure;
import vn.ocop.product.Producer;
import vn.ocop.product.ProducerType;
import vn.ocop.product.Product;
import vn.ocop.product.RegistrationKind;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.DateRange;
import vn.ocop.rubric.Star;

/**
 * Shared test data of the area, registry, indicator, plan and statistics tests. The Trà Vinh 2024 plan as published
 * (news item "Năm 2024: phấn đấu có thêm 40 sản phẩm được công nhận sản phẩm OCOP đạt hạng 3 sao trở lên", Trúc
 * Phương; ../shared/reference/programme-reports/tra-vinh-plan-2024.txt): 40 new 3★+ products, TP Trà Vinh, Tiểu
 * Cần, Châu Thành, Càng Long and TX Duyên Hải 4 each, Cầu Kè, Trà Cú, Cầu Ngang and huyện Duyên Hải 5 each; "xây
 * dựng ít nhất 5 nhãn hiệu sản phẩm OCOP". District codes as in the GSO list; validity "from" 2020-01-01 is the start
 * of the test data, not a founding date.
 */
public final class TraVinh {
    /** The first day of the test data. */
    public static final LocalDate D2020 = LocalDate.of(2020, 1, 1);
    /** The 2025 reform: districts abolished, provinces merged. */
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** The nine district-level units: code, name, new products planned for 2024. */
    public static final String[][] DISTRICTS = {
        {"842", "Thành phố Trà Vinh", "4"}, {"846", "Huyện Tiểu Cần", "4"}, {"847", "Huyện Châu Thành", "4"},
        {"844", "Huyện Càng Long", "4"}, {"851", "Thị xã Duyên Hải", "4"}, {"845", "Huyện Cầu Kè", "5"},
        {"849", "Huyện Trà Cú", "5"}, {"848", "Huyện Cầu Ngang", "5"}, {"850", "Huyện Duyên Hải", "5"}};

    private TraVinh() {
    }

    /**
     * @param code code
     * @param name name
     * @param level level
     * @param parent parent code or null
     * @param from first day
     * @param until first day after, or null
     * @return the unit version
     */
    public static Area area(String code, String name, AreaLevel level, String parent, LocalDate from, LocalDate until) {
        return new Area(code, name, level, parent, DateRange.of(from, until));
    }

    /**
     * Trà Vinh (84) with its nine district-level units until 2025-07-01; Bến Tre (83), Trà Vinh (84) and Vĩnh Long
     * (86) merged into Vĩnh Long (86) on 2025-07-01 (Nghị quyết 202/2025/QH15); two test communes under Cầu Kè and
     * one under Trà Cú before the reform, merged after it into new communes of Vĩnh Long (test codes 9xxxx).
     *
     * @return the register
     */
    public static Areas areas() {
        List<Area> units = new ArrayList<>();
        units.add(area("84", "Tỉnh Trà Vinh", AreaLevel.PROVINCE, null, D2020, REFORM));
        units.add(area("83", "Tỉnh Bến Tre", AreaLevel.PROVINCE, null, D2020, REFORM));
        units.add(area("86", "Tỉnh Vĩnh Long", AreaLevel.PROVINCE, null, D2020, REFORM));
        units.add(area("86", "Tỉnh Vĩnh Long", AreaLevel.PROVINCE, null, REFORM, null));
        for (String[] d : DISTRICTS) {
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

    /** @return the Trà Vinh 2024 plan's new-products target with its nine allocations */
    public static Target newProducts() {
        List<Target.Allocation> allocs = new ArrayList<>();
        for (String[] d : DISTRICTS) {
            allocs.add(Target.Allocation.of(d[0], Long.parseLong(d[2])));
        }
        return new Target("T1", "Năm 2024 có thêm 40 sản phẩm được công nhận sản phẩm OCOP đạt hạng 3 sao trở lên",
                Indicators.newRecognitions(Star.THREE), BigDecimal.valueOf(40), Target.Goal.LEVEL, null, allocs, null,
                "tra-vinh-plan-2024.txt");
    }

    /** @return the brands target, from reported values */
    public static Target brands() {
        return new Target("T2", "xây dựng ít nhất 5 nhãn hiệu sản phẩm OCOP",
                Indicators.reported("brands", "nhãn hiệu sản phẩm OCOP được xây dựng", Indicator.Nature.FLOW),
                BigDecimal.valueOf(5), Target.Goal.LEVEL, null, null, null, null);
    }

    /** @return the plan with both targets */
    public static Plan plan() {
        return new Plan("TV-2024", "Kế hoạch triển khai Chương trình OCOP tỉnh Trà Vinh năm 2024", "84", Plan.year(2024),
                "Kế hoạch năm 2024 của UBND tỉnh Trà Vinh (số hiệu không nêu trong bản tin)", LocalDate.of(2023, 12, 31),
                null, List.of(newProducts(), brands()), null);
    }

    /**
     * @param targets targets
     * @return the Trà Vinh plan with these targets instead
     */
    public static Plan planWith(Target... targets) {
        Plan p = plan();
        return new Plan(p.id(), p.title(), p.area(), p.period(), p.legalReference(), p.baselineDate(), null,
                List.of(targets), null);
    }

    /** New products per district in the first rounds of 2024 (the sample of the tests). */
    public static final int[] FIRST_ROUNDS = {3, 2, 3, 1, 2, 4, 3, 2, 3};
    /** New products per district in the second rounds of 2024. */
    public static final int[] SECOND_ROUNDS = {2, 2, 1, 2, 1, 2, 2, 2, 3};
    /** The date after the first rounds. */
    public static final LocalDate AUG_31 = LocalDate.of(2024, 8, 31);

    /**
     * New products per district (codes of {@link #DISTRICTS}, in that order): {@code first[i]} in the first rounds
     * (3★ by the district on 2024-05-20, every third 4★ by the province on 2024-06-25), {@code second[i]} in the
     * second rounds (2024-09-20, 2024-10-25). Plus an old product per district, re-evaluated in 2024 (not new).
     *
     * @param first new products per district in the first rounds
     * @param second new products per district in the second rounds
     * @return the registry so far
     */
    public static RegistryBuilder registry(int[] first, int[] second) {
        RegistryBuilder b = new RegistryBuilder();
        for (int d = 0; d < DISTRICTS.length; d++) {
            String code = DISTRICTS[d][0];
            for (int k = 0; k < first[d] + second[d]; k++) {
                String id = code + "-" + k;
                b.product(id, "84", code);
                boolean r1 = k < first[d];
                boolean four = k % 3 == 2;
                LocalDate on = r1 ? (four ? LocalDate.of(2024, 6, 25) : LocalDate.of(2024, 5, 20))
                        : (four ? LocalDate.of(2024, 10, 25) : LocalDate.of(2024, 9, 20));
                b.cert(id, four ? Star.FOUR : Star.THREE, RegistrationKind.FIRST, on);
            }
            String old = code + "-old";
            b.product(old, "84", code);
            Certificate c = b.cert(old, Star.THREE, RegistrationKind.FIRST, LocalDate.of(2021, 7, 1));
            Certificate c2 = b.cert(old, Star.THREE, RegistrationKind.REEVALUATION, LocalDate.of(2024, 6, 1));
            b.replace(c, c.withReplacement(c2.issued(), c2.id()));
        }
        return b;
    }

    /**
     * @param asOf a date
     * @return the progress of the Trà Vinh plan against the registry of {@link #FIRST_ROUNDS} and
     *         {@link #SECOND_ROUNDS}, without reported values
     */
    public static ProgressReport report(LocalDate asOf) {
        return Tracker.of(registry(FIRST_ROUNDS, SECOND_ROUNDS).build(), areas()).progress(plan(), asOf);
    }

    /** A tiny registry builder. */
    public static final class RegistryBuilder {
        /** The products so far. */
        public final List<Product> products = new ArrayList<>();
        /** The producers so far. */
        public final List<Producer> producers = new ArrayList<>();
        /** The certificates so far. */
        public final List<Certificate> certificates = new ArrayList<>();
        private int n;

        /**
         * @param id id
         * @param type type
         * @param province province code
         * @param unit commune or district code
         * @return the producer, added
         */
        public Producer producer(String id, ProducerType type, String province, String unit) {
            Producer p = new Producer(id, "Chủ thể " + id, type, new LegalRepresentative("Người " + id, false, "Kinh",
                    false), province, unit);
            producers.add(p);
            return p;
        }

        /**
         * @param id id
         * @param group product group
         * @param producerId its producer
         * @param province province code
         * @param unit commune or district code
         * @return the product, added
         */
        public Product product(String id, String group, String producerId, String province, String unit) {
            Product p = new Product(id, "Sản phẩm " + id, "VI".equals(group) ? 26 : 1, group, producerId, province, unit,
                    null);
            products.add(p);
            return p;
        }

        /**
         * A product of group I with its own household producer.
         *
         * @param id id
         * @param province province code
         * @param unit commune or district code
         * @return the product, added
         */
        public Product product(String id, String province, String unit) {
            producer("PR-" + id, ProducerType.HO_SAN_XUAT, province, unit);
            return product(id, "I", "PR-" + id, province, unit);
        }

        /**
         * @param productId product
         * @param s stars
         * @param kind kind of recognition
         * @param issued issue date
         * @return the certificate, added
         */
        public Certificate cert(String productId, Star s, RegistrationKind kind, LocalDate issued) {
            Certificate c = Certificate.issue("C" + (++n) + "-" + productId, productId, s,
                    ProcessRules.recognisingAuthority(s, Procedure.inForceOn(issued)),
                    Procedure.inForceOn(issued).rubricEdition(), kind, issued);
            certificates.add(c);
            return c;
        }

        /**
         * Replaces a recorded certificate (to record its revocation, replacement or extension).
         *
         * @param old the recorded one
         * @param now its new state
         */
        public void replace(Certificate old, Certificate now) {
            certificates.set(certificates.indexOf(old), now);
        }

        /** @return the registry */
        public Registry build() {
            return Registry.of(products, producers, certificates);
        }
    }
}
