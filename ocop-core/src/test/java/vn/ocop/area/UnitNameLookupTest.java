package vn.ocop.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Name lookups on the bundled units: NFC/NFD, case, tone placement, kind words, parents and dates; ambiguity is a
 * problem listing the candidates. Names are those of the NSO list (04/01/2025) and conversion table (01/07/2025).
 */
class UnitNameLookupTest {
    static final AdministrativeUnitRegistry UNITS = BundledUnitsTest.UNITS;
    static final LocalDate Y2024 = BundledUnitsTest.Y2024;
    static final LocalDate Y2026 = BundledUnitsTest.Y2026;

    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @ParameterizedTest
    @CsvSource({
        "Phường Trúc Bạch", "phường trúc bạch", "PHƯỜNG TRÚC BẠCH", "Trúc Bạch", "  trúc   bạch ", "Phường  Trúc Bạch"})
    void a_name_is_found_whatever_its_case_spacing_and_kind_word(String query) {
        assertThat(UNITS.getByName(query, Y2024).code()).isEqualTo("00004");
        assertThat(UNITS.getByName(nfd(query), Y2024).code()).as("NFD").isEqualTo("00004");
    }

    @Test
    void nfd_and_nfc_names_of_the_data_match_each_other() {
        String nfd = nfd("Xã Tiên Hải");
        assertThat(nfd).isNotEqualTo("Xã Tiên Hải");
        assertThat(UNITS.findByName(nfd)).isEqualTo(UNITS.findByName("Xã Tiên Hải")).isNotEmpty()
                .allMatch(u -> u.name().equals("Xã Tiên Hải"));
    }

    /** List, line 60: "Phường Yên Hoà" (old tone placement); conversion: the new ward "Phường Yên Hòa" (00175). */
    @Test
    void old_and_new_tone_placement_are_the_same_name() {
        AdministrativeUnit hanoi = UNITS.get("01", Y2024);
        assertThat(UNITS.getByName("Phường Yên Hòa", Y2024, hanoi).label()).isEqualTo("Phường Yên Hoà (00172)");
        assertThat(UNITS.getByName("Phường Yên Hoà", Y2026).label()).isEqualTo("Phường Yên Hòa (00175)");
        assertThat(AdministrativeUnit.sameName("Xã Điềm Thụy", "Xã Điềm Thuỵ")).isTrue();
        assertThat(AdministrativeUnit.sameName("Hoà Bình", "Hòa Bình")).isTrue();
        assertThat(AdministrativeUnit.sameName("Xã Hoàng", "Xã Hòang")).as("a closed syllable: not folded").isFalse();
        assertThat(AdministrativeUnit.sameName("Đắk Glei", "Đăk Glei")).as("another letter: not folded").isFalse();
        assertThat(AdministrativeUnit.sameName("Quí", "Quý")).isFalse();
    }

    @Test
    void apostrophes_and_hyphens_are_written_several_ways() {
        // list: "Xã Ea M' Doal" (24430); conversion: "Xã Ea M'Doal"
        assertThat(UNITS.getByName("Xã Ea M'Doal", Y2024).code()).isEqualTo("24430");
        assertThat(UNITS.getByName("Xã Ea M’ Doal", Y2024).code()).isEqualTo("24430");
        assertThat(UNITS.getByName("Tỉnh Bà Rịa-Vũng Tàu", Y2024).code()).isEqualTo("77");
        assertThat(AdministrativeUnit.sameName("Đắk R’Măng", "Đắk R'Măng")).isTrue();
    }

