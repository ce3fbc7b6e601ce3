package vn.ocop.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled units ({@code ocop-units/units.json}) against the National Statistics Office's two tables: the list
 * of units as of 04/01/2025 ({@code communes-pre-2025-07-01.csv}, cited "list, line N") and the conversion table
 * of the reorganisation of 01/07/2025 ({@code conversion-2025-07-01.csv}, cited "conversion, line N"). Expected
 * figures were counted from those files independently of the generating tool; the files are not in the project.
 */
class BundledUnitsTest {
    static final AdministrativeUnitRegistry UNITS = AdministrativeUnitRegistry.bundled();
    static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate Y2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

    // ------------------------------------------------------------------ counts

    @Test
    void after_the_reform_34_provinces_and_3321_communes_and_no_district() {
        assertThat(UNITS.provinces(REFORM)).hasSize(34);
        assertThat(UNITS.units(AreaLevel.COMMUNE, REFORM)).hasSize(3321);
        assertThat(UNITS.units(AreaLevel.DISTRICT, REFORM)).isEmpty();
        assertThat(UNITS.units(AreaLevel.COMMUNE, Y2026)).hasSize(3321);
        assertThat(UNITS.reformDates()).containsExactly(REFORM);
    }

    /**
     * The list has 10,056 rows: 10,051 communes and 5 districts that have no commune (Bạch Long Vĩ, Cồn Cỏ,
     * Hoàng Sa, Lý Sơn, Côn Đảo; list, lines 3591, 5806, 5988, 6393, 8214). The conversion table names
     * 10 old communes the list lacks; together 10,061 old communes.
     */
    @Test
    void before_the_reform_63_provinces_696_districts_and_the_communes_of_both_tables() {
        for (LocalDate d : List.of(LAST_OLD_DAY, Y2024, LocalDate.of(2018, 1, 1))) {
            assertThat(UNITS.provinces(d)).as("%s", d).hasSize(63);
            assertThat(UNITS.units(AreaLevel.DISTRICT, d)).as("%s", d).hasSize(696);
            assertThat(UNITS.units(AreaLevel.COMMUNE, d)).as("%s", d).hasSize(10_061);
        }
        List<AdministrativeUnit> communes = UNITS.units(AreaLevel.COMMUNE, LAST_OLD_DAY);
        assertThat(communes.stream().filter(u -> u.listedIn().contains("list"))).hasSize(10_051);
        assertThat(communes.stream().filter(u -> u.listedIn().equals(List.of("conversion"))))
                .extracting(AdministrativeUnit::code)
                .containsExactlyInAnyOrder("03980", "03983", "03984", "26929", "26953", "27076", "27226", "27232",
                        "27367", "27373");
        List<AdministrativeUnit> withoutCommunes = UNITS.units(AreaLevel.DISTRICT, LAST_OLD_DAY).stream()
                .filter(d -> UNITS.children(d).isEmpty()).collect(Collectors.toList());
        assertThat(withoutCommunes).extracting(AdministrativeUnit::code, AdministrativeUnit::name)
                .containsExactly(tuple("318", "Huyện Bạch Long Vĩ"), tuple("471", "Huyện Cồn Cỏ"),
                        tuple("498", "Huyện Hoàng Sa"), tuple("536", "Huyện Lý Sơn"), tuple("755", "Huyện Côn Đảo"));
        assertThat(communes.size() - 10 + withoutCommunes.size()).as("rows of the list").isEqualTo(10_056);
    }

    @Test
    void hanoi_has_30_districts_and_526_communes_before_and_126_communes_after() {
        AdministrativeUnit before = UNITS.get("01", Y2024);
        AdministrativeUnit after = UNITS.get("01", Y2026);
        assertThat(UNITS.children(before)).hasSize(30).allMatch(u -> u.level() == AreaLevel.DISTRICT);
        assertThat(UNITS.unitsOf(before)).hasSize(30 + 526);
        assertThat(UNITS.children(after)).hasSize(126).allMatch(u -> u.level() == AreaLevel.COMMUNE);
        assertThat(UNITS.unitsOf(after)).isEqualTo(UNITS.children(after));
        assertThat(UNITS.children(UNITS.get("86", Y2026))).hasSize(124);
    }

