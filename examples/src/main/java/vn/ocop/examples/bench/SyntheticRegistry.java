package vn.ocop.examples.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.ocop.OcopException;
import vn.ocop.area.Area;
import vn.ocop.area.AreaLevel;
import vn.ocop.area.Areas;
import vn.ocop.area.Succession;
import vn.ocop.indicator.Indicator;
import vn.ocop.indicator.Indicators;
import vn.ocop.plan.Plan;
import vn.ocop.plan.ReportedValue;
import vn.ocop.plan.Target;
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
import vn.ocop.rubric.DateRange;
import vn.ocop.rubric.Star;

/**
 * A deterministic synthetic national-size programme for benchmarks and load tests: administrative units, a registry
 * with several years of certificate history, a three-year national plan with targets allocated to every province,
 * and reported values. Not real data: codes start with "S" and names say "mẫu" (sample).
 *
 * <pre>{@code
 * SyntheticRegistry s = SyntheticRegistry.national(42);   // 20,000 products, 700 communes, 34 provinces, 40 targets
 * ProgressReport r = Tracker.of(s.registry(), s.areas()).withReported(s.reported()).progress(s.plan(), s.asOf());
 * }</pre>
 *
 * <p>What it contains (same seed, same data):
 * <ul>
 *   <li>a country {@code S}, {@code provinces} provinces, {@code communes} communes (valid from 2020-01-01); on
 *       2025-07-01 one commune in ten merges with its neighbour into a new commune (successions recorded), as in the
 *       2025 reform;</li>
 *   <li>{@code products} products with about 0.55 producers per product; first recognitions spread over
 *       2021-07-01 to 2026-11-30 (3★ 65 %, 4★ 33 %, 5★ 2 %), upgrades (12 %), re-evaluations at the end of the 36
 *       months (75 %; the rest lapse) and revocations (1.5 %), built through {@link ProductHistory} so every
 *       certificate obeys the lifecycle rules; products first recognised after the merger carry the new commune's
 *       code, older ones keep the old code;</li>
 *   <li>a plan for 2024–2026 with 40 targets over 20 indicators (new recognitions of several kinds, valid products
 *       per star, producers, shares of producer types and product groups, commune coverage, one reported count),
 *       each count target allocated to every province.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SyntheticRegistry {
    /** Products of the national-size registry. */
    public static final int PRODUCTS = 20_000;
    /** Communes of the national-size registry (before the merger). */
    public static final int COMMUNES = 700;
    /** Provinces. */
    public static final int PROVINCES = 34;
    /** Targets of the plan. */
    public static final int TARGETS = 40;
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    private final Areas areas;
    private final Registry registry;
    private final Plan plan;
    private final List<ReportedValue> reported;

    private SyntheticRegistry(Areas areas, Registry registry, Plan plan, List<ReportedValue> reported) {
        this.areas = areas;
        this.registry = registry;
        this.plan = plan;
        this.reported = List.copyOf(reported);
    }

    /**
     * @param seed the random seed
     * @return the national-size programme: 20,000 products, 700 communes, 34 provinces, 40 targets
     */
    public static SyntheticRegistry national(long seed) {
        return generate(seed, PRODUCTS, COMMUNES, PROVINCES);
    }

    /**
     * @param seed the random seed
     * @param products number of products, 1 or more
     * @param communes number of communes before the merger, at least {@code provinces}
     * @param provinces number of provinces, 1 to 99
     * @return the programme
     * @throws OcopException for sizes out of range
     */
    public static SyntheticRegistry generate(long seed, int products, int communes, int provinces) {
        if (products < 1 || provinces < 1 || provinces > 99 || communes < provinces || communes > 99 * 999) {
            throw new OcopException("synthetic registry: need products ≥ 1, 1 to 99 provinces and at least one commune "
                    + "per province (at most 999 each), got " + products + ", " + provinces + ", " + communes);
        }
        return new Generator(seed, communes, provinces).generate(products);
    }

    /** One generation: the random source and the units drawn so far. */
    private static final class Generator {
        private static final ProducerType[] TYPES = {ProducerType.HOP_TAC_XA, ProducerType.HOP_TAC_XA,
            ProducerType.DOANH_NGHIEP_NHO_VA_VUA, ProducerType.DOANH_NGHIEP_NHO_VA_VUA, ProducerType.HO_SAN_XUAT,
            ProducerType.HO_SAN_XUAT, ProducerType.HO_SAN_XUAT, ProducerType.TO_HOP_TAC, ProducerType.TRANG_TRAI};
        private static final String[] GROUPS = {"I", "I", "I", "I", "I", "II", "II", "III", "IV", "IV", "V", "VI"};
        private static final int[] SET_OF = {1, 1, 1, 1, 1, 14, 14, 18, 21, 21, 23, 26};
        private static final LocalDate FIRST = LocalDate.of(2021, 7, 1);
        private final SplittableRandom rnd;
        private final String[] province;
        private final String[] commune;
        private final String[] communeAfter;
        private final int[] communeProvince;
        private final List<Producer> producers = new ArrayList<>();
        private final List<List<Integer>> producersIn = new ArrayList<>();
        private int certNo;

        Generator(long seed, int communes, int provinces) {
            this.rnd = new SplittableRandom(seed);
            this.province = new String[provinces];
            this.commune = new String[communes];
            this.communeAfter = new String[communes];
            this.communeProvince = new int[communes];
        }

        SyntheticRegistry generate(int products) {
            Areas areas = areas();
            producers(Math.max(1, products * 11 / 20));
            List<Product> productList = new ArrayList<>(products);
            List<ProductHistory> histories = new ArrayList<>(products);
            for (int i = 0; i < products; i++) {
                histories.add(product(i, productList));
            }
            Registry registry = Registry.fromHistories(productList, producers, histories);
            Plan plan = plan();
            return new SyntheticRegistry(areas, registry, plan, reported());
        }

        /** The country, its provinces and communes; one commune in ten merges with a neighbour on 2025-07-01. */
        private Areas areas() {
            List<Area> units = new ArrayList<>();
            units.add(new Area("S", "Quốc gia mẫu", AreaLevel.COUNTRY, null, DateRange.of(START, null)));
            for (int p = 0; p < province.length; p++) {
                province[p] = String.format("S%02d", p + 1);
                units.add(new Area(province[p], "Tỉnh mẫu " + (p + 1), AreaLevel.PROVINCE, "S", DateRange.of(START, null)));
            }
            int[] serial = new int[province.length];
            for (int c = 0; c < commune.length; c++) {
                communeProvince[c] = c % province.length;
                commune[c] = province[communeProvince[c]] + "-" + String.format("%03d", ++serial[communeProvince[c]]);
            }
            List<Succession> successions = new ArrayList<>();
            for (int c = 0; c < commune.length; c++) {
                communeUnits(c, units, successions);
            }
            return Areas.of("synthetic data (SyntheticRegistry), not real units", units, successions);
        }

        private void communeUnits(int c, List<Area> units, List<Succession> successions) {
            String parent = province[communeProvince[c]];
            int partner = c + province.length;
            if (c % 10 == 0 && partner < commune.length && communeAfter[c] == null) {
                String merged = parent + "-M" + String.format("%03d", c / province.length + 1);
                for (int x : new int[] {c, partner}) {
                    units.add(new Area(commune[x], "Xã mẫu " + commune[x], AreaLevel.COMMUNE, parent,
                            DateRange.of(START, MERGER)));
                    successions.add(new Succession(commune[x], merged, MERGER, "sáp nhập (mẫu)"));
                    communeAfter[x] = merged;
                }
                units.add(new Area(merged, "Xã mẫu " + merged, AreaLevel.COMMUNE, parent, DateRange.of(MERGER, null)));
            } else if (communeAfter[c] == null) {
                units.add(new Area(commune[c], "Xã mẫu " + commune[c], AreaLevel.COMMUNE, parent,
                        DateRange.of(START, null)));
                communeAfter[c] = commune[c];
            }
        }

        /** Producers: one in each commune first, the rest in random communes. */
        private void producers(int n) {
            for (int c = 0; c < commune.length; c++) {
                producersIn.add(new ArrayList<>());
            }
            for (int k = 0; k < n; k++) {
                int c = k < commune.length ? k : rnd.nextInt(commune.length);
                producersIn.get(c).add(k);
                producers.add(new Producer(String.format("SP%06d", k + 1), "Chủ thể mẫu " + (k + 1),
                        TYPES[rnd.nextInt(TYPES.length)], new LegalRepresentative("Người đại diện " + (k + 1),
                                rnd.nextInt(10) < 4, rnd.nextInt(10) < 1 ? "Khmer" : "Kinh", false),
                        province[communeProvince[c]], commune[c]));
            }
        }

        /** Product {@code i} in a random commune, by a producer of that commune, and its certificate history. */
        private ProductHistory product(int i, List<Product> products) {
            int c = rnd.nextInt(commune.length);
            List<Integer> local = producersIn.get(c);
            int producer = local.isEmpty() ? rnd.nextInt(producers.size()) : local.get(rnd.nextInt(local.size()));
            long span = LocalDate.of(2026, 11, 30).toEpochDay() - FIRST.toEpochDay();
            LocalDate first = LocalDate.ofEpochDay(FIRST.toEpochDay() + rnd.nextLong(span + 1));
            int g = rnd.nextInt(GROUPS.length);
            String pid = String.format("SX%06d", i + 1);
            if (producers.get(producer).type().tourismOnly() && !"VI".equals(GROUPS[g])) {
                g = GROUPS.length - 1;
            }
            products.add(new Product(pid, "Sản phẩm mẫu " + (i + 1), SET_OF[g], GROUPS[g], producers.get(producer).id(),
                    province[communeProvince[c]], first.isBefore(MERGER) ? commune[c] : communeAfter[c], null));
            int roll = rnd.nextInt(100);
            Star stars = roll < 65 ? Star.THREE : roll < 98 ? Star.FOUR : Star.FIVE;
            return history(pid, stars, first);
        }

        /** A first recognition, perhaps an upgrade, re-evaluations filed and decided in time, perhaps a revocation. */
        private ProductHistory history(String pid, Star stars, LocalDate first) {
            ProductHistory h = ProductHistory.of(pid).recognise(cert("SC" + (++certNo), pid, stars,
                    RegistrationKind.FIRST, first));
            Certificate current = last(h);
            if (stars != Star.FIVE && rnd.nextInt(100) < 12) {
                LocalDate up = current.issued().plusDays(200 + rnd.nextInt(500));
                if (!up.isAfter(LAST) && up.isBefore(current.expiryDate())) {
                    h = h.recognise(cert("SC" + (++certNo), pid, stars.next(), RegistrationKind.UPGRADE, up));
                    current = last(h);
                }
            }
            while (current.expiryDate().minusDays(60).isBefore(LAST) && rnd.nextInt(100) < 75) {
                LocalDate decided = current.expiryDate().minusDays(30 + rnd.nextInt(60));
                int move = rnd.nextInt(10);
                Star s = current.stars();
                Star again = move == 0 && s != Star.THREE ? Star.of(s.level() - 1)
                        : move == 9 && s == Star.THREE ? Star.FOUR : s;
                // filed in the window, 150 days before expiry (Điều 7.6.a), decided before expiry
                h = h.reEvaluationFiled(current.expiryDate().minusDays(150))
                        .recognise(cert("SC" + (++certNo), pid, again, RegistrationKind.REEVALUATION, decided));
                current = last(h);
            }
            if (rnd.nextInt(1000) < 15) {
                LocalDate on = current.issued().plusDays(30 + rnd.nextInt(900));
                if (!on.isAfter(LAST) && current.inEffectOn(on)) {
                    h = h.revoke(on, RevocationGround.STOPPED_PRODUCING, ProcessRules.revokingAuthority(current, on),
                            on.minusDays(5));
                }
            }
            return h;
        }

        private static Certificate last(ProductHistory h) {
            return h.certificates().get(h.certificates().size() - 1);
        }

        private List<ReportedValue> reported() {
            List<ReportedValue> out = new ArrayList<>();
            for (String p : province) {
                out.add(ReportedValue.of("brands", p, LocalDate.of(2025, 6, 30), rnd.nextInt(4), "synthetic report"));
                out.add(ReportedValue.of("brands", p, LocalDate.of(2026, 6, 30), 2 + rnd.nextInt(6), "synthetic report"));
            }
            return out;
        }

        private Plan plan() {
            List<Target> targets = new ArrayList<>();
            int id = 0;
            for (int variant = 0; variant < 2; variant++) {
                for (Indicator ind : INDICATORS) {
                    targets.add(target(++id, ind, variant));
                }
            }
            return new Plan("SYNTH-2024-2026", "Kế hoạch mẫu giai đoạn 2024–2026 (synthetic)", "S", Plan.years(2024, 2026),
                    "synthetic plan, no legal reference", LocalDate.of(2023, 12, 31), null, targets, null);
        }

        /** A share target for the whole country, or a count target allocated to every province. */
        private Target target(int id, Indicator ind, int variant) {
            Target.Goal goal = variant == 1 && ind.nature() == Indicator.Nature.STOCK ? Target.Goal.INCREASE
                    : Target.Goal.LEVEL;
            String label = "mục tiêu mẫu " + id + ": " + ind.text();
            if (ind.share()) {
                long v = 20 + rnd.nextInt(40);
                return new Target(String.format("T%02d", id), label, ind,
                        BigDecimal.valueOf(goal == Target.Goal.INCREASE ? 5 : v), goal, null, null, null, null);
            }
            List<Target.Allocation> allocs = new ArrayList<>();
            long sum = 0;
            for (String p : province) {
                long v = 1 + rnd.nextInt(variant == 0 ? 60 : 20);
                sum += v;
                allocs.add(Target.Allocation.of(p, v));
            }
            return new Target(String.format("T%02d", id), label, ind, BigDecimal.valueOf(sum), goal, null, allocs, null,
                    null);
        }
    }

    private static Certificate cert(String id, String pid, Star s, RegistrationKind kind, LocalDate issued) {
        Procedure p = Procedure.inForceOn(issued);
        return Certificate.issue(id, pid, s, ProcessRules.recognisingAuthority(s, p.rubricEdition(), issued)
                .orElseGet(() -> ProcessRules.recognisingAuthority(s, p)), p.rubricEdition(), kind, issued);
    }

    /** The plan's twenty indicators; each gets a level target and a second one (an increase for stocks). */
    private static final List<Indicator> INDICATORS = List.of(
                Indicators.newRecognitions(Star.THREE),
                Indicators.newRecognitions(Star.FOUR),
                Indicators.newRecognitions(Star.FIVE),
                Indicators.newRecognitions(Star.THREE, RegistrationKind.FIRST, RegistrationKind.UPGRADE),
                Indicators.newRecognitions(Star.FOUR, RegistrationKind.FIRST, RegistrationKind.UPGRADE),
                Indicators.newRecognitions(Star.THREE, RegistrationKind.values()),
                Indicators.newRecognitions(Star.FOUR, RegistrationKind.REEVALUATION),
                Indicators.validProducts(),
                Indicators.validProducts(Star.FOUR, Star.FIVE),
                Indicators.validProducts(Star.FIVE, Star.FIVE),
                Indicators.validProducts(Star.THREE, Star.THREE),
                Indicators.ocopProducers(),
                Indicators.producerShare(ProducerType.HOP_TAC_XA),
                Indicators.producerShare(ProducerType.DOANH_NGHIEP_NHO_VA_VUA),
                Indicators.productGroupShare("I"),
                Indicators.productGroupShare("II", "III"),
                Indicators.productGroupShare("VI"),
                Indicators.communeCoverage(),
                Indicators.producerShare(ProducerType.HO_SAN_XUAT, ProducerType.TO_HOP_TAC),
                Indicators.reported("brands", "nhãn hiệu sản phẩm OCOP được xây dựng (mẫu)", Indicator.Nature.FLOW));

    /** @return the administrative units */
    public Areas areas() {
        return areas;
    }

    /** @return the registry */
    public Registry registry() {
        return registry;
    }

    /** @return the three-year national plan */
    public Plan plan() {
        return plan;
    }

    /** @return reported values of the plan's reported indicator */
    public List<ReportedValue> reported() {
        return reported;
    }

    /** @return a date in the plan's last year to report progress on: 2026-09-30 */
    public LocalDate asOf() {
        return LocalDate.of(2026, 9, 30);
    }
}
