package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidInputException;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.area.AdministrativeUnits;

/**
 * Phụ lục II: "Mã số sản phẩm (T)-(X)-(STT)-năm", T and X the codes of QĐ 19/2025/QĐ-TTg: checked for shape, and
 * against the bundled national register of units in the code's year (the units before 01/07/2025 and after).
 */
class ProductCodeTest {
    @Test
    void parseAndFormat() {
        ProductCode c = ProductCode.parse(" 86 - 29518 - 3 - 2026 ");
        assertThat(c).isEqualTo(new ProductCode("86", "29518", 3, 2026));
        assertThat(c.format()).isEqualTo("86-29518-003-2026");
        assertThat(ProductCode.parse("86.-.29518.-.003.-.2026")).isEqualTo(c);
        // a district-era record keeps its 3-digit district code: Thành phố Trà Vinh, Tỉnh Trà Vinh, in 2021
        assertThat(ProductCode.parse("84-842-012-2021").commune()).isEqualTo("842");
    }

    @Test
    void badShapesNameTheProblem() {
        assertThatThrownBy(() -> ProductCode.parse("80-29518-2026")).isInstanceOf(OcopException.class)
                .hasMessageContaining("T-X-STT-năm");
        assertThatThrownBy(() -> ProductCode.parse("80-29518-000-2026")).hasMessageContaining("serial number");
        assertThatThrownBy(() -> ProductCode.parse("80-29518-001-1999")).hasMessageContaining("year");
        assertThatThrownBy(() -> ProductCode.parseShape("80-29518-2026")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::path)
                        .containsExactly("$"));
        assertThatThrownBy(() -> new ProductCode("8a", "29518", 1, 2026)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("province code must be 1 to 3 digits");
    }

    @Test
    void unitsAreCheckedInTheCodesYearAgainstTheBundledRegister() {
        // Xã Long Hữu (29518) lay in Trà Vinh (84) until 30/06/2025 and lies in Vĩnh Long (86) from 01/07/2025
        assertThat(ProductCode.parse("84-29518-001-2024")).isNotNull();
        assertThat(ProductCode.parse("84-29518-001-2025")).isNotNull();
        assertThat(ProductCode.parse("86-29518-001-2025")).isNotNull();
        assertThatThrownBy(() -> ProductCode.parse("86-29518-001-2024")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).containsExactly(new Problem(
                        "product code", "$", "86-29518-001-2024: unit 29518 does not lie in province 86 in 2024")));
        // Trà Vinh no longer exists in 2026; the commune code does (the new Xã Long Hữu), but not in 84
        assertThatThrownBy(() -> ProductCode.parse("84-29518-001-2026"))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).containsExactly(new Problem(
                        "product code", "$", "84-29518-001-2026: province code 84 names no unit in 2026")));
        // a district-era code: valid in its year, two problems after the reorganisation
        assertThat(ProductCode.parse("84-845-001-2024").commune()).isEqualTo("845");
        assertThatThrownBy(() -> ProductCode.of("84", "845", 1, 2026))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::message)
                        .containsExactly("84-845-001-2026: province code 84 names no unit in 2026",
                                "84-845-001-2026: commune code 845 names no unit in 2026"));
        // a province code for a commune: not inside itself
        assertThatThrownBy(() -> ProductCode.parse("86-86-001-2026")).hasMessageContaining(
                "unit 86 does not lie in province 86 in 2026");
    }

    @Test
    void theShapeAloneCanBeCheckedForCodesNoRegisterLists() {
        ProductCode old = ProductCode.parseShape("99-99999-001-2019");
        assertThat(old.format()).isEqualTo("99-99999-001-2019");
        assertThat(old.problems(vn.ocop.area.AdministrativeUnitRegistry.bundled())).extracting(Problem::message)
                .containsExactly("99-99999-001-2019: province code 99 names no unit in 2019",
                        "99-99999-001-2019: commune code 99999 names no unit in 2019");
        assertThatThrownBy(() -> ProductCode.parse("99-99999-001-2019")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void checkedAgainstAPluggableRegistry() {
        Map<String, String> parents = Map.of("29518", "80", "842", "84");
        AdministrativeUnits units = new AdministrativeUnits() {
            @Override
            public boolean exists(String code, LocalDate date) {
                return code.equals("80") || code.equals("29518")
                        || ((code.equals("84") || code.equals("842")) && date.isBefore(LocalDate.of(2025, 7, 1)));
            }

            @Override
            public Optional<String> parentOf(String code, LocalDate date) {
                return Optional.ofNullable(parents.get(code));
            }

            @Override
            public boolean existsIn(String code, int year) {
                return exists(code, LocalDate.of(year, 1, 1));
            }

            @Override
            public boolean liesWithin(String code, String ancestor, int year) {
                return ancestor.equals(parents.get(code)) && existsIn(code, year);
            }
        };
        assertThat(ProductCode.parseShape("80-29518-003-2026").isKnownTo(units, LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(ProductCode.parseShape("84-842-012-2021").isKnownTo(units, LocalDate.of(2021, 9, 1))).isTrue();
        assertThat(ProductCode.parseShape("84-842-012-2021").isKnownTo(units, LocalDate.of(2026, 9, 1))).isFalse();
        // the same code, valid in this register and not in the bundled one
        assertThat(ProductCode.parse("80-29518-003-2026", units).province()).isEqualTo("80");
        assertThatThrownBy(() -> ProductCode.parse("80-29518-003-2026")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ProductCode.parse("84-842-012-2026", units)).hasMessageContaining(
                "province code 84 names no unit in 2026");
    }

    @Test
    void jsonAsTextCheckedOnReading() throws Exception {
        var json = OcopJson.mapper();
        ProductCode c = ProductCode.parse("86-29518-003-2026");
        assertThat(json.writeValueAsString(c)).isEqualTo("\"86-29518-003-2026\"");
        assertThat(json.readValue("\"86-29518-003-2026\"", ProductCode.class)).isEqualTo(c);
        assertThatThrownBy(() -> json.readValue("\"80-29518-003-2026\"", ProductCode.class))
                .hasMessageContaining("unit 29518 does not lie in province 80 in 2026");
    }
}
