package vn.ocop.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.testing.TraVinh.D2020;
import static vn.ocop.testing.TraVinh.REFORM;
import static vn.ocop.testing.TraVinh.area;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.product.ProductCode;
import vn.ocop.testing.TraVinh;
import vn.ocop.testing.English;

/**
 * Administrative units over time: districts abolished on 2025-07-01, Trà Vinh merged into Vĩnh Long (Nghị quyết
 * 202/2025/QH15), and the old-to-new mapping the plan tracker relies on.
 */
class AreasTest {
    static final Areas AREAS = TraVinh.areas();
    static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    @Test
    void districtsExistUntilTheReformAndAreAdministrativeUnits() {
        AdministrativeUnits units = AREAS;
        assertThat(units.exists("845", JUNE_2024)).isTrue();
        assertThat(units.exists("845", REFORM.minusDays(1))).isTrue();
        assertThat(units.exists("845", REFORM)).isFalse();
        assertThat(units.parentOf("845", JUNE_2024)).contains("84");
        assertThat(units.parentOf("845", JAN_2026)).isEmpty();
        assertThat(units.exists("84", JAN_2026)).isFalse();
        assertThat(units.exists("86", JAN_2026)).isTrue();
        assertThat(units.parentOf("91001", JAN_2026)).contains("86");
    }

    @Test
    void aDistrictEraProductCodeIsKnownOnlyBeforeTheReform() {
        // ProductCode checks its units against any AdministrativeUnits registry
        ProductCode code = ProductCode.parse("84-845-001-2024");
        assertThat(code.isKnownTo(AREAS, JUNE_2024)).isTrue();
        assertThat(code.isKnownTo(AREAS, JAN_2026)).isFalse();
        assertThat(ProductCode.parse("84-849-001-2024").isKnownTo(AREAS, JUNE_2024)).isTrue();
        assertThat(ProductCode.parseShape("83-845-001-2024").isKnownTo(AREAS, JUNE_2024)).isFalse();
        // checked against this register in the code's year, strictly inside the province
        assertThat(ProductCode.parse("84-845-001-2025", AREAS).commune()).isEqualTo("845");
        assertThat(ProductCode.parseShape("84-845-001-2026").problems(AREAS)).hasSize(2);
        assertThat(ProductCode.parseShape("83-845-001-2024").problems(AREAS)).extracting(vn.ocop.Problem::message)
                .containsExactly("83-845-001-2024: unit 845 does not lie in province 83 in 2024");
    }

    @Test
    void aCodeExistsInAYearAndLiesWithinAUnitOnSomeDayOfIt() {
        assertThat(AREAS.existsIn("845", 2025)).isTrue();
        assertThat(AREAS.existsIn("845", 2026)).isFalse();
        assertThat(AREAS.existsIn("86", 2019)).isFalse();
        assertThat(AREAS.existsIn("nothing", 2024)).isFalse();
        // a commune of 2024 lies in its district and, through it, in its province
        assertThat(AREAS.liesWithin("90001", "845", 2024)).isTrue();
        assertThat(AREAS.liesWithin("90001", "84", 2024)).isTrue();
        assertThat(AREAS.liesWithin("90001", "86", 2024)).isFalse();
        // a commune formed on 2025-07-01 lies in the new Vĩnh Long in 2025, never in Trà Vinh
        assertThat(AREAS.liesWithin("91001", "86", 2025)).isTrue();
        assertThat(AREAS.liesWithin("91001", "84", 2025)).isFalse();
        // not within itself
        assertThat(AREAS.liesWithin("84", "84", 2024)).isFalse();
    }

    @Test
    void oldUnitsMapForwardThroughTheirParentsSuccession() {
        // district 845 has no successor of its own; its province 84 became 86
        assertThat(AREAS.correspondingOn("845", JUNE_2024, JAN_2026)).containsExactly("86");
        assertThat(AREAS.correspondingOn("84", JUNE_2024, JAN_2026)).containsExactly("86");
        // a commune split between two new communes
        assertThat(AREAS.correspondingOn("90002", JUNE_2024, JAN_2026)).containsExactly("91001", "91002");
        assertThat(AREAS.correspondingOn("90001", JUNE_2024, JAN_2026)).containsExactly("91001");
    }

