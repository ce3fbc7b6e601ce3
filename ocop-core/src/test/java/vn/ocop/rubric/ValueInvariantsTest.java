package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rubric values cannot contradict themselves: a band is not empty, a star minimum is one of 3★ to 5★. */
class ValueInvariantsTest {
    @Test
    void aBandRunsUpwards() {
        assertThatThrownBy(() -> new StarBand(Star.FOUR, new BigDecimal("90"), new BigDecimal("70"), false, "Điều 3.3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("band 4★: from 90 must be below to 70");
        assertThatThrownBy(() -> new StarBand(Star.FOUR, new BigDecimal("70"), new BigDecimal("70.0"), true, "Điều 3.3"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new StarBand(Star.FOUR, new BigDecimal("70"), new BigDecimal("90"), false, "Điều 3.3")
                .contains(new BigDecimal("89.99"))).isTrue();
    }

    @Test
    void aMinimumIsMarkedFor3To5Stars() {
        for (Star s : List.of(Star.ONE, Star.TWO)) {
            assertThatThrownBy(() -> new Option("a", BigDecimal.ONE, "x", s, null, List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not " + s);
        }
        assertThat(new Option("a", BigDecimal.ONE, "x", Star.THREE, null, List.of()).minStars()).isEqualTo(Star.THREE);
        assertThat(new Option("a", BigDecimal.ONE, "x", null, null, List.of()).minStars()).isNull();
    }
}
