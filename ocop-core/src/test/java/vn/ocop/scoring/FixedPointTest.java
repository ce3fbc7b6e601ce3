package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FixedPoint} against {@link BigDecimal}: one table of values (units, scale) × divisors, each to every number
 * of decimals in every rounding mode, with the edges written out (exact quotients, ties, negative values, overflow
 * of long arithmetic, more decimals than the scale and fewer), plus 20,000 seeded random rows. Every result must equal the
 * {@code BigDecimal} one exactly, scale included.
 */
class FixedPointTest {
    static final List<RoundingMode> MODES = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.UP);

    /** {units, scale, divisor}: the edges. */
    static final long[][] EDGES = {
        {0, 0, 1}, {0, 2, 7}, {1, 0, 1}, {1, 0, 2}, {1, 0, 3}, {2, 0, 3}, {5, 0, 2}, {15, 1, 2}, {25, 2, 2},
        {125, 3, 1}, {1, 0, 8}, {7, 0, 8}, {3, 0, 8}, {-1, 0, 2}, {-3, 0, 2}, {-5, 1, 2}, {-7, 0, 3},
        {209, 0, 3}, {793, 0, 8}, {100, 0, 3}, {6999, 2, 100}, {69_999_999, 6, 1},
        {Long.MAX_VALUE / 3, 0, 7}, {Long.MAX_VALUE, 6, 9}, {Long.MIN_VALUE + 1, 6, 9}, {Long.MAX_VALUE, 0, 1},
        {999_999_999_999L, 6, 13}, {123_456_789, 4, 11}, {5, 0, 10}, {15, 0, 10}, {25, 0, 10}, {35, 0, 10},
    };

    static Stream<Arguments> edges() {
        return Stream.of(EDGES).map(e -> Arguments.of(e[0], (int) e[1], e[2]));
    }

    /** An edge row, to every number of decimals in every mode. */
    @ParameterizedTest(name = "{0}e-{1} / {2}")
    @MethodSource("edges")
    void divideIsBigDecimalDivideOnTheEdges(long v, int scale, long n) {
        for (int decimals = 0; decimals <= FixedPoint.MAX_DECIMALS; decimals++) {
            for (RoundingMode mode : MODES) {
                assertDivide(v, scale, n, decimals, mode);
            }
        }
    }

    @Test
    void divideIsBigDecimalDivideOnSeededRandomRows() {
        Random rnd = new Random(20260522L);
        for (int i = 0; i < 20_000; i++) {
            long v = switch (rnd.nextInt(3)) {
                case 0 -> rnd.nextInt(20_000) - 1_000;
                case 1 -> rnd.nextLong();
                default -> rnd.nextLong() >> rnd.nextInt(63);
            };
            assertDivide(v, rnd.nextInt(FixedPoint.MAX_SCALE + 1), 1L + rnd.nextInt(rnd.nextBoolean() ? 12 : 500),
                    rnd.nextInt(FixedPoint.MAX_DECIMALS + 1), MODES.get(rnd.nextInt(MODES.size())));
        }
    }

    private static void assertDivide(long v, int scale, long n, int decimals, RoundingMode mode) {
        assertThat(FixedPoint.divide(v, scale, n, decimals, mode)).as("%se-%s / %s to %s places %s", v, scale, n,
                decimals, mode).isEqualTo(BigDecimal.valueOf(v, scale).divide(BigDecimal.valueOf(n), decimals, mode));
    }

    /** The exact mean when the division terminates (no trailing zeros), otherwise 10 decimals half even. */
    @Test
    void meanIsTheExactQuotientOrTenDecimalsHalfEven() {
        for (long[] e : EDGES) {
            if (e[0] >= 0) {
                assertMean(e[0], (int) e[1], (int) e[2]);
            }
        }
        for (int n : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 16, 40, 64, 125, 1024, 3125, 1 << 30}) {
            assertMean(100L * n - 1, 0, n);
            assertMean(6_999L * n + 1, 2, n);
        }
        Random rnd = new Random(7L);
        for (int i = 0; i < 20_000; i++) {
            int n = 1 + rnd.nextInt(rnd.nextBoolean() ? 12 : 100_000);
            long sum = rnd.nextInt(4) == 0 ? Math.abs(rnd.nextLong() >> 2) : rnd.nextInt(100_001) * (long) n / 7;
            assertMean(sum, rnd.nextInt(FixedPoint.MAX_SCALE + 1), n);
        }
    }

    private static void assertMean(long sum, int scale, int n) {
        BigDecimal s = BigDecimal.valueOf(sum, scale);
        BigDecimal expected;
        try {
            expected = s.divide(BigDecimal.valueOf(n)).stripTrailingZeros();
            if (expected.scale() < 0) {
                expected = expected.setScale(0);
            }
        } catch (ArithmeticException nonTerminating) {
            expected = s.divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_EVEN);
        }
        assertThat(FixedPoint.mean(sum, scale, n)).as("%se-%s / %s", sum, scale, n).isEqualTo(expected);
    }

    @Test
    void plainHasNoTrailingZerosAndNoNegativeScale() {
        long[][] rows = {{0, 0}, {0, 6}, {100, 0}, {1000, 2}, {7050, 2}, {-7050, 2}, {123456, 6}, {10, 1},
            {Long.MAX_VALUE, 6}, {Long.MIN_VALUE, 3}};
        for (long[] r : rows) {
            BigDecimal expected = BigDecimal.valueOf(r[0], (int) r[1]).stripTrailingZeros();
            expected = expected.scale() < 0 ? expected.setScale(0) : expected;
            assertThat(FixedPoint.plain(r[0], (int) r[1])).as("%s e-%s", r[0], r[1]).isEqualTo(expected);
        }
    }

    @Test
    void scaledAndDecimalsOf() {
        assertThat(FixedPoint.scaled(new BigDecimal("2.5"), 2)).isEqualTo(250);
        assertThat(FixedPoint.scaled(new BigDecimal("2.50"), 1)).isEqualTo(25);
        assertThat(FixedPoint.scaled(new BigDecimal("1E+2"), 0)).isEqualTo(100);
        assertThat(FixedPoint.decimalsOf(new BigDecimal("2.500"))).isEqualTo(1);
        assertThat(FixedPoint.decimalsOf(new BigDecimal("1E+2"))).isZero();
        assertThat(FixedPoint.decimalsOf(new BigDecimal("0.000001"))).isEqualTo(6);
        // more places than the scale, or out of a long's range
        assertThatThrownBy(() -> FixedPoint.scaled(new BigDecimal("2.55"), 1)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> FixedPoint.scaled(new BigDecimal("1E+30"), 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void onlyTheThreeRoundingModesAreSupported() {
        assertThatThrownBy(() -> FixedPoint.divide(1, 0, 3, 0, RoundingMode.FLOOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FLOOR");
        // an exact quotient needs no rounding mode
        assertThat(FixedPoint.divide(6, 0, 3, 0, RoundingMode.FLOOR)).isEqualTo(new BigDecimal("2"));
    }
}
