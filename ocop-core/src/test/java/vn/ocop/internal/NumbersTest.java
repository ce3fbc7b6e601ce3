package vn.ocop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers as reports write them: Vietnamese marks first where they are ambiguous, the decimals written kept. */
class NumbersTest {
    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "41,54 | 41.54", "41,54 % | 41.54", "41,54% | 41.54", "41.54 | 41.54", "41,50 | 41.50", "0,8 | 0.8",
        "1.234 | 1234", "1.234.567 | 1234567", "1.234,5 | 1234.5", "1,234.5 | 1234.5", "1,234,567 | 1234567",
        "12 | 12", "0.125 | 0.125", "0.5 | 0.5", "12.5 | 12.5", "100 % | 100", "−5,2 % | -5.2", "-20 | -20",
        "+3 | 3", "1 234 | 1234", "1\u00A0234,5 | 1234.5", "1.234,50 | 1234.50"})
    void parsesWhatReportsWrite(String text, String expected) {
        BigDecimal d = Numbers.parse(text, true);
        assertThat(d).isEqualByComparingTo(expected);
        assertThat(d.scale()).as("decimals written are kept").isEqualTo(Math.max(new BigDecimal(expected).scale(), 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "%", "4x", "1,2,3", "1.23.4", "12,", ",5", "1.234,5,6", "1e5", "NaN", "1,234.5.6",
        "12 %%", "--1", "1.2345.678"})
    void refusesWhatIsNotANumberNamingIt(String text) {
        assertThatThrownBy(() -> Numbers.parse(text, true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + text + "' is not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"41 %", "41%"})
    void aPercentSignOnlyWhereAPercentageIsExpected(String text) {
        assertThat(Numbers.parse(text, true)).isEqualByComparingTo("41");
        assertThatThrownBy(() -> Numbers.parse(text, false)).hasMessageContaining("1.234");
    }
}
