package vn.ocop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.product.Certificate;
import vn.ocop.product.Producer;
import vn.ocop.product.ProducerType;
import vn.ocop.product.ProductHistory;
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.RevocationGround;
import vn.ocop.rubric.Star;
import vn.ocop.testing.TraVinh;
import vn.ocop.testing.English;

/** The registry indexes products, producers and certificates once and answers "what does a product hold on D". */
class RegistryTest {
    @Test
    void holdingIsTheLatestCertificateInEffect() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "845");
        Certificate c1 = b.cert("P1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2021, 6, 15));
        Certificate c2 = b.cert("P1", Star.FOUR, RegistrationKind.UPGRADE, LocalDate.of(2023, 3, 1));
        b.replace(c1, c1.withReplacement(c2.issued(), c2.id()));
        Registry r = b.build();
        assertThat(r.holdingOn("P1", LocalDate.of(2021, 6, 14))).isEmpty();
        assertThat(r.holdingOn("P1", LocalDate.of(2023, 2, 28)).orElseThrow().stars()).isEqualTo(Star.THREE);
        assertThat(r.holdingOn("P1", LocalDate.of(2023, 3, 1)).orElseThrow().stars()).isEqualTo(Star.FOUR);
        // Điều 4.3: 36 months, inclusive of the corresponding day
        assertThat(r.holdingOn("P1", LocalDate.of(2026, 3, 1))).isPresent();
        assertThat(r.holdingOn("P1", LocalDate.of(2026, 3, 2))).isEmpty();
        assertThat(r.certificatesOf("P1")).extracting(Certificate::id).containsExactly(c1.id(), c2.id());
        assertThat(r.producerOf(r.product("P1").orElseThrow()).id()).isEqualTo("PR-P1");
        assertThat(r.holdingOn("nope", LocalDate.of(2023, 1, 1))).isEmpty();
        assertThat(r.certificatesOf("nope")).isEmpty();
    }

    @Test
    void buildsFromProductHistories() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "845");
        ProductHistory h = ProductHistory.of("P1")
                .recognise(Certificate.issue("QĐ-1", "P1", Star.THREE, vn.ocop.rubric.Authority.DISTRICT, "QD-148-2023",
                        RegistrationKind.FIRST, LocalDate.of(2024, 5, 20)))
                .revoke(LocalDate.of(2024, 11, 5), RevocationGround.STOPPED_PRODUCING, vn.ocop.rubric.Authority.DISTRICT,
                        LocalDate.of(2024, 11, 1));
        Registry r = Registry.fromHistories(b.products, b.producers, List.of(h));
        assertThat(r.holdingOn("P1", LocalDate.of(2024, 11, 4))).isPresent();
        assertThat(r.holdingOn("P1", LocalDate.of(2024, 11, 5))).isEmpty();
    }

    @Test
    void everyDuplicateAndDanglingReferenceIsReported() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "845");
        b.product("P1", "84", "846");
        b.product("P2", "I", "NOBODY", "84", "845");
        b.cert("P9", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 1));
        assertThatThrownBy(b::build).isInstanceOf(RegistryValidationException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("registry: 4 problem(s)"))
                .satisfies(e -> assertThat(((RegistryValidationException) e).problems()).containsExactly(
                        new Problem("registry", "$.producers[1].id", "duplicate producer id 'PR-P1'"),
                        new Problem("registry", "$.products[1].id", "duplicate product id 'P1'"),
                        new Problem("registry", "$.products[2].producerId", "product P2: unknown producer 'NOBODY'"),
                        new Problem("registry", "$.certificates[0].productId",
                                "certificate C1-P9: unknown product 'P9'")));
    }

    @Test
    void problemsOfAReadRegistryCarryTheFileLineAndColumn() throws Exception {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "845");
        b.cert("P1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 1));
        String text = OcopJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(b.build())
                .replace("\"productId\" : \"P1\"", "\"productId\" : \"P9\"");
        assertThatThrownBy(() -> Registry.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "r.json"))
                .isInstanceOf(RegistryValidationException.class)
                .satisfies(e -> assertThat(((RegistryValidationException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.source()).isEqualTo("r.json");
                    assertThat(p.path()).isEqualTo("$.certificates[0].productId");
                    assertThat(p.message()).isEqualTo("certificate C1-P1: unknown product 'P9'");
                    String[] lines = text.split("\n");
                    assertThat(lines[p.line() - 1].substring(p.column() - 1)).startsWith("\"P9\"");
                }));
    }

    @Test
    void theRegisterOnADate() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.producer("HTX1", ProducerType.HOP_TAC_XA, "84", "845");
        b.product("A", "I", "HTX1", "84", "845");
        b.product("B", "II", "HTX1", "84", "845");
        b.product("C", "84", "846");
        Certificate a = b.cert("A", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 20));
        b.cert("B", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2024, 6, 25));
        Certificate c = b.cert("C", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 20));
        b.replace(c, c.withRevocation(LocalDate.of(2024, 9, 1), RevocationGround.STOPPED_PRODUCING));
        Registry r = b.build();
        Holdings june = r.holdingsOn(LocalDate.of(2024, 6, 1));
        assertThat(june.date()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(june.count()).isEqualTo(2);
        assertThat(june.of("A")).contains(a);
        assertThat(june.of("B")).isEmpty();
        assertThat(june.of("nope")).isEmpty();
        assertThat(june.producers()).extracting(Producer::id).containsExactly("HTX1", "PR-C");
        Holdings december = r.holdingsOn(LocalDate.of(2024, 12, 31));
        List<String> held = new java.util.ArrayList<>();
        december.forEach((p, cert) -> held.add(p.id() + " " + cert.stars().level()));
        assertThat(held).containsExactly("A 3", "B 4");
        assertThat(december.producers()).extracting(Producer::id).containsExactly("HTX1");
        // certificates issued in a window, in issue order, whatever happened to them since
        List<String> issued = new java.util.ArrayList<>();
        r.forEachIssued(LocalDate.of(2024, 5, 20), LocalDate.of(2024, 6, 24), (p, cert) -> issued.add(cert.id()));
        assertThat(issued).containsExactly("C1-A", "C3-C");
    }

    @Test
    void eachProductOnceAtItsFirstCertificateThatCounts() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("A", "84", "845");
        b.product("B", "84", "845");
        Certificate a1 = b.cert("A", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 20));
        Certificate a2 = b.cert("A", Star.FOUR, RegistrationKind.UPGRADE, LocalDate.of(2024, 10, 15));
        b.replace(a1, a1.withReplacement(a2.issued(), a2.id()));
        b.cert("B", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2023, 12, 31));
        Registry r = b.build();
        List<String> any = new java.util.ArrayList<>();
        r.forEachFirstIssued(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), c -> true,
                (p, c) -> any.add(p.id() + " " + c.id()));
        assertThat(any).containsExactly("A C1-A");   // once, at its first; B's is before the window
        List<String> fourStars = new java.util.ArrayList<>();
        r.forEachFirstIssued(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), c -> c.stars() == Star.FOUR,
                (p, c) -> fourStars.add(p.id() + " " + c.id()));
        assertThat(fourStars).containsExactly("B C3-B", "A C2-A");   // issue order
    }

    @Test
    void jsonRoundTrip() throws Exception {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.producer("HTX1", ProducerType.HOP_TAC_XA, "84", "845");
        b.product("P1", "II", "HTX1", "84", "845");
        Certificate c = b.cert("P1", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2024, 6, 20));
        b.replace(c, c.withRevocation(LocalDate.of(2025, 1, 10), RevocationGround.MISUSE_OF_MARK));
        Registry r = b.build();
        ObjectMapper json = OcopJson.mapper();
        String text = json.writeValueAsString(r);
        assertThat(text).startsWith("{\"products\":[").contains("\"issued\":\"2024-06-20\"").contains("\"stars\":4");
        Registry back = Registry.read(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "r.json");
        assertThat(back.products()).isEqualTo(r.products());
        assertThat(back.producers()).isEqualTo(r.producers());
        assertThat(back.certificates()).isEqualTo(r.certificates());
        assertThatThrownBy(() -> Registry.read(new ByteArrayInputStream("{\"products\":[],\"producers\":[],\"certificates\":[],\"x\":1}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x.json")).hasMessageContaining("x.json")
                .satisfies(e -> assertThat(English.text(e)).contains("$.x: unknown key 'x'"));
    }
    @Test
    void annualRevenuesAreExactOnePerProductAndYearAndSurviveJson() throws Exception {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "845");
        b.cert("P1", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 1));
        List<AnnualRevenue> revenues = List.of(new AnnualRevenue("P1", 2023, new java.math.BigDecimal("1234.5")),
                new AnnualRevenue("P1", 2024, new java.math.BigDecimal("999999999999.99")));
        Registry r = Registry.of(b.products, b.producers, b.certificates, revenues);
        assertThat(r.revenue("P1", 2023)).contains(new java.math.BigDecimal("1234.5"));
        assertThat(r.revenue("P1", 2024)).contains(new java.math.BigDecimal("999999999999.99"));
        assertThat(r.revenue("P1", 2022)).isEmpty();
        assertThat(r.revenue("P9", 2023)).isEmpty();
        String text = OcopJson.mapper().writeValueAsString(r);
        assertThat(text).contains("\"revenues\":[{\"productId\":\"P1\",\"year\":2023,\"millionVnd\":1234.5}");
        Registry back = Registry.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "r.json");
        assertThat(back.revenues()).isEqualTo(r.revenues());
        assertThat(back.revenue("P1", 2024)).contains(new java.math.BigDecimal("999999999999.99"));
        // no revenues: no key written, and a file without the key reads
        String none = OcopJson.mapper().writeValueAsString(b.build());
        assertThat(none).doesNotContain("revenues");
        assertThat(Registry.read(new ByteArrayInputStream(none.getBytes(StandardCharsets.UTF_8)), "n.json").revenues())
                .isEmpty();
    }

    @Test
    void everyRevenueProblemIsReportedWithItsPlace() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "845");
        List<AnnualRevenue> revenues = List.of(new AnnualRevenue("P1", 2023, java.math.BigDecimal.TEN),
                new AnnualRevenue("P1", 2023, java.math.BigDecimal.ONE),
                new AnnualRevenue("P7", 2023, java.math.BigDecimal.ONE));
        assertThatThrownBy(() -> Registry.of(b.products, b.producers, b.certificates, revenues))
                .isInstanceOf(RegistryValidationException.class)
                .satisfies(e -> assertThat(((RegistryValidationException) e).problems()).containsExactly(
                        new Problem("registry", "$.revenues[1].year", "product P1: a second revenue for 2023"),
                        new Problem("registry", "$.revenues[2].productId",
                                "revenue of 2023: unknown product 'P7'")));
        assertThatThrownBy(() -> new AnnualRevenue("P1", 2023, new java.math.BigDecimal("1.005")))
                .hasMessageContaining("at most 2 decimals");
        assertThatThrownBy(() -> new AnnualRevenue("P1", 2023, new java.math.BigDecimal("1000000000000")))
                .hasMessageContaining("at most 12 digits before the decimal point");
        assertThatThrownBy(() -> new AnnualRevenue("P1", 2023, new java.math.BigDecimal("-1")))
                .hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> new AnnualRevenue("P1", 1989, java.math.BigDecimal.ONE))
                .hasMessageContaining("1990 to 2100");
        assertThat(new AnnualRevenue("P1", 2023, new java.math.BigDecimal("5.500")).millionVnd())
                .isEqualByComparingTo("5.5");
    }

    @Test
    void aRevenueFileReportsEveryBadAmountAndTheRegistrysProblems() {
        String text = "{\"products\":[],\"producers\":[],\"certificates\":[],\"revenues\":[\n"
                + "{\"productId\":\"P1\",\"year\":2023,\"millionVnd\":1.005},\n"
                + "{\"productId\":\"P1\",\"year\":2024,\"millionVnd\":\"x\"},\n"
                + "{\"productId\":\"P2\",\"year\":2024,\"millionVnd\":3}]}";
        assertThatThrownBy(() -> Registry.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "rv.json"))
                .isInstanceOf(RegistryValidationException.class)
                .satisfies(e -> {
                    List<Problem> ps = ((RegistryValidationException) e).problems();
                    assertThat(ps).extracting(Problem::path).contains("$.revenues[0]", "$.revenues[1].millionVnd");
                    assertThat(ps).allSatisfy(p -> {
                        assertThat(p.source()).isEqualTo("rv.json");
                        assertThat(p.line()).isPositive();
                    });
                    assertThat(ps.get(0).line()).isEqualTo(2);
                    assertThat(ps.get(0).message()).contains("at most 2 decimals");
                });
    }

    @Test
    void aNumberOfTheWrongTypeIsAProblemEvenWhereJavaHasNoNull() {
        String text = "{\"products\":[{\"id\":\"P1\",\"name\":\"x\",\"setNumber\":\"one\",\"productGroup\":\"I\","
                + "\"producerId\":\"B\",\"provinceCode\":\"84\",\"communeCode\":\"845\"}],\"producers\":[],"
                + "\"certificates\":[],\"revenues\":[{\"productId\":\"P1\",\"year\":true,\"millionVnd\":1}]}";
        assertThatThrownBy(() -> Registry.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "p.json"))
                .isInstanceOf(RegistryValidationException.class)
                .satisfies(e -> assertThat(((RegistryValidationException) e).problems()).extracting(Problem::path)
                        .containsExactly("$.products[0].setNumber", "$.revenues[0].year"));
    }
}
