package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import vn.ocop.rubric.Authority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Điều 5: provincial rounds (30/6 for proposals before 30/4, 30/12 for before 30/10); ministry (30/9, 30/3). */
class RoundTest {
    @ParameterizedTest(name = "commune proposal {0} → province round {1} before {2}")
    @CsvSource({
        "2026-01-10, 1, 2026-06-30", "2026-04-29, 1, 2026-06-30", "2026-04-30, 2, 2026-12-30",
        "2026-10-29, 2, 2026-12-30", "2026-10-30, 1, 2027-06-30", "2026-12-31, 1, 2027-06-30"})
    void provincial(LocalDate proposed, int number, LocalDate heldBefore) {
        Round r = Round.provincial(proposed);
        assertThat(r.level()).isEqualTo(Authority.PROVINCE);
        assertThat(r.number()).isEqualTo(number);
        assertThat(r.heldBefore()).isEqualTo(heldBefore);
        assertThat(proposed).isBefore(r.proposalsBefore());
    }

    @ParameterizedTest(name = "province proposal {0} → ministry round {1} before {2}")
    @CsvSource({
        "2026-01-29, 2, 2026-03-30", "2026-01-30, 1, 2026-09-30", "2026-07-29, 1, 2026-09-30",
        "2026-07-30, 2, 2027-03-30", "2026-12-01, 2, 2027-03-30"})
    void ministry(LocalDate proposed, int number, LocalDate heldBefore) {
        Round r = Round.ministry(proposed);
        assertThat(r.level()).isEqualTo(Authority.MINISTRY);
        assertThat(r.number()).isEqualTo(number);
        assertThat(r.heldBefore()).isEqualTo(heldBefore);
    }

    @Test
    void aRoundIsHeldByTheProvinceOrTheMinistryWithItsNumberAndCutOff() {
        LocalDate held = LocalDate.of(2026, 6, 30);
        LocalDate cutOff = LocalDate.of(2026, 4, 30);
        assertThatThrownBy(() -> new Round(Authority.DISTRICT, 1, held, cutOff))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("province or the ministry");
        // a council's rules may add rounds (Điều 5.1, second paragraph): number 3 is one of them
        assertThat(new Round(Authority.PROVINCE, 3, held, cutOff).number()).isEqualTo(3);
        assertThatThrownBy(() -> new Round(Authority.PROVINCE, 0, held, cutOff))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1, was 0");
        assertThatThrownBy(() -> new Round(Authority.PROVINCE, 1, cutOff, held))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not before the round");
    }
}