    @Test
    void newUnitsMapBackwardToTheirPredecessors() {
        assertThat(AREAS.correspondingOn("91001", JAN_2026, JUNE_2024)).containsExactly("90001", "90002");
        assertThat(AREAS.correspondingOn("91002", JAN_2026, JUNE_2024)).containsExactly("90002", "90003");
        // the new Vĩnh Long 86 was formed from 83, 84 and the old 86
        assertThat(AREAS.correspondingOn("86", JAN_2026, JUNE_2024)).containsExactly("83", "84", "86");
        assertThat(AREAS.correspondingOn("86", JUNE_2024, JAN_2026)).containsExactly("86");
        assertThat(AREAS.correspondingOn("845", JUNE_2024, JUNE_2024)).containsExactly("845");
        assertThat(AREAS.correspondingOn("999", JUNE_2024, JAN_2026)).isEmpty();
    }

    @Test
    void aCodeIsReadAsTheVersionOfItsDateOrTheLatestBefore() {
        assertThat(AREAS.recordedAs("86", JUNE_2024).orElseThrow().validity().until()).isEqualTo(REFORM);
        assertThat(AREAS.recordedAs("86", JAN_2026).orElseThrow().validity().from()).isEqualTo(REFORM);
        // a district code still on a record in 2026 is read as the district that ended in 2025
        assertThat(AREAS.recordedAs("845", JAN_2026).orElseThrow().name()).isEqualTo("Huyện Cầu Kè");
        // a new commune's code on a record dated before it existed: its first version
        assertThat(AREAS.recordedAs("91001", JUNE_2024).orElseThrow().validity().from()).isEqualTo(REFORM);
        assertThat(AREAS.unit("91001", JUNE_2024)).isEmpty();
    }

    @Test
    void ancestorsChildrenAndLevels() {
        assertThat(AREAS.isWithin("90001", "84", JUNE_2024)).isTrue();
        assertThat(AREAS.isWithin("90001", "845", JUNE_2024)).isTrue();
        assertThat(AREAS.isWithin("90001", "849", JUNE_2024)).isFalse();
        assertThat(AREAS.ancestorAt("90003", JUNE_2024, AreaLevel.DISTRICT).orElseThrow().code()).isEqualTo("849");
        assertThat(AREAS.ancestorAt("90003", JUNE_2024, AreaLevel.PROVINCE).orElseThrow().code()).isEqualTo("84");
        assertThat(AREAS.childrenOf("84", JUNE_2024)).hasSize(9);
        assertThat(AREAS.childrenOf("86", JAN_2026)).extracting(Area::code).containsExactly("91001", "91002");
        assertThat(AREAS.unitsOn(JUNE_2024, AreaLevel.DISTRICT)).hasSize(9);
        assertThat(AREAS.unitsOn(JAN_2026, AreaLevel.DISTRICT)).isEmpty();
        assertThat(AREAS.recordedAs("845", JUNE_2024).orElseThrow().label()).isEqualTo("Huyện Cầu Kè (845)");
        assertThat(AreaLevel.PROVINCE.isAbove(AreaLevel.DISTRICT)).isTrue();
        assertThat(AreaLevel.COMMUNE.isAbove(AreaLevel.DISTRICT)).isFalse();
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Area> units = List.of(
                area("84", "Tỉnh Trà Vinh", AreaLevel.PROVINCE, null, D2020, REFORM),
                area("84", "Tỉnh Trà Vinh (trùng)", AreaLevel.PROVINCE, null, LocalDate.of(2025, 1, 1), null),
                area("845", "Huyện Cầu Kè", AreaLevel.DISTRICT, "99", D2020, REFORM),
                area("846", "Huyện Tiểu Cần", AreaLevel.DISTRICT, "84", D2020, null),
                area("90001", "Xã", AreaLevel.PROVINCE, "846", D2020, REFORM));
        // 846 is open-ended and so is a version of its parent 84: no problem
        assertThatThrownBy(() -> Areas.of(units, List.of(Succession.of("845", "777", REFORM))))
                .isInstanceOf(AreaValidationException.class)
                .satisfies(e -> assertThat(English.text(e)).contains("4 problem(s)"))
                .satisfies(e -> assertThat(((AreaValidationException) e).problems()).containsExactly(
                        new Problem("areas", "$.units[1]",
                                "unit 84: versions [2020-01-01, 2025-07-01) and [2025-01-01, …) overlap"),
                        new Problem("areas", "$.units[2].parent",
                                "unit 845: parent 99 does not exist on 2020-01-01, the unit's first day"),
                        new Problem("areas", "$.units[4].parent",
                                "unit 90001 (province level): parent 846 is at the district level, not a higher one"),
                        new Problem("areas", "$.successions[0].to",
                                "succession 845 → 777 on 2025-07-01: 777 does not exist on 2025-07-01")));
    }

