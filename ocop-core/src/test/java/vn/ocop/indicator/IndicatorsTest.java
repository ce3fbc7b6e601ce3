package vn.ocop.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.area.Areas;
import vn.ocop.product.Certificate;
import vn.ocop.product.ProducerType;
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.RevocationGround;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.Star;
import vn.ocop.testing.TraVinh;

/**
 * Each built-in indicator on a small registry; reports distinguish new, upgraded and re-evaluated products (Đồng
 * Tháp 2024: 4★ certificates = 18 new + 14 upgraded + 3 re-evaluated), so each kind is counted only when asked for.
 */
class IndicatorsTest {
    static final Areas AREAS = TraVinh.areas();
    static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);
    static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    static long count(Registry r, Indicator ind, LocalDate from, LocalDate asOf) {
        Tally t = Tally.of(AREAS);
        ind.tally(Scope.of(r, AREAS, from, asOf), t);
        return t.numerator();
    }

    static long[] fraction(Registry r, Indicator ind, LocalDate asOf) {
        Tally t = Tally.of(AREAS);
        ind.tally(Scope.of(r, AREAS, Y2024, asOf), t);
        return new long[] {t.numerator(), t.denominator()};
    }

    /**
     * P1 first 3★ 2024-05-20 then upgraded 4★ 2024-10-15; P2 old 3★ (2021-06-15) re-evaluated 4★ 2024-05-10;
     * P3 first 4★ 2024-06-20, revoked 2024-11-05; P4 first 3★ 2023-12-31 (before the period); P5 first 5★
     * 2025-01-01 (after).
     */
    static Registry mixed() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        for (String p : List.of("P1", "P2", "P3", "P4", "P5")) {
            b.product(p, "84", "845");
        }
        Certificate p1 = b.cert("P1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 20));
        Certificate p1b = b.cert("P1", Star.FOUR, RegistrationKind.UPGRADE, LocalDate.of(2024, 10, 15));
        b.replace(p1, p1.withReplacement(p1b.issued(), p1b.id()));
        Certificate p2 = b.cert("P2", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2021, 6, 15));
        Certificate p2b = b.cert("P2", Star.FOUR, RegistrationKind.REEVALUATION, LocalDate.of(2024, 5, 10));
        b.replace(p2, p2.withReplacement(p2b.issued(), p2b.id()));
        Certificate p3 = b.cert("P3", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2024, 6, 20));
        b.replace(p3, p3.withRevocation(LocalDate.of(2024, 11, 5), RevocationGround.LEGAL_VIOLATION));
        b.cert("P4", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2023, 12, 31));
        b.cert("P5", Star.FIVE, RegistrationKind.FIRST, LocalDate.of(2025, 1, 1));
        return b.build();
    }

    @Test
    void newRecognitionsCountOnlyTheKindsAskedForOncePerProduct() {
        Registry r = mixed();
        // new products: P1 and P3 (P3's later revocation does not undo its recognition in the period)
        assertThat(count(r, Indicators.newRecognitions(Star.THREE), Y2024, END_2024)).isEqualTo(2);
        // first recognitions at 4★ or more: only P3 (P1 was first recognised at 3★)
        assertThat(count(r, Indicators.newRecognitions(Star.FOUR), Y2024, END_2024)).isEqualTo(1);
        // reaching 4★ by a first recognition or an upgrade: P1 (upgrade) and P3
        assertThat(count(r, Indicators.newRecognitions(Star.FOUR, RegistrationKind.FIRST, RegistrationKind.UPGRADE),
                Y2024, END_2024)).isEqualTo(2);
        // all kinds at 3★+: P1 once although recognised twice, P2 re-evaluated, P3
        assertThat(count(r, Indicators.newRecognitions(Star.THREE, RegistrationKind.values()), Y2024, END_2024))
                .isEqualTo(3);
        assertThat(count(r, Indicators.newRecognitions(Star.THREE, RegistrationKind.REEVALUATION), Y2024, END_2024))
                .isEqualTo(1);
        // the window is inclusive at both ends: P4 on 2023-12-31 and P1 on 2024-05-20
        assertThat(count(r, Indicators.newRecognitions(Star.THREE), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 5, 20)))
                .isEqualTo(2);
        assertThat(count(r, Indicators.newRecognitions(Star.THREE), Y2024, LocalDate.of(2024, 5, 19))).isZero();
    }

    @Test
    void validProductsOnADate() {
        Registry r = mixed();
        LocalDate d = LocalDate.of(2024, 12, 31);
        // P1 4★, P2 4★, P4 3★ (P3 revoked, P5 not yet)
        assertThat(count(r, Indicators.validProducts(), Y2024, d)).isEqualTo(3);
        assertThat(count(r, Indicators.validProducts(Star.FOUR, Star.FIVE), Y2024, d)).isEqualTo(2);
        assertThat(count(r, Indicators.validProducts(Star.THREE, Star.THREE), Y2024, d)).isEqualTo(1);
        assertThat(count(r, Indicators.validProducts(Star.FIVE, Star.FIVE), Y2024, LocalDate.of(2025, 1, 1))).isEqualTo(1);
        // on 2024-11-04 P3 still held its 4★ (revoked the next day), beside P1 (upgraded) and P2
        assertThat(count(r, Indicators.validProducts(Star.FOUR, Star.FIVE), Y2024, LocalDate.of(2024, 11, 4))).isEqualTo(3);
        // before P1's upgrade on 2024-10-15 it held 3★
        assertThat(count(r, Indicators.validProducts(Star.FOUR, Star.FIVE), Y2024, LocalDate.of(2024, 10, 14))).isEqualTo(2);
    }

    @Test
    void producersAndProducerShares() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.producer("HTX1", ProducerType.HOP_TAC_XA, "84", "845");
        b.producer("DN1", ProducerType.DOANH_NGHIEP_NHO_VA_VUA, "84", "846");
        b.producer("HO1", ProducerType.HO_SAN_XUAT, "84", "846");
        b.product("A", "I", "HTX1", "84", "845");
        b.product("B", "I", "HTX1", "84", "845");
        b.product("C", "III", "DN1", "84", "846");
        b.product("D", "IV", "HO1", "84", "846");
        LocalDate d = LocalDate.of(2024, 8, 1);
        b.cert("A", Star.THREE, RegistrationKind.FIRST, d);
        b.cert("B", Star.FOUR, RegistrationKind.FIRST, d);
        b.cert("C", Star.THREE, RegistrationKind.FIRST, d);
        Registry r = b.build(); // D has no certificate: HO1 is not an OCOP producer
        assertThat(count(r, Indicators.ocopProducers(), Y2024, END_2024)).isEqualTo(2);
        assertThat(fraction(r, Indicators.producerShare(ProducerType.HOP_TAC_XA), END_2024)).containsExactly(1, 2);
        assertThat(fraction(r, Indicators.producerShare(ProducerType.HO_SAN_XUAT), END_2024)).containsExactly(0, 2);
        assertThat(fraction(r, Indicators.productGroupShare("I"), END_2024)).containsExactly(2, 3);
        assertThat(fraction(r, Indicators.productGroupShare("III", "I"), END_2024)).containsExactly(3, 3);
        assertThat(Indicators.productGroupShare("III", "I", "I").groups()).containsExactly("I", "III");
        assertThat(fraction(r, Indicators.productGroupShare("I"), LocalDate.of(2024, 7, 31))).containsExactly(0, 0);
    }

    @Test
    void communeCoverageFollowsMergedCommunes() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("A", "84", "90001");   // recorded under an old commune, merged into 91001
        b.product("B", "84", "845");     // recorded under a district only: covers no commune
        b.cert("A", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 8, 1));
        b.cert("B", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 8, 1));
        Registry r = b.build();
        // 2024-12-31: communes 90001, 90002, 90003 exist; 90001 is covered
        assertThat(fraction(r, Indicators.communeCoverage(), END_2024)).containsExactly(1, 3);
        // 2026-01-01: communes 91001, 91002; A's 90001 now corresponds to 91001
        assertThat(fraction(r, Indicators.communeCoverage(), LocalDate.of(2026, 1, 1))).containsExactly(1, 2);
    }

    @Test
    void coverageOfACallerSuppliedPopulation() {
        Registry r = mixed();
        Coverage villages = new Coverage("craft-villages", "làng nghề truyền thống có sản phẩm OCOP",
                List.of(new Coverage.Member("LN1", "Làng nghề 1", "845", List.of("P3")),
                        new Coverage.Member("LN2", "Làng nghề 2", "845", List.of("P4", "P9")),
                        new Coverage.Member("LN3", "Làng nghề 3", "849", List.of())));
        // 2024-12-31: P3 revoked, P4 valid → LN2 only
        assertThat(fraction(r, villages, END_2024)).containsExactly(1, 3);
        assertThat(fraction(r, villages, LocalDate.of(2024, 7, 1))).containsExactly(2, 3);
        assertThatThrownBy(() -> new Coverage("v", "v", List.of(
                new Coverage.Member("X", "x", "845", null), new Coverage.Member("X", "y", "845", null))))
                .hasMessageContaining("member id 'X' appears twice");
    }

    @Test
    void cumulativeProductsCountEveryProductEverRecognisedAtItsLatestStars() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        Registry r = mixed();
        // in effect on 2024-12-31: P1 (4★ after its upgrade), P2 (re-evaluated 4★), P4 (3★); P3 was revoked
        assertThat(count(r, Indicators.validProducts(), Y2024, END_2024)).isEqualTo(3);
        // "lũy kế": P3 too, at the stars of its latest certificate
        assertThat(count(r, Indicators.cumulativeProducts(Star.THREE, Star.FIVE), Y2024, END_2024)).isEqualTo(4);
        assertThat(count(r, Indicators.cumulativeProducts(Star.FOUR, Star.FOUR), Y2024, END_2024)).isEqualTo(3);
        assertThat(count(r, Indicators.cumulativeProducts(Star.THREE, Star.THREE), Y2024, END_2024)).isEqualTo(1);
        // on 2024-01-01 only P2 (3★ since 2021) and P4 had been recognised; P5 (2025) is never counted in 2024
        assertThat(count(r, Indicators.cumulativeProducts(Star.THREE, Star.FIVE), Y2024, Y2024)).isEqualTo(2);
        // a certificate that expired without re-evaluation: no longer in effect, still recognised once
        b.product("E", "84", "845");
        b.cert("E", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2020, 3, 1));
        Registry expired = b.build();
        assertThat(count(expired, Indicators.validProducts(), Y2024, END_2024)).isZero();
        assertThat(count(expired, Indicators.cumulativeProducts(Star.THREE, Star.FIVE), Y2024, END_2024)).isEqualTo(1);
        CumulativeProducts c = Indicators.cumulativeProducts(Star.THREE, Star.FIVE);
        assertThat(c.nature()).isEqualTo(Indicator.Nature.STOCK);
        assertThat(c.code()).isEqualTo("cumulative3-5★").isNotEqualTo(Indicators.validProducts().code());
        assertThat(c.text(Locale.ENGLISH)).startsWith("3–5★ products, cumulative: every product recognised by the date");
        assertThat(c.text()).startsWith("số sản phẩm 3–5★ lũy kế");
        assertThatThrownBy(() -> Indicators.cumulativeProducts(Star.TWO, Star.FIVE)).hasMessageContaining("3★ up to");
    }

    @Test
    void coverageMembersAreAttributedByTheRuleOfEveryRecord() {
        // a register of provinces only: a member (and a product) under a commune code it does not know counts for
        // its province when it gives one; a member that gives none stays unattributed
        Areas provinces = Areas.of(List.of(TraVinh.area("84", "Tỉnh Trà Vinh", vn.ocop.area.AreaLevel.PROVINCE, null,
                TraVinh.D2020, TraVinh.REFORM)), List.of());
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "29308");
        b.cert("P1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 20));
        Coverage villages = new Coverage("craft-villages", "làng nghề truyền thống có sản phẩm OCOP", List.of(
                new Coverage.Member("LN1", "Làng nghề 1", "29308", "84", List.of("P1")),
                new Coverage.Member("LN2", "Làng nghề 2", "29317", "84", List.of()),
                new Coverage.Member("LN3", "Làng nghề 3", "29335", List.of("P1"))));
        Tally t = Tally.of(provinces);
        villages.tally(Scope.of(b.build(), provinces, Y2024, END_2024), t);
        vn.ocop.area.Area traVinh = provinces.unit("84", END_2024).orElseThrow();
        assertThat(t.numerator(traVinh)).isEqualTo(1);
        assertThat(t.denominator(traVinh)).isEqualTo(2);
        assertThat(t.unknownCodes()).containsExactly("29335");
        assertThat(t.unknownDenominator()).isEqualTo(1);
        Tally products = Tally.of(provinces);
        Indicators.validProducts().tally(Scope.of(b.build(), provinces, Y2024, END_2024), products);
        assertThat(products.numerator(traVinh)).isEqualTo(1);
        assertThatThrownBy(() -> new Coverage.Member("X", "x", "845", "", null)).hasMessageContaining("province");
    }

    @Test
    void reportedIndicatorsTakeNothingFromTheRegistry() {
        Reported brands = Indicators.reported("brands", "nhãn hiệu", Indicator.Nature.FLOW);
        assertThat(brands.reported()).isTrue();
        assertThat(count(mixed(), brands, Y2024, END_2024)).isZero();
        assertThat(Indicators.validProducts().reported()).isFalse();
    }

    @Test
    void invalidIndicatorsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> Indicators.newRecognitions(Star.TWO)).isInstanceOf(OcopException.class)
                .hasMessageContaining("Điều 4.1");
        assertThatThrownBy(() -> new NewRecognitions(Star.THREE, List.of()))
                .hasMessageContaining("at least one kind");
        assertThatThrownBy(() -> Indicators.validProducts(Star.FIVE, Star.THREE)).hasMessageContaining("5★ to 3★");
        assertThatThrownBy(() -> Indicators.productGroupShare("VII")).hasMessageContaining("group must be I to VI");
        assertThatThrownBy(() -> Indicators.producerShare()).hasMessageContaining("at least one producer type");
        assertThatThrownBy(() -> Indicators.reported(" ", "x", Indicator.Nature.FLOW)).hasMessageContaining("must not be blank");
    }

    @Test
    void codesAndTextsSayWhatIsCounted() {
        assertThat(Indicators.newRecognitions(Star.THREE).code()).isEqualTo("new≥3★[FIRST]");
        assertThat(Indicators.newRecognitions(Star.FOUR, RegistrationKind.UPGRADE, RegistrationKind.FIRST)
                .text(Locale.ENGLISH)).isEqualTo("products recognised at 4★ or more in the period (new, upgraded)");
        assertThat(Indicators.newRecognitions(Star.FOUR, RegistrationKind.UPGRADE, RegistrationKind.FIRST).text())
                .isEqualTo("số sản phẩm được công nhận từ 4★ trở lên trong kỳ (mới, nâng hạng)");
        assertThat(Indicators.validProducts(Star.FIVE, Star.FIVE).code()).isEqualTo("valid5★");
        assertThat(Indicators.validProducts().code()).isEqualTo("valid3-5★");
        assertThat(Indicators.validProducts().text(Locale.ENGLISH))
                .isEqualTo("3–5★ products holding a certificate in effect on the date");
        assertThat(Indicators.producerShare(ProducerType.HOP_TAC_XA).text(Locale.ENGLISH))
                .isEqualTo("share of OCOP producers of type cooperative");
        assertThat(Indicators.producerShare(ProducerType.TO_HOP_TAC, ProducerType.HOP_TAC_XA).text())
                .isEqualTo("tỷ lệ chủ thể OCOP thuộc loại Hợp tác xã hoặc Tổ hợp tác");
        assertThat(Indicators.producerShare(ProducerType.HOP_TAC_XA).code()).isEqualTo("producers%HOP_TAC_XA");
        assertThat(Indicators.reported("brands", "nhãn hiệu", Indicator.Nature.FLOW).text(Locale.ENGLISH))
                .as("the plan's own words, in every language").isEqualTo("nhãn hiệu");
        assertThat(Indicators.newRecognitions(Star.THREE).nature()).isEqualTo(Indicator.Nature.FLOW);
        assertThat(Indicators.ocopProducers().nature()).isEqualTo(Indicator.Nature.STOCK);
        assertThat(Indicators.communeCoverage().share()).isTrue();
    }

    /** A user-defined indicator: products of one rubric set. */
    record SetProducts(int set) implements Indicator {
        @Override
        public String code() {
            return "set" + set;
        }

        @Override
        public String text(Locale locale) {
            return "OCOP products of rubric set " + set;
        }

        @Override
        public Nature nature() {
            return Nature.STOCK;
        }

        @Override
        public void tally(Scope scope, Tally tally) {
            scope.forEachHolding((p, c) -> {
                if (p.setNumber() == set) {
                    tally.addProduct(p, scope.asOf(), 1, 0);
                }
            });
        }
    }

    @Test
    void indicatorsRoundTripThroughJsonAndUsersCanAddTheirOwn() throws Exception {
        ObjectMapper json = OcopJson.mapper();
        json.registerSubtypes(new NamedType(SetProducts.class, "setProducts"));
        List<Indicator> all = List.of(Indicators.newRecognitions(Star.FOUR, RegistrationKind.UPGRADE, RegistrationKind.FIRST),
                Indicators.validProducts(Star.FIVE, Star.FIVE), Indicators.ocopProducers(),
                Indicators.producerShare(ProducerType.HOP_TAC_XA, ProducerType.TO_HOP_TAC), Indicators.productGroupShare("VI"),
                Indicators.communeCoverage(), Indicators.reported("brands", "nhãn hiệu", Indicator.Nature.FLOW),
                new Coverage("lang-nghe", "làng nghề", List.of(new Coverage.Member("LN1", "Làng 1",
                        "845", List.of("P1")))),
                new SetProducts(1));
        for (Indicator i : all) {
            String text = json.writeValueAsString(i);
            assertThat(json.readValue(text, Indicator.class)).as(text).isEqualTo(i);
        }
        assertThat(json.writeValueAsString(Indicators.newRecognitions(Star.THREE)))
                .isEqualTo("{\"type\":\"newRecognitions\",\"minStars\":3,\"kinds\":[\"FIRST\"]}");
        assertThat(json.writeValueAsString(Indicators.ocopProducers())).isEqualTo("{\"type\":\"ocopProducers\"}");
        assertThat(count(mixed(), new SetProducts(1), Y2024, END_2024)).isEqualTo(3);
        assertThatThrownBy(() -> json.readValue("{\"type\":\"bogus\"}", Indicator.class)).hasMessageContaining("bogus");
    }
}