    @Test
    void a_kind_word_must_match_the_units_kind() {
        assertThat(UNITS.findByName("Xã Trúc Bạch", Y2024)).isEmpty();
        assertThat(UNITS.findByName("Quận Ba Đình", Y2024)).extracting(AdministrativeUnit::label)
                .containsExactly("Quận Ba Đình (001)");
        // "Thành phố" is a province-level and a district-level kind
        assertThat(UNITS.getByName("Thành phố Hà Nội", Y2024).level()).isEqualTo(AreaLevel.PROVINCE);
        assertThat(UNITS.getByName("Thành phố Bắc Giang", Y2024).kind()).isEqualTo(UnitKind.THANH_PHO_CAP_HUYEN);
        assertThat(UNITS.getByName("Đặc khu Côn Đảo", Y2026).code()).isEqualTo("26732");
        assertThat(UNITS.getByName("Thị xã Phú Mỹ", Y2024).code()).isEqualTo("754");
        assertThat(UNITS.getByName("Thị trấn Cầu Kè", Y2024).kind()).isEqualTo(UnitKind.THI_TRAN);
    }

    @Test
    void other_names_from_the_conversion_table_find_the_unit() {
        // conversion: "Thị Xã Mộc Châu (123)" for the list's "Huyện Mộc Châu"; "Xã Sà Phìn" for "Xã Xà Phìn" (00736)
        assertThat(UNITS.getByName("Thị xã Mộc Châu", Y2024).label()).isEqualTo("Huyện Mộc Châu (123)");
        assertThat(UNITS.getByName("Xã Xà Phìn", Y2024).code()).isEqualTo("00736");
        assertThat(UNITS.findByName("Xã Sà Phìn", Y2024)).extracting(AdministrativeUnit::code).contains("00736");
        AdministrativeUnit mocChau = UNITS.get("123", Y2024);
        assertThat(mocChau.otherNames()).containsExactly("Thị xã Mộc Châu");
        assertThat(mocChau.answersTo("thị xã mộc châu")).isTrue();
        assertThat(mocChau.answersTo("Mộc Châu")).isTrue();
        assertThat(mocChau.answersTo("Thành phố Mộc Châu")).isFalse();
    }

    @Test
    void dates_and_parents_narrow_a_name() {
        assertThat(UNITS.findByName("Ba Đình", Y2026)).extracting(AdministrativeUnit::label)
                .containsExactly("Phường Ba Đình (00004)", "Xã Ba Đình (16171)");
        AdministrativeUnit hanoi = UNITS.get("01", Y2026);
        assertThat(UNITS.getByName("Ba Đình", Y2026, hanoi).code()).isEqualTo("00004");
        assertThat(UNITS.getByName("Phường Ba Đình", Y2026).code()).isEqualTo("00004");
        // list, lines 4378 and 4421: two wards of Thanh Hóa were called Ba Đình before the reform
        assertThat(UNITS.findByName("Phường Ba Đình", Y2024)).extracting(AdministrativeUnit::label)
                .containsExactly("Phường Ba Đình (14776)", "Phường Ba Đình (14812)");
        assertThat(UNITS.findByName("Phường Ba Đình")).extracting(AdministrativeUnit::label)
                .containsExactly("Phường Ba Đình (14776)", "Phường Ba Đình (14812)", "Phường Ba Đình (00004)");
        // before the reform, Quận Ba Đình; a district is within its province
        AdministrativeUnit oldHanoi = UNITS.get("01", Y2024);
        assertThat(UNITS.findByName("Ba Đình", Y2024, oldHanoi)).extracting(AdministrativeUnit::label)
                .containsExactly("Quận Ba Đình (001)");
        assertThat(UNITS.getByName("Tỉnh Trà Vinh", null).code()).isEqualTo("84");
    }