    @Test
    void aParentMustExistOnTheChildsLastDay() {
        assertThatThrownBy(() -> Areas.of(List.of(
                area("84", "Tỉnh Trà Vinh", AreaLevel.PROVINCE, null, D2020, REFORM),
                area("845", "Huyện Cầu Kè", AreaLevel.DISTRICT, "84", D2020, LocalDate.of(2026, 1, 1))), List.of()))
                .hasMessageContaining("parent 84 does not exist on 2025-12-31, the unit's last day");
    }

    @Test
    void anOpenEndedUnitNeedsAnOpenEndedParent() {
        assertThatThrownBy(() -> Areas.of(List.of(
                area("84", "Tỉnh Trà Vinh", AreaLevel.PROVINCE, null, D2020, REFORM),
                area("845", "Huyện Cầu Kè", AreaLevel.DISTRICT, "84", D2020, null)), List.of()))
                .hasMessageContaining("unit 845 has no end date but its parent 84 ends");
    }

    @Test
    void unitChecks() {
        assertThatThrownBy(() -> area("84", "Tỉnh", AreaLevel.PROVINCE, "84", D2020, null))
                .hasMessageContaining("cannot be its own parent");
        assertThatThrownBy(() -> area(" ", "Tỉnh", AreaLevel.PROVINCE, null, D2020, null))
                .hasMessageContaining("code must not be blank");
        // NFD input (macOS, Word) is stored as NFC
        Area a = area("845", "Huye\u0323\u0302n Ca\u0302\u0300u Ke\u0300", AreaLevel.DISTRICT, "84", D2020, null);
        assertThat(a.name()).isEqualTo("Huyện Cầu Kè");
    }

