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
}
