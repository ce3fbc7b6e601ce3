package vn.ocop.examples;

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
import vn.ocop.product.ProductHistory;
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.RevocationGround;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Star;

/**
 * A deterministic SAMPLE registry for Trà Vinh in 2024, invented for the {@link TraVinhPlanDemo}: not real products.
 * Each of the nine district-level units has three products recognised before 2024 (one re-evaluated in 2024, one
 * upgraded to 4★ in 2024, one whose certificate lapses in 2024) and new products recognised in the two rounds the
 * plan schedules (3★ by the district in May and September, 4★ by the province in June and October, as under Decision
 * 148 before 1489). Cầu Kè also holds a 5★ product; one new product of huyện Duyên Hải is revoked in November.
 */
public final class TraVinhSample {
    /** District codes in the plan's order, with their names. */
    static final String[][] DISTRICTS = {
        {"842", "TP Trà Vinh"}, {"846", "Tiểu Cần"}, {"847", "Châu Thành"}, {"844", "Càng Long"},
        {"851", "TX Duyên Hải"}, {"845", "Cầu Kè"}, {"849", "Trà Cú"}, {"848", "Cầu Ngang"}, {"850", "Duyên Hải"}};
    /** New products per district in the first rounds (May/June 2024). */
    static final int[] FIRST_ROUND = {3, 2, 3, 1, 2, 4, 3, 2, 3};
    /** New products per district in the second rounds (September/October 2024). */
    static final int[] SECOND_ROUND = {2, 2, 1, 2, 1, 2, 2, 2, 3};
    private static final String[] GROUPS = {"I", "I", "II", "III", "I", "IV", "I", "V", "II"};
    private static final ProducerType[] TYPES = {ProducerType.HOP_TAC_XA, ProducerType.DOANH_NGHIEP_NHO_VA_VUA,
        ProducerType.HO_SAN_XUAT, ProducerType.HO_SAN_XUAT, ProducerType.TO_HOP_TAC};

    private TraVinhSample() {
    }

    /** @return the sample registry (same every time) */
    public static Registry registry() {
        List<Product> products = new ArrayList<>();
        List<Producer> producers = new ArrayList<>();
        List<ProductHistory> histories = new ArrayList<>();
        int[] certNo = {0};
        for (int d = 0; d < DISTRICTS.length; d++) {
            String code = DISTRICTS[d][0];
            String name = DISTRICTS[d][1];
            List<String> ids = new ArrayList<>();
            int n = 3 + FIRST_ROUND[d] + SECOND_ROUND[d] + ("845".equals(code) ? 1 : 0);
            for (int j = 0; j < n; j++) {
                String pid = String.format("TV-%s-%02d", code, j + 1);
                String producerId = String.format("TV-%s-CT%02d", code, j / 2 + 1);
                if (j % 2 == 0) {
                    producers.add(new Producer(producerId, "Chủ thể mẫu " + name + " " + (j / 2 + 1), TYPES[(j / 2) % TYPES.length],
                            new LegalRepresentative("Người đại diện mẫu " + (j / 2 + 1), j % 4 == 0,
                                    j % 3 == 0 ? "Khmer" : "Kinh", false), "84", code));
                }
                String group = GROUPS[(j + d) % GROUPS.length];
                products.add(new Product(pid, "Sản phẩm mẫu " + name + " " + (j + 1), setOf(group), group, producerId, "84",
                        code, null));
                ids.add(pid);
            }
            int k = 0;
            // before 2024
            ProductHistory reEvaluated = ProductHistory.of(ids.get(k))
                    .recognise(cert(certNo, ids.get(k), Star.THREE, RegistrationKind.FIRST, LocalDate.of(2021, 6, 10)))
                    .recognise(cert(certNo, ids.get(k), Star.THREE, RegistrationKind.REEVALUATION, LocalDate.of(2024, 5, 25)));
            k++;
            ProductHistory upgraded = ProductHistory.of(ids.get(k))
                    .recognise(cert(certNo, ids.get(k), Star.THREE, RegistrationKind.FIRST, LocalDate.of(2022, 9, 15)))
                    .recognise(cert(certNo, ids.get(k), Star.FOUR, RegistrationKind.UPGRADE, LocalDate.of(2024, 6, 25)));
            k++;
            ProductHistory lapsed = ProductHistory.of(ids.get(k))
                    .recognise(cert(certNo, ids.get(k), Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2021, 3, 20)));
            k++;
            histories.add(reEvaluated);
            histories.add(upgraded);
            histories.add(lapsed);
            if ("845".equals(code)) {
                histories.add(ProductHistory.of(ids.get(k))
                        .recognise(cert(certNo, ids.get(k), Star.FIVE, RegistrationKind.FIRST, LocalDate.of(2023, 4, 10))));
                k++;
            }
            // 2024: the two rounds
            for (int j = 0; j < FIRST_ROUND[d] + SECOND_ROUND[d]; j++, k++) {
                boolean first = j < FIRST_ROUND[d];
                boolean four = j % 3 == 2;
                LocalDate on = first ? (four ? LocalDate.of(2024, 6, 25) : LocalDate.of(2024, 5, 20 + d))
                        : (four ? LocalDate.of(2024, 10, 25) : LocalDate.of(2024, 9, 16 + d));
                ProductHistory h = ProductHistory.of(ids.get(k))
                        .recognise(cert(certNo, ids.get(k), four ? Star.FOUR : Star.THREE, RegistrationKind.FIRST, on));
                if ("850".equals(code) && j == 0) {
                    h = h.revoke(LocalDate.of(2024, 11, 20), RevocationGround.STOPPED_PRODUCING,
                            ProcessRules.revokingAuthority(h.certificates().get(0), LocalDate.of(2024, 11, 20)),
                            LocalDate.of(2024, 11, 12));
                }
                histories.add(h);
            }
        }
        return Registry.fromHistories(products, producers, histories);
    }

    private static int setOf(String group) {
        switch (group) {
            case "II":
                return 14;
            case "III":
                return 18;
            case "IV":
                return 21;
            case "V":
                return 23;
            case "VI":
                return 26;
            default:
                return 1;
        }
    }

    private static Certificate cert(int[] no, String pid, Star s, RegistrationKind kind, LocalDate on) {
        Procedure p = Procedure.inForceOn(on);
        Authority a = ProcessRules.recognisingAuthority(s, p.rubricEdition(), on)
                .orElseGet(() -> ProcessRules.recognisingAuthority(s, p));
        return Certificate.issue(String.format("SAMPLE-QĐ-%03d", ++no[0]), pid, s, a, p.rubricEdition(), kind, on);
    }
}