    @Test
    void an_ambiguous_name_lists_every_candidate() {
        assertThatThrownBy(() -> UNITS.getByName("Ba Đình", Y2026)).isInstanceOfSatisfying(UnitLookupException.class,
                e -> {
                    assertThat(e.reason()).isEqualTo(UnitLookupException.Reason.AMBIGUOUS_NAME);
                    assertThat(e.candidates()).extracting(AdministrativeUnit::code).containsExactly("00004", "16171");
                    assertThat(e.getMessage()).isEqualTo("Tên \"Ba Đình\" ứng với 2 đơn vị hành chính vào ngày 01/01/2026."
                            + " Hãy nêu thêm ngày, loại đơn vị (Xã, Phường…) hoặc đơn vị cấp trên:"
                            + "\n  - Phường Ba Đình (00004), Thành phố Hà Nội, từ 01/07/2025"
                            + "\n  - Xã Ba Đình (16171), Tỉnh Thanh Hóa, từ 01/07/2025");
                    assertThat(e.text(Locale.ENGLISH)).isEqualTo("The name \"Ba Đình\" matches 2 administrative units"
                            + " on 2026-01-01. Give a date, a kind word (Xã, Phường…) or a parent unit:"
                            + "\n  - Phường Ba Đình (00004), Thành phố Hà Nội, from 2025-07-01"
                            + "\n  - Xã Ba Đình (16171), Tỉnh Thanh Hóa, from 2025-07-01");
                });
        // list: 18 communes and a district (Thành phố Tân An, 794) named Tân An; the message lists 10, counts the rest
        assertThatThrownBy(() -> UNITS.getByName("Tân An", Y2024)).isInstanceOfSatisfying(UnitLookupException.class,
                e -> {
                    assertThat(e.candidates()).hasSize(19).allMatch(u -> u.shortName().equals("Tân An"));
                    assertThat(e.candidates().get(0).label()).isEqualTo("Thành phố Tân An (794)");
                    assertThat(e.candidates()).filteredOn(u -> u.level() == AreaLevel.COMMUNE).hasSize(18);
                    assertThat(e.getMessage()).startsWith("Tên \"Tân An\" ứng với 19 đơn vị hành chính vào ngày"
                            + " 01/06/2024.").endsWith("\n  - … và 9 đơn vị khác");
                });
    }

    @Test
    void an_unknown_name_says_where_it_was_looked_for() {
        AdministrativeUnit hanoi = UNITS.get("01", Y2026);
        assertThatThrownBy(() -> UNITS.getByName("Xã Không Có", Y2026, hanoi))
                .isInstanceOfSatisfying(UnitLookupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnitLookupException.Reason.UNKNOWN_NAME);
                    assertThat(e.candidates()).isEmpty();
                    assertThat(e.within()).isEqualTo("Thành phố Hà Nội (01)");
                    assertThat(e.getMessage()).isEqualTo("Không có đơn vị hành chính nào tên \"Xã Không Có\" vào ngày"
                            + " 01/01/2026 thuộc Thành phố Hà Nội (01)");
                    assertThat(e.text(Locale.ENGLISH)).isEqualTo("No administrative unit is named \"Xã Không Có\" on"
                            + " 2026-01-01 within Thành phố Hà Nội (01)");
                });
        assertThatThrownBy(() -> UNITS.getByName("Atlantis", null)).hasMessage(
                "Không có đơn vị hành chính nào tên \"Atlantis\"");
    }

    @Test
    void units_describe_themselves_in_both_languages() {
        AdministrativeUnit trucBach = UNITS.get("00004", Y2024);
        assertThat(trucBach.describe(Locale.forLanguageTag("vi"))).isEqualTo("Phường Trúc Bạch (00004), Quận Ba Đình,"
                + " Thành phố Hà Nội, đến hết 30/06/2025");
        assertThat(trucBach.describe(Locale.ENGLISH)).isEqualTo("Phường Trúc Bạch (00004), Quận Ba Đình, Thành phố"
                + " Hà Nội, up to and including 2025-06-30");
        assertThat(trucBach.shortName()).isEqualTo("Trúc Bạch");
        assertThat(trucBach.toString()).isEqualTo("Phường Trúc Bạch (00004) [-, 2025-07-01)");
        assertThat(UNITS.get("00004", Y2026).toString()).isEqualTo("Phường Ba Đình (00004) [2025-07-01, -)");
    }
}
