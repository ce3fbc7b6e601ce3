package vn.ocop.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link Areas} built from the bundled national register ({@link Areas#of(AdministrativeUnitRegistry)},
 * {@link Areas#around}): a province's plan needs no areas file. The units and successions are the registry's
 * (Cục Thống kê, list of 04/01/2025 and conversion table of the 2025 reorganisation; Nghị quyết 202/2025/QH15 for
 * the provinces: Trà Vinh, Bến Tre and Vĩnh Long form the new Vĩnh Long).
 */
class RegistryAreasTest {
    static final AdministrativeUnitRegistry UNITS = AdministrativeUnitRegistry.bundled();
    static final LocalDate JUNE_2024 = LocalDate.of(2024, 6, 1);
    static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);
    static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);

    @Test
    void theWholeRegisterKeepsEveryUnitAndItsDates() {
        Areas all = UNITS.areas();
        assertThat(all).isSameAs(UNITS.areas());
        assertThat(all.unitsOn(JUNE_2024, AreaLevel.PROVINCE)).hasSize(63);
        assertThat(all.unitsOn(JUNE_2024, AreaLevel.DISTRICT)).hasSize(696);
        assertThat(all.unitsOn(JUNE_2024, AreaLevel.COMMUNE)).hasSize(10_061);
        assertThat(all.unitsOn(JAN_2026, AreaLevel.PROVINCE)).hasSize(34);
        assertThat(all.unitsOn(JAN_2026, AreaLevel.DISTRICT)).isEmpty();
        assertThat(all.unitsOn(JAN_2026, AreaLevel.COMMUNE)).hasSize(3_321);
        // a unit whose first day the sources do not give exists on every earlier date
        Area truc = all.unit("00004", LocalDate.of(1990, 1, 1)).orElseThrow();
        assertThat(truc.name()).isEqualTo("Phường Trúc Bạch");
        assertThat(truc.validity().until()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(all.unit("00004", JAN_2026).orElseThrow().name()).isEqualTo("Phường Ba Đình");
        assertThat(all.parentOf("00004", JUNE_2024)).contains("001");
        assertThat(all.parentOf("00004", JAN_2026)).contains("01");
    }

    @Test
    void aDistrictMapsForwardToTheCommunesThatHoldItsTerritoryAsTheRegistryDoes() {
        Areas all = UNITS.areas();
        // Huyện Cầu Kè (845): its communes went into Cầu Kè, An Phú Tân, Phong Thạnh and Tam Ngãi
        assertThat(all.correspondingOn("845", JUNE_2024, JAN_2026)).containsExactly("29308", "29317", "29329",
                "29335");
        Set<String> viaRegistry = new TreeSet<>();
        for (AdministrativeUnit u : UNITS.correspondingOn(UNITS.get("845", JUNE_2024), JAN_2026)) {
            viaRegistry.add(u.code());
        }
        assertThat(all.correspondingOn("845", JUNE_2024, JAN_2026)).isEqualTo(viaRegistry);
        assertThat(all.successorsOf("845")).extracting(Succession::note).containsOnly("qua các xã trực thuộc");
        // a commune's own succession keeps the kind of merger as its note
        assertThat(all.predecessorsOf("29308")).filteredOn(s -> s.from().equals("29311"))
                .extracting(Succession::note).containsExactly("Nhập toàn bộ");
        assertThat(all.correspondingOn("84", JUNE_2024, JAN_2026)).containsExactly("86");
        assertThat(all.correspondingOn("86", JAN_2026, JUNE_2024)).containsExactly("83", "84", "86");
    }

    @Test
    void aProvincesPlanGetsItsProvinceAndEveryProvinceSharingTerritoryWithIt() {
        Areas traVinh = Areas.around(UNITS, "84", JUNE_2024);
        assertThat(traVinh.unitsOn(JUNE_2024, AreaLevel.PROVINCE)).extracting(Area::code)
                .containsExactly("83", "84", "86");
        assertThat(traVinh.unitsOn(JAN_2026, AreaLevel.PROVINCE)).extracting(Area::label)
                .containsExactly("Tỉnh Vĩnh Long (86)");
        assertThat(traVinh.childrenOf("84", JUNE_2024)).extracting(Area::code).containsExactly("842", "844", "845",
                "846", "847", "848", "849", "850", "851");
        assertThat(traVinh.exists("845", LAST_OLD_DAY)).isTrue();
        assertThat(traVinh.exists("845", LAST_OLD_DAY.plusDays(1))).isFalse();
        assertThat(traVinh.childrenOf("86", JAN_2026)).hasSize(124);
        // no unit of another province: Hà Nội's Trúc Bạch is not there
        assertThat(traVinh.versions("00004")).isEmpty();
        // the same part from a unit inside the province, and from the new province after the reform
        assertThat(Areas.around(UNITS, "845", JUNE_2024).units()).isEqualTo(traVinh.units());
        assertThat(Areas.around(UNITS, "86", JAN_2026).units()).isEqualTo(traVinh.units());
        // every version is the registry's, with its dates
        for (Area a : traVinh.units()) {
            LocalDate day = a.validity().until() == null ? JAN_2026 : a.validity().until().minusDays(1);
            AdministrativeUnit u = UNITS.get(a.code(), day);
            assertThat(List.of(u.name(), u.level())).isEqualTo(List.of(a.name(), a.level()));
        }
    }

    @Test
    void aCodeThatNamesNoUnitOnTheDateIsRefused() {
        assertThatThrownBy(() -> Areas.around(UNITS, "84", JAN_2026)).isInstanceOf(UnitLookupException.class)
                .hasMessageContaining("84");
    }
}