    @Test
    void jsonRoundTripAndReadErrorsNameTheSource() throws Exception {
        ObjectMapper json = OcopJson.mapper();
        String text = json.writeValueAsString(AREAS);
        assertThat(text).contains("\"validity\":{\"from\":\"2020-01-01\",\"until\":\"2025-07-01\"}")
                .contains("\"successions\":[{\"from\":\"84\",\"to\":\"86\",\"on\":\"2025-07-01\"");
        Areas back = Areas.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "areas.json");
        assertThat(back.units()).isEqualTo(AREAS.units());
        assertThat(back.successions()).isEqualTo(AREAS.successions());
        assertThatThrownBy(() -> Areas.read(new ByteArrayInputStream(
                "{\"units\":[{\"code\":\"84\",\"name\":\"T\",\"level\":\"TINH\",\"validity\":{\"from\":\"2020-01-01\"}}]}"
                        .getBytes(StandardCharsets.UTF_8)), "bad.json"))
                .isInstanceOf(AreaValidationException.class).hasMessageContaining("bad.json")
                .hasMessageContaining("$.units[0].level")
                .satisfies(e -> assertThat(((AreaValidationException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.source()).isEqualTo("bad.json");
                    assertThat(p.path()).isEqualTo("$.units[0].level");
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.column()).isGreaterThan(30);
                }));
    }

    @Test
    void problemsOfAReadRegisterCarryTheFileLineAndColumn() {
        // columns count characters, not bytes: "Huyện Cầu Kè" before the parent takes 12 characters, 17 bytes
        String text = "{\"units\":[\n"
                + "  {\"code\":\"84\",\"name\":\"Tỉnh Trà Vinh\",\"level\":\"PROVINCE\",\"validity\":{\"from\":\"2020-01-01\"}},\n"
                + "  {\"code\":\"845\",\"name\":\"Huyện Cầu Kè\",\"level\":\"DISTRICT\",\"parent\":\"99\",\n"
                + "   \"validity\":{\"from\":\"2020-01-01\"}}],\n"
                + " \"successions\":[{\"from\":\"845\",\"to\":\"777\",\"on\":\"2025-07-01\"}]}";
        assertThatThrownBy(() -> Areas.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "tv.json"))
                .isInstanceOf(AreaValidationException.class)
                .satisfies(e -> assertThat(((AreaValidationException) e).problems()).containsExactly(
                        new Problem("tv.json", "$.units[1].parent", 3, 67,
                                "unit 845: parent 99 does not exist on 2020-01-01, the unit's first day"),
                        new Problem("tv.json", "$.successions[0].to", 5, 36,
                                "succession 845 → 777 on 2025-07-01: 777 does not exist on 2025-07-01")));
    }

    @Test
    void placementOfAUnitRelativeToAnAreaOnAnotherDate() {
        Area cauKe = AREAS.unit("845", JUNE_2024).orElseThrow();
        assertThat(AREAS.placement(cauKe, "84", JUNE_2024)).isEqualTo(Placement.INSIDE);
        assertThat(AREAS.placement(cauKe, "86", JAN_2026)).isEqualTo(Placement.INSIDE);
        assertThat(AREAS.placement(cauKe, "83", JUNE_2024)).isEqualTo(Placement.OUTSIDE);
        // 91002 was formed from communes of Cầu Kè and Trà Cú: it straddles Cầu Kè
        Area bc = AREAS.unit("91002", JAN_2026).orElseThrow();
        assertThat(AREAS.placement(bc, "845", JUNE_2024)).isEqualTo(Placement.STRADDLING);
        assertThat(AREAS.placement(bc, "84", JUNE_2024)).isEqualTo(Placement.INSIDE);
        // a new commune asked for a date before any of its predecessors: nothing to map to
        Area ab = AREAS.unit("91001", JAN_2026).orElseThrow();
        assertThat(AREAS.placement(ab, "84", LocalDate.of(2019, 6, 1))).isEqualTo(Placement.STRADDLING);
        assertThat(AREAS.correspondingOn(ab, JUNE_2024)).containsExactly("90001", "90002");
    }

    @Test
    void aRecordIsAttributedToItsCommuneOrElseItsKnownProvince() {
        assertThat(AREAS.unitCodeOf("845", "84")).isEqualTo("845");
        assertThat(AREAS.unitCodeOf("99999", "84")).isEqualTo("84");
        assertThat(AREAS.unitCodeOf("99999", "99")).isEqualTo("99999");
        // a code is known whatever the date: a district code keeps its unit after the reform
        assertThat(AREAS.unitCodeOf("845", "86")).isEqualTo("845");
    }

    @Test
    void levelsHaveNamesInBothLanguages() {
        assertThat(AreaLevel.DISTRICT.text()).isEqualTo("cấp huyện");
        assertThat(AreaLevel.DISTRICT.text(java.util.Locale.ENGLISH)).isEqualTo("district level");
        assertThat(AreaLevel.COMMUNE.text(java.util.Locale.forLanguageTag("vi"))).isEqualTo("cấp xã");
        assertThat(AreaLevel.COUNTRY.text()).isEqualTo("toàn quốc");
    }
}