    @Test
    void the_counts_recorded_in_the_file_are_its_content() throws Exception {
        JsonNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(AdministrativeUnitRegistry.BUNDLED_RESOURCE)) {
            root = new ObjectMapper().readTree(in);
        }
        JsonNode old = root.get("periods").get(0);
        JsonNode now = root.get("periods").get(1);
        JsonNode reform = root.get("reforms").get(0);
        for (JsonNode period : List.of(old, now)) {
            for (String level : List.of("provinces", "districts", "communes")) {
                assertThat(period.get("counts").get(level).intValue()).as(level)
                        .isEqualTo(period.get(level).size());
            }
        }
        assertThat(old.get("counts").get("provinces").intValue()).isEqualTo(UNITS.provinces(Y2024).size());
        assertThat(old.get("counts").get("districts").intValue()).isEqualTo(696);
        assertThat(old.get("counts").get("communes").intValue()).isEqualTo(10_061);
        assertThat(now.get("counts").get("communes").intValue()).isEqualTo(3321);
        assertThat(reform.get("counts").get("units").intValue()).isEqualTo(reform.get("units").size())
                .isEqualTo(10_571);
        assertThat(reform.get("counts").get("provinces").intValue()).isEqualTo(reform.get("provinces").size())
                .isEqualTo(63);
        int successions = 0;
        for (AdministrativeUnit u : UNITS.units(AreaLevel.COMMUNE, LAST_OLD_DAY)) {
            successions += UNITS.successorsOf(u).size();
        }
        for (AdministrativeUnit u : UNITS.units(AreaLevel.DISTRICT, LAST_OLD_DAY)) {
            successions += UNITS.successorsOf(u).size();
        }
        assertThat(successions).isEqualTo(10_571);
        assertThat(root.get("sources").get(0).get("rows").intValue()).isEqualTo(10_056);
        assertThat(root.get("sources").get(1).get("rows").intValue()).isEqualTo(10_571);
    }

    @Test
    void provenance_names_both_tables_their_dates_and_what_was_corrected() {
        UnitsProvenance p = UNITS.provenance();
        assertThat(p.sources()).extracting(UnitsProvenance.Source::id, UnitsProvenance.Source::asOf,
                UnitsProvenance.Source::file, UnitsProvenance.Source::rows)
                .containsExactly(tuple("list", LocalDate.of(2025, 1, 4), "communes-pre-2025-07-01.csv", 10_056),
                        tuple("conversion", REFORM, "conversion-2025-07-01.csv", 10_571));
        assertThat(p.sources()).allMatch(s -> s.sha256().length() == 64 && s.title().startsWith("Cục Thống kê"));
        assertThat(p.generator()).isEqualTo("vn.ocop.examples.tools.BuildAdministrativeUnits");
        assertThat(p.fixes()).anyMatch(f -> f.contains("ghi 00553, sửa thành 00556"))
                .anyMatch(f -> f.contains("ghi 01615, sửa thành 01651"))
                .anyMatch(f -> f.contains("ghi 02485, sửa thành 02482"))
                .anyMatch(f -> f.contains("\"Nhâp\" → \"Nhập\""))
                .anyMatch(f -> f.contains("34 dòng tiêu đề tỉnh"));
        assertThat(p.doubts()).anyMatch(d -> d.startsWith("26 đơn vị cấp xã có trong danh mục"))
                .anyMatch(d -> d.startsWith("10 đơn vị cấp xã có trong bảng chuyển đổi"));
    }

    // ------------------------------------------------------------------ succession

    @Test
    void every_new_commune_comes_from_at_least_one_old_unit() {
        for (AdministrativeUnit u : UNITS.units(AreaLevel.COMMUNE, REFORM)) {
            assertThat(UNITS.predecessorsOf(u)).as(u.label()).isNotEmpty()
                    .allMatch(s -> s.to() == u && s.on().equals(REFORM) && s.from().validUntil().get().equals(REFORM));
        }
    }

    /**
     * Every old commune passes into at least one new commune, except the 26 that the list of 04/01/2025 has and the
     * conversion table does not name (reorganised in the first half of 2025; the sources do not say into what).
     */
    @Test
    void every_old_commune_has_a_successor_except_those_the_conversion_table_does_not_name() {
        List<AdministrativeUnit> none = new ArrayList<>();
        for (AdministrativeUnit u : UNITS.units(AreaLevel.COMMUNE, LAST_OLD_DAY)) {
            if (UNITS.successorsOf(u).isEmpty()) {
                none.add(u);
            }
        }
        assertThat(none).hasSize(26).allMatch(u -> u.listedIn().equals(List.of("list")));
        assertThat(UNITS.units(AreaLevel.COMMUNE, LAST_OLD_DAY)).filteredOn(u -> u.listedIn().equals(List.of("list")))
                .containsExactlyInAnyOrderElementsOf(none);
        // list, line 835: Xã Mỹ Hưng (01651) would be among them without the correction of conversion, line 912
        assertThat(none).extracting(AdministrativeUnit::code).contains("03751", "04060", "26935", "27379")
                .doesNotContain("01651", "02482");
    }

    @Test
    void a_whole_merger_has_one_successor_and_a_partial_one_may_have_several() {
        for (AdministrativeUnit u : UNITS.units(AreaLevel.COMMUNE, LAST_OLD_DAY)) {
            List<UnitSuccession> s = UNITS.successorsOf(u);
            if (s.stream().anyMatch(x -> x.kind().whole())) {
                assertThat(s).as(u.label()).hasSize(1);
            }
        }
    }

    /** Conversion, lines 4–13: Hà Nội's new Phường Ba Đình. */
    @Test
    void phuong_ba_dinh_of_hanoi_is_made_of_ten_old_wards() {
        AdministrativeUnit baDinh = UNITS.get("00004", Y2026);
        assertThat(baDinh.name()).isEqualTo("Phường Ba Đình");
        assertThat(baDinh.parent()).map(AdministrativeUnit::code).contains("01");
        assertThat(UNITS.predecessorsOf(baDinh))
                .extracting(s -> s.from().code(), s -> s.from().name(), UnitSuccession::kind)
                .containsExactly(
                        tuple("00004", "Phường Trúc Bạch", UnitMergeKind.WHOLE),
                        tuple("00013", "Phường Quán Thánh", UnitMergeKind.WHOLE),
                        tuple("00016", "Phường Ngọc Hà", UnitMergeKind.PART),
                        tuple("00019", "Phường Điện Biên", UnitMergeKind.PART),
                        tuple("00022", "Phường Đội Cấn", UnitMergeKind.PART),
                        tuple("00028", "Phường Kim Mã", UnitMergeKind.PART),
                        tuple("00040", "Phường Đồng Xuân", UnitMergeKind.PART),
                        tuple("00055", "Phường Cửa Đông", UnitMergeKind.PART),
                        tuple("00073", "Phường Cửa Nam", UnitMergeKind.PART),
                        tuple("00112", "Phường Thụy Khuê", UnitMergeKind.PART_OF_AREA));
        // conversion, lines 6 and 17: Ngọc Hà went in part to Ba Đình and in part to the new Ngọc Hà (00008)
        AdministrativeUnit ngocHa = UNITS.get("00016", LAST_OLD_DAY);
        assertThat(UNITS.successorsOf(ngocHa)).extracting(s -> s.to().code(), s -> s.to().name())
                .contains(tuple("00004", "Phường Ba Đình"), tuple("00008", "Phường Ngọc Hà"));
        assertThat(UNITS.successorsOf(ngocHa)).allMatch(s -> !s.kind().whole());
    }

    /** Conversion, lines 5759, 5767, 5768: Xã Kỳ Lợi split by area and by population. */
    @Test
    void ky_loi_is_split_between_three_wards() {
        AdministrativeUnit kyLoi = UNITS.get("18796", Y2024);
        assertThat(UNITS.successorsOf(kyLoi)).extracting(s -> s.to().name(), UnitSuccession::kind)
                .containsExactly(tuple("Phường Sông Trí", UnitMergeKind.PART_OF_POPULATION),
                        tuple("Phường Vũng Áng", UnitMergeKind.ALL_OF_AREA),
                        tuple("Phường Hoành Sơn", UnitMergeKind.PART_OF_POPULATION));
    }

    /** Conversion, lines 9495–9496 and 4747–4749: successions from a district. */
    @Test
    void a_district_without_communes_became_a_special_zone_and_a_districts_own_land_a_commune() {
        AdministrativeUnit conDao = UNITS.get("755", Y2024);
        assertThat(UNITS.successorsOf(conDao)).singleElement().satisfies(s -> {
            assertThat(s.to().label()).isEqualTo("Đặc khu Côn Đảo (26732)");
            assertThat(s.to().kind()).isEqualTo(UnitKind.DAC_KHU);
            assertThat(s.kind()).isEqualTo(UnitMergeKind.WHOLE);
            assertThat(s.note()).isEqualTo("Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo");
        });
        assertThat(UNITS.predecessorsOf(UNITS.get("14698", Y2026)))
                .extracting(s -> s.from().label(), UnitSuccession::kind, UnitSuccession::note)
                .containsExactly(tuple("Huyện Kim Sơn (376)", UnitMergeKind.PART,
                                "Khu vực bãi bồi ven biển do huyện Kim Sơn quản lý (Nhập toàn bộ)"),
                        tuple("Xã Kim Trung (14695)", UnitMergeKind.WHOLE, null),
                        tuple("Xã Kim Đông (14698)", UnitMergeKind.WHOLE, null));
    }

    /** Conversion, lines 424 and 426 (the second corrected from 00553 to 00556): Xã Đặng Xá of Gia Lâm. */
    @Test
    void the_corrected_row_gives_dang_xa_its_two_successors_and_leaves_co_bi_with_its_own() {
        AdministrativeUnit dangXa = UNITS.get("00556", Y2024);
        assertThat(dangXa.name()).isEqualTo("Xã Đặng Xá");
        assertThat(UNITS.successorsOf(dangXa)).extracting(s -> s.to().name(), UnitSuccession::kind)
                .containsExactly(tuple("Xã Phù Đổng", UnitMergeKind.PART_OF_AREA),
                        tuple("Xã Thuận An", UnitMergeKind.PART_OF_AREA_ALL_OF_POPULATION));
        // conversion, lines 98, 423, 429
        assertThat(UNITS.successorsOf(UNITS.get("00553", Y2024))).extracting(s -> s.to().name())
                .containsExactly("Phường Phúc Lợi", "Xã Phù Đổng", "Xã Gia Lâm");
    }

    @Test
    void tra_vinh_and_ben_tre_merged_into_vinh_long_and_hanoi_is_unchanged() {
        AdministrativeUnit vinhLong = UNITS.get("86", Y2026);
        assertThat(vinhLong.name()).isEqualTo("Tỉnh Vĩnh Long");
        assertThat(UNITS.predecessorsOf(vinhLong)).extracting(s -> s.from().name(), UnitSuccession::kind)
                .containsExactly(tuple("Tỉnh Bến Tre", UnitMergeKind.WHOLE), tuple("Tỉnh Trà Vinh", UnitMergeKind.WHOLE),
                        tuple("Tỉnh Vĩnh Long", UnitMergeKind.WHOLE));
        AdministrativeUnit traVinh = UNITS.get("84", Y2024);
        assertThat(UNITS.correspondingOn(traVinh, Y2026)).containsExactly(vinhLong);
        assertThat(UNITS.correspondingOn(vinhLong, Y2024)).extracting(AdministrativeUnit::code)
                .containsExactly("83", "84", "86");
        assertThat(UNITS.successorsOf(UNITS.get("01", Y2024))).singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(UnitMergeKind.UNCHANGED));
        int merged = 0;
        for (AdministrativeUnit p : UNITS.provinces(Y2026)) {
            if (UNITS.predecessorsOf(p).size() > 1) {
                merged++;
            }
        }
        assertThat(merged).as("new provinces formed by a merger").isEqualTo(23);
    }

    /** List, lines 9008–9018: the 11 communes of Huyện Cầu Kè (Trà Vinh); 4 new communes of Vĩnh Long hold them. */
    @Test
    void a_district_corresponds_after_the_reform_to_the_new_communes_of_its_communes() {
        AdministrativeUnit cauKe = UNITS.getByName("Huyện Cầu Kè", Y2024);
        assertThat(UNITS.children(cauKe)).hasSize(11);
        assertThat(UNITS.successorsOf(cauKe)).isEmpty();
        assertThat(UNITS.correspondingOn(cauKe, Y2026)).extracting(AdministrativeUnit::label)
                .containsExactly("Xã Cầu Kè (29308)", "Xã An Phú Tân (29317)", "Xã Phong Thạnh (29329)",
                        "Xã Tam Ngãi (29335)");
        assertThat(UNITS.correspondingOn(cauKe, Y2024)).containsExactly(cauKe);
        assertThat(UNITS.correspondingOn(cauKe, LocalDate.of(2025, 6, 30))).containsExactly(cauKe);
    }

    // ------------------------------------------------------------------ codes over time

    /** 3,316 of the 3,321 new communes carry the code of an old commune merged into them. */
    @Test
    void new_communes_reuse_the_code_of_one_of_their_old_communes() {
        int reused = 0;
        for (AdministrativeUnit u : UNITS.units(AreaLevel.COMMUNE, REFORM)) {
            List<AdministrativeUnit> versions = UNITS.versions(u.code());
            if (versions.size() == 2) {
                reused++;
                AdministrativeUnit old = versions.get(0);
                assertThat(UNITS.predecessorsOf(u)).as(u.label()).anyMatch(s -> s.from() == old);
            }
        }
        assertThat(reused).isEqualTo(3316);
    }

    @Test
    void a_code_means_the_unit_of_the_date() {
        assertThat(UNITS.get("00004", LAST_OLD_DAY).name()).isEqualTo("Phường Trúc Bạch");
        assertThat(UNITS.get("00004", REFORM).name()).isEqualTo("Phường Ba Đình");
        assertThat(UNITS.find("84", REFORM)).isEmpty();
        assertThat(UNITS.find("84", LAST_OLD_DAY)).map(AdministrativeUnit::name).contains("Tỉnh Trà Vinh");
        assertThat(UNITS.find(null, Y2024)).isEmpty();
        assertThat(UNITS.find("99999", Y2024)).isEmpty();
        assertThat(UNITS.versions("00004")).extracting(AdministrativeUnit::name)
                .containsExactly("Phường Trúc Bạch", "Phường Ba Đình");
        assertThat(UNITS.versions("00004", 2024)).extracting(AdministrativeUnit::name).containsExactly("Phường Trúc Bạch");
        assertThat(UNITS.versions("00004", 2025)).hasSize(2);
        assertThat(UNITS.versions("00004", 2026)).extracting(AdministrativeUnit::name).containsExactly("Phường Ba Đình");
        assertThat(UNITS.versions("84", 2026)).isEmpty();
        AdministrativeUnit trucBach = UNITS.get("00004", Y2024);
        assertThat(trucBach.validFrom()).isEmpty();
        assertThat(trucBach.validUntil()).contains(REFORM);
        assertThat(trucBach.existsOn(LAST_OLD_DAY)).isTrue();
        assertThat(trucBach.existsOn(REFORM)).isFalse();
        assertThat(trucBach.existsIn(2025)).isTrue();
        assertThat(trucBach.existsIn(2026)).isFalse();
        assertThat(UNITS.get("00004", REFORM).existsIn(2024)).isFalse();
        assertThat(trucBach.parent().get().label()).isEqualTo("Quận Ba Đình (001)");
        assertThat(trucBach.province().label()).isEqualTo("Thành phố Hà Nội (01)");
        assertThat(trucBach.isWithin(trucBach.province())).isTrue();
        assertThat(trucBach.isWithin(trucBach)).isFalse();
    }

    /** What a product code T-X-STT-năm needs: did the commune belong to the province in that year, and now? */
    @Test
    void a_product_code_of_2024_is_checked_and_carried_to_the_new_units() {
        // list, line 8489: Phường 4 (27691), Thành phố Tân An, Tỉnh Long An (80)
        List<AdministrativeUnit> in2024 = UNITS.versions("27691", 2024);
        assertThat(in2024).singleElement().satisfies(u -> assertThat(u.province().code()).isEqualTo("80"));
        AdministrativeUnit old = in2024.get(0);
        assertThat(UNITS.correspondingOn(old, Y2026)).extracting(AdministrativeUnit::label)
                .containsExactly("Phường Long An (27694)");
        assertThat(UNITS.correspondingOn(old.province(), Y2026)).extracting(AdministrativeUnit::label)
                .containsExactly("Tỉnh Tây Ninh (80)");
        // a code not in use in the code's year
        assertThat(UNITS.versions("27694", 2026)).singleElement()
                .satisfies(u -> assertThat(u.province().code()).isEqualTo("80"));
        assertThat(UNITS.versions("84", 2026)).isEmpty();
        // the pair (T, X) of the product code
        assertThat(UNITS.inProvince("80", "27691", 2024)).containsExactly(old);
        assertThat(UNITS.inProvince("84", "27691", 2024)).isEmpty();
        assertThat(UNITS.inProvince("80", "27691", 2026)).isEmpty();
        assertThat(UNITS.inProvince("80", "27694", 2026)).extracting(AdministrativeUnit::name)
                .containsExactly("Phường Long An");
        assertThat(UNITS.inProvince("80", "80", 2026)).as("a province is not inside itself").isEmpty();
        assertThat(UNITS.inProvince("84", "845", 2024)).extracting(AdministrativeUnit::name)
                .containsExactly("Huyện Cầu Kè");
        assertThat(UNITS.inProvince(null, "27691", 2024)).isEmpty();
        // 2025: list, line 9008 (Thị trấn Cầu Kè, Trà Vinh 84); conversion: Xã Cầu Kè (29308), Vĩnh Long 86
        assertThat(UNITS.inProvince("84", "29308", 2025)).extracting(AdministrativeUnit::name)
                .containsExactly("Thị trấn Cầu Kè");
        assertThat(UNITS.inProvince("86", "29308", 2025)).extracting(AdministrativeUnit::name)
                .containsExactly("Xã Cầu Kè");
        assertThat(UNITS.inProvince("86", "29308", 2024)).isEmpty();
    }

    @Test
    void an_unknown_code_names_the_units_that_carry_it_at_other_dates() {
        assertThatThrownBy(() -> UNITS.get("84", Y2026)).isInstanceOfSatisfying(UnitLookupException.class, e -> {
            assertThat(e.reason()).isEqualTo(UnitLookupException.Reason.UNKNOWN_CODE);
            assertThat(e.query()).isEqualTo("84");
            assertThat(e.date()).isEqualTo(Y2026);
            assertThat(e.candidates()).extracting(AdministrativeUnit::name).containsExactly("Tỉnh Trà Vinh");
            assertThat(e.getMessage()).isEqualTo("Không có đơn vị hành chính mã 84 vào ngày 01/01/2026. Mã này thuộc về:"
                    + "\n  - Tỉnh Trà Vinh (84), đến hết 30/06/2025");
            assertThat(e.text(Locale.ENGLISH)).isEqualTo("No administrative unit has the code 84 on 2026-01-01. The"
                    + " code belongs to:\n  - Tỉnh Trà Vinh (84), up to and including 2025-06-30");
        });
        assertThatThrownBy(() -> UNITS.get("12345", Y2026)).isInstanceOfSatisfying(UnitLookupException.class,
                e -> assertThat(e.getMessage()).isEqualTo("Không có đơn vị hành chính mã 12345 vào ngày 01/01/2026."));
    }

    @Test
    void a_unit_of_another_registry_is_refused_by_the_structure_lookups() {
        AdministrativeUnit trucBach = UNITS.get("00004", Y2024);
        AdministrativeUnitRegistry fresh = AdministrativeUnitRegistry.loadBundled();
        assertThat(fresh).isNotSameAs(UNITS);
        // an equal unit of another registry of the same data is accepted, and answered with that registry's units
        assertThat(fresh.successorsOf(trucBach)).singleElement()
                .satisfies(s -> assertThat(s.from()).isEqualTo(trucBach).isNotSameAs(trucBach));
        AdministrativeUnit stranger = UnitsReaderTest.read(UnitsReaderTest.replace(UnitsReaderTest.TINY,
                "\"Phường Trúc Bạch\"", "\"Phường Trúc Bạch Mới\"")).get("00004", Y2024);
        assertThat(UNITS.children(UnitsReaderTest.tiny().get("01", Y2024))).as("an equal unit").hasSize(30);
        assertThatThrownBy(() -> UNITS.children(stranger)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a unit of this registry");
    }

    @Test
    void structure_results_are_ordered_and_unmodifiable() {
        List<AdministrativeUnit> provinces = UNITS.provinces(Y2026);
        assertThat(provinces).extracting(AdministrativeUnit::code).isSorted();
        assertThatThrownBy(() -> provinces.add(provinces.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(UNITS.provinces(Y2026)).extracting(AdministrativeUnit::name).contains("Thành phố Huế",
                "Tỉnh Vĩnh Long", "Thành phố Hồ Chí Minh");
        Set<String> kinds = new HashSet<>();
        for (AdministrativeUnit u : UNITS.units(AreaLevel.COMMUNE, Y2026)) {
            kinds.add(u.kind().word());
        }
        assertThat(kinds).containsExactlyInAnyOrder("Xã", "Phường", "Đặc khu");
    }
}
