package vn.ocop.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;

/** Percentages from counts that add up (largest remainder), and the match rule for published percentages. */
class PercentagesTest {
    @Test
    void ninhBinhGroupsAddUpTo100WithLargestRemainder() {
        // Ninh Bình 2021 (ninh-binh-2021.txt): 28 products — food 10, herbal 6, drinks 2, handicrafts 10
        List<Long> counts = List.of(10L, 6L, 2L, 10L);
        assertThat(Percentages.largestRemainder(counts, 1)).extracting(BigDecimal::toPlainString)
                .containsExactly("35.7", "21.4", "7.2", "35.7");
        // rounding each alone gives 35.7 + 21.4 + 7.1 + 35.7 = 99.9
        BigDecimal naive = counts.stream().map(c -> Percentages.of(c, 28, 1, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(naive).isEqualByComparingTo("99.9");
    }

    @Test
    void dongThapStarsAddUpTo100() {
        // Đồng Tháp, December 2024: 581 products, 464 3★, 116 4★, 1 5★; half-up alone: 79.9 + 20.0 + 0.2 = 100.1
        assertThat(Percentages.largestRemainder(List.of(464L, 116L, 1L), 1)).extracting(BigDecimal::toPlainString)
                .containsExactly("79.8", "20.0", "0.2");
        assertThat(Percentages.of(464, 581, 1, RoundingMode.HALF_UP)).isEqualByComparingTo("79.9");
    }

    @Test
    void tiesGoToTheLargerCountThenTheEarlierPosition() {
        assertThat(Percentages.largestRemainder(List.of(1L, 1L, 1L), 0)).extracting(BigDecimal::toPlainString)
                .containsExactly("34", "33", "33");
        assertThat(Percentages.largestRemainder(List.of(1L, 2L, 0L), 0)).extracting(BigDecimal::toPlainString)
                .containsExactly("33", "67", "0");
        assertThat(Percentages.largestRemainder(List.of(0L, 5L), 2)).extracting(BigDecimal::toPlainString)
                .containsExactly("0.00", "100.00");
    }

    @Test
    void theSumIsAlways100AndEachShareIsWithinOneUnit() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(5);
        for (int run = 0; run < 500; run++) {
            int n = 1 + rnd.nextInt(8);
            List<Long> counts = new java.util.ArrayList<>();
            long total = 0;
            for (int i = 0; i < n; i++) {
                long c = rnd.nextInt(1000);
                counts.add(c);
                total += c;
            }
            if (total == 0) {
                continue;
            }
            int scale = rnd.nextInt(3);
            List<BigDecimal> p = Percentages.largestRemainder(counts, scale);
            assertThat(p.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
            for (int i = 0; i < n; i++) {
                BigDecimal exact = BigDecimal.valueOf(counts.get(i) * 100).divide(BigDecimal.valueOf(total), 12,
                        RoundingMode.HALF_UP);
                assertThat(p.get(i).subtract(exact).abs()).isLessThan(BigDecimal.ONE.movePointLeft(scale));
            }
        }
    }

    @Test
    void aPublishedPercentageMatchesWhenItIsTheExactValueRoundedAtItsDecimals() {
        // Ninh Bình: 28 registrations, "vượt 16,7% so với kế hoạch": 4 over a plan of 24 is 16.67 %
        assertThat(Percentages.matches(new BigDecimal("16.7"), 4, 24)).isTrue();
        assertThat(Percentages.matches(new BigDecimal("16.6"), 4, 24)).isTrue();  // truncated
        assertThat(Percentages.matches(new BigDecimal("16.5"), 4, 24)).isFalse();
        assertThat(Percentages.matches(new BigDecimal("17"), 4, 24)).isTrue();
        assertThat(Percentages.matches(new BigDecimal("15"), 4, 24)).isFalse();
        assertThat(Percentages.matches(new BigDecimal("25.00"), 1, 4)).isTrue();
        assertThat(Percentages.matches(new BigDecimal("25.01"), 1, 4)).isFalse();
        assertThat(Percentages.matches(new BigDecimal("0"), 0, 0)).isFalse();
    }

    @Test
    void invalidInput() {
        assertThatThrownBy(() -> Percentages.largestRemainder(List.of(0L, 0L), 1)).isInstanceOf(OcopException.class)
                .hasMessageContaining("add up to 0");
        assertThatThrownBy(() -> Percentages.largestRemainder(List.of(-1L, 2L), 1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> Percentages.largestRemainder(List.of(1L), 7)).hasMessageContaining("scale");
        assertThatThrownBy(() -> Percentages.of(1, 0, 1, RoundingMode.HALF_UP)).hasMessageContaining("denominator");
        assertThat(Percentages.of(1, 3, 2, RoundingMode.HALF_UP)).isEqualByComparingTo("33.33");
    }
}
