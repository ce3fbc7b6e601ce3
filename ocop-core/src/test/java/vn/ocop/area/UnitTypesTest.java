package vn.ocop.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.format.Formats;

/** Levels, kinds, kinds of merger, the name key, and the checks of the value types. */
class UnitTypesTest {
    static final Locale VI = Formats.VIETNAMESE_LOCALE;

    @ParameterizedTest
    @CsvSource({
        "Tỉnh Trà Vinh, PROVINCE, TINH",
        "Thành phố Hà Nội, PROVINCE, THANH_PHO_TRUC_THUOC_TRUNG_UONG",
        "Thành phố Bắc Giang, DISTRICT, THANH_PHO_CAP_HUYEN",
        "Thị xã Phú Mỹ, DISTRICT, THI_XA",
        "Quận 1, DISTRICT, QUAN",
        "Huyện Cầu Kè, DISTRICT, HUYEN",
        "Thị trấn Cầu Kè, COMMUNE, THI_TRAN",
        "Xã Tam Ngãi, COMMUNE, XA",
        "Phường 5, COMMUNE, PHUONG",
        "Đặc khu Côn Đảo, COMMUNE, DAC_KHU"})
    void the_kind_is_the_word_a_name_starts_with(String name, AreaLevel level, UnitKind kind) {
        assertThat(UnitKind.of(name, level)).isEqualTo(kind);
        assertThat(kind.level()).isEqualTo(level);
        assertThat(name).startsWith(kind.word() + " ");
    }

    @ParameterizedTest
    @CsvSource({"Xã, COMMUNE", "Xã , COMMUNE", "Xãx Tân, COMMUNE", "xã Tân An, COMMUNE", "Huyện Cầu Kè, COMMUNE",
        "Tỉnh Trà Vinh, DISTRICT", "Cầu Kè, DISTRICT"})
    void a_name_without_its_levels_kind_word_has_no_kind(String name, AreaLevel level) {
        assertThat(UnitKind.of(name, level)).isNull();
    }

    @Test
    void levels_kinds_and_merges_read_in_vietnamese_and_english() {
        assertThat(AreaLevel.DISTRICT.text(VI)).isEqualTo("cấp huyện");
        assertThat(AreaLevel.DISTRICT.text(Locale.ENGLISH)).isEqualTo("district level");
        assertThat(AreaLevel.PROVINCE.isAbove(AreaLevel.COMMUNE)).isTrue();
        assertThat(AreaLevel.COMMUNE.isAbove(AreaLevel.COMMUNE)).isFalse();
        assertThat(UnitKind.THI_TRAN.text()).isEqualTo("Thị trấn");
        assertThat(UnitKind.THI_TRAN.text(Locale.ENGLISH)).isEqualTo("township");
        assertThat(UnitKind.THANH_PHO_TRUC_THUOC_TRUNG_UONG.text()).isEqualTo("Thành phố trực thuộc trung ương");
        assertThat(UnitMergeKind.PART_OF_AREA_ALL_OF_POPULATION.text())
                .isEqualTo("Nhập một phần diện tích, toàn bộ dân số");
        assertThat(UnitMergeKind.KIND_CHANGED.text(Locale.ENGLISH)).isEqualTo("changed kind");
        for (UnitKind k : UnitKind.values()) {
            assertThat(k.text(Locale.ENGLISH)).isNotEqualTo(k.name()).isNotBlank();
        }
        for (UnitMergeKind k : UnitMergeKind.values()) {
            assertThat(k.text()).isNotEqualTo(k.name()).isNotEqualTo(k.text(Locale.ENGLISH));
        }
    }

    @Test
    void whole_kinds_are_those_that_leave_no_part_elsewhere() {
        assertThat(List.of(UnitMergeKind.values())).filteredOn(UnitMergeKind::whole).containsExactly(
                UnitMergeKind.WHOLE, UnitMergeKind.UNCHANGED, UnitMergeKind.RENAMED, UnitMergeKind.KIND_CHANGED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hoà Bình | hòa bình",
        "HOÀ BÌNH | hòa bình",
        "Thuỷ | thủy",
        "Thụy | thụy",
        "Khoẻ | khỏe",
        "Quý | qúy",
        "Hoàng | hoàng",
        "Toán | toán",
        "Nguyễn | nguyễn",
        "Ngoài | ngoài",
        "Khuya | khuya",
        "Ea M' Doal | ea m'doal",
        "Ea M’Doal | ea m'doal",
        "Bà Rịa - Vũng Tàu | bà rịa-vũng tàu",
        "  Trúc   Bạch  | trúc bạch",
        "Phường 1 | phường 1"})
    void the_name_key_folds_case_spacing_apostrophes_and_tone_placement_only(String name, String key) {
        assertThat(UnitNames.key(name)).isEqualTo(key);
        assertThat(UnitNames.key(Normalizer.normalize(name, Normalizer.Form.NFD))).as("NFD").isEqualTo(key);
    }

    @Test
    void a_succession_joins_an_old_unit_to_a_unit_that_begins_when_it_ends() {
        AdministrativeUnitRegistry tiny = UnitsReaderTest.tiny();
        AdministrativeUnit old = tiny.get("00016", LocalDate.of(2024, 1, 1));
        AdministrativeUnit other = tiny.get("00013", LocalDate.of(2024, 1, 1));
        AdministrativeUnit now = tiny.get("00004", LocalDate.of(2026, 1, 1));
        assertThat(new UnitSuccession(old, now, UnitMergeKind.PART, null).on()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThatThrownBy(() -> new UnitSuccession(old, other, UnitMergeKind.PART, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the new unit must begin on the first day the old one no longer exists");
        assertThatThrownBy(() -> new UnitSuccession(old, now, null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void provenance_checks_its_parts() {
        assertThatThrownBy(() -> new UnitsProvenance.Source("list", "t", LocalDate.of(2025, 1, 4), "f", "x", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rows must be at least 0: -1");
        UnitsProvenance p = new UnitsProvenance("t", LocalDate.of(2026, 1, 1), "g", new java.util.ArrayList<>(),
                List.of("a"), List.of());
        assertThatThrownBy(() -> p.fixes().add("b")).isInstanceOf(UnsupportedOperationException.class);
    }
}
