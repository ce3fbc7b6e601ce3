package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;

/** Phụ lục II: "Mã số sản phẩm (T)-(X)-(STT)-năm". */
class ProductCodeTest {
    @Test
    void parseAndFormat() {
        ProductCode c = ProductCode.parse(" 80 - 29518 - 3 - 2026 ");
        assertThat(c).isEqualTo(new ProductCode("80", "29518", 3, 2026));
        assertThat(c.format()).isEqualTo("80-29518-003-2026");
        assertThat(ProductCode.parse("80.-.29518.-.003.-.2026")).isEqualTo(c);
        // a district-era record keeps its 3-digit district code
        assertThat(ProductCode.parse("84-842-012-2021").commune()).isEqualTo("842");
    }

    @Test
    void badShapesNameTheProblem() {
        assertThatThrownBy(() -> ProductCode.parse("80-29518-2026")).isInstanceOf(OcopException.class)
                .hasMessageContaining("T-X-STT-năm");
        assertThatThrownBy(() -> ProductCode.parse("80-29518-000-2026")).hasMessageContaining("serial number");
        assertThatThrownBy(() -> ProductCode.parse("80-29518-001-1999")).hasMessageContaining("year");
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
        };
        assertThat(ProductCode.parse("80-29518-003-2026").isKnownTo(units, LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(ProductCode.parse("84-842-012-2021").isKnownTo(units, LocalDate.of(2021, 9, 1))).isTrue();
        assertThat(ProductCode.parse("84-842-012-2021").isKnownTo(units, LocalDate.of(2026, 9, 1))).isFalse();
    }

    @Test
    void jsonAsText() throws Exception {
        var json = OcopJson.mapper();
        ProductCode c = ProductCode.parse("80-29518-003-2026");
        assertThat(json.writeValueAsString(c)).isEqualTo("\"80-29518-003-2026\"");
        assertThat(json.readValue("\"80-29518-003-2026\"", ProductCode.class)).isEqualTo(c);
    }
}
