package vn.ocop.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.area.Area;
import vn.ocop.area.Areas;
import vn.ocop.product.Product;
import vn.ocop.testing.TraVinh;

/** Contributions per unit version as recorded on their date; unknown codes kept apart. */
class TallyTest {
    static final Areas AREAS = TraVinh.areas();

    @Test
    void contributionsGoToTheVersionRecordedOnTheirDate() {
        Tally t = Tally.of(AREAS);
        t.add("86", LocalDate.of(2024, 6, 1), 1, 0);
        t.add("86", LocalDate.of(2026, 1, 1), 2, 0);
        t.add("845", LocalDate.of(2026, 1, 1), 1, 1);   // a district code after the reform: the district
        t.add("99999", LocalDate.of(2024, 6, 1), 1, 2);
        t.add("99999", LocalDate.of(2024, 6, 1), 0, 1);
        Area oldVinhLong = AREAS.unit("86", LocalDate.of(2024, 6, 1)).orElseThrow();
        Area newVinhLong = AREAS.unit("86", LocalDate.of(2026, 1, 1)).orElseThrow();
        Area cauKe = AREAS.unit("845", LocalDate.of(2024, 6, 1)).orElseThrow();
        assertThat(t.units()).containsExactlyInAnyOrder(oldVinhLong, newVinhLong, cauKe);
        assertThat(t.numerator(oldVinhLong)).isEqualTo(1);
        assertThat(t.numerator(newVinhLong)).isEqualTo(2);
        assertThat(t.denominator(cauKe)).isEqualTo(1);
        assertThat(t.unknownCodes()).containsExactly("99999");
        assertThat(t.unknownNumerator()).isEqualTo(1);
        assertThat(t.unknownDenominator()).isEqualTo(3);
        assertThat(t.numerator()).isEqualTo(5);
        assertThat(t.denominator()).isEqualTo(4);
    }

    @Test
    void aRecordGoesToItsCommuneOrItsKnownProvince() {
        Tally t = Tally.of(AREAS);
        t.addProduct(new Product("P", "Sản phẩm", 1, "I", "PR", "84", "99999", null), LocalDate.of(2024, 6, 1), 1, 0);
        assertThat(t.units()).extracting(Area::code).containsExactly("84");
        assertThat(t.unknownCodes()).isEmpty();
        assertThatThrownBy(() -> t.add("84", LocalDate.of(2024, 6, 1), -1, 0)).isInstanceOf(OcopException.class)
                .hasMessageContaining("must not be negative");
    }

    @Test
    void recordsSharingACodeAreResolvedByTheirOwnProvinceAndDate() {
        Tally t = Tally.of(AREAS);
        String unknownCommune = "99999";
        // the same commune code instance under two provinces: each record goes to its own province
        t.addProduct(new Product("P1", "Sản phẩm", 1, "I", "PR", "84", unknownCommune, null), LocalDate.of(2024, 6, 1), 1, 0);
        t.addProduct(new Product("P2", "Sản phẩm", 1, "I", "PR", "83", unknownCommune, null), LocalDate.of(2024, 6, 1), 1, 0);
        // one code across the 2025 merger: the old Vĩnh Long, then the new one
        Product p3 = new Product("P3", "Sản phẩm", 1, "I", "PR", "86", "86", null);
        t.addProduct(p3, LocalDate.of(2024, 6, 1), 1, 0);
        t.addProduct(p3, LocalDate.of(2026, 1, 1), 1, 0);
        t.addProduct(p3, LocalDate.of(2024, 7, 1), 1, 0);
        assertThat(t.numerator(AREAS.unit("84", LocalDate.of(2024, 6, 1)).orElseThrow())).isEqualTo(1);
        assertThat(t.numerator(AREAS.unit("83", LocalDate.of(2024, 6, 1)).orElseThrow())).isEqualTo(1);
        assertThat(t.numerator(AREAS.unit("86", LocalDate.of(2024, 6, 1)).orElseThrow())).isEqualTo(2);
        assertThat(t.numerator(AREAS.unit("86", LocalDate.of(2026, 1, 1)).orElseThrow())).isEqualTo(1);
        assertThat(t.unknownCodes()).isEmpty();
    }
}
