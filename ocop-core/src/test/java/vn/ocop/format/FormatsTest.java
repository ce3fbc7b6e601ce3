package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void vietnameseIsTheDefaultForEveryLocaleButEnglish() {
        assertThat(Formats.of(Locale.forLanguageTag("vi"))).isSameAs(Formats.VIETNAMESE);
        assertThat(Formats.of(Locale.FRANCE)).isSameAs(Formats.VIETNAMESE);
        assertThat(Formats.of(Locale.ROOT)).isSameAs(Formats.VIETNAMESE);
        assertThat(Formats.of(Locale.US)).isSameAs(Formats.ENGLISH);
        assertThat(Formats.of(Locale.UK)).isSameAs(Formats.ENGLISH);
    }

    @Test
    void dates() {
        LocalDate d = LocalDate.of(2026, 5, 2);
        assertThat(Formats.VIETNAMESE.date(d)).isEqualTo("02/05/2026");
        assertThat(Formats.ENGLISH.date(d)).isEqualTo("2026-05-02");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "69.67      | 69,67       | 69.67",
        "70         | 70          | 70",
        "70.00      | 70,00       | 70.00",
        "0.5        | 0,5         | 0.5",
        "-12.25     | -12,25      | -12.25",
        "1234.5     | 1.234,5     | 1,234.5",
        "12345678   | 12.345.678  | 12,345,678",
        "-123456.75 | -123.456,75 | -123,456.75",
        "1E+3       | 1.000       | 1,000",
        "69.6666666667 | 69,6666666667 | 69.6666666667"})
    void decimalsAreWrittenExactlyWithTheLanguagesMarks(String value, String vi, String en) {
        assertThat(Formats.VIETNAMESE.decimal(new BigDecimal(value))).isEqualTo(vi);
        assertThat(Formats.ENGLISH.decimal(new BigDecimal(value))).isEqualTo(en);
    }

    @Test
    void roundingToAScaleIsHalfUp() {
        assertThat(Formats.VIETNAMESE.decimal(new BigDecimal("69.665"), 2)).isEqualTo("69,67");
        assertThat(Formats.ENGLISH.decimal(new BigDecimal("69.664"), 2)).isEqualTo("69.66");
        assertThat(Formats.ENGLISH.decimal(new BigDecimal("70"), 2)).isEqualTo("70.00");
    }

    @Test
    void integersAndPercentages() {
        assertThat(Formats.VIETNAMESE.integer(10056)).isEqualTo("10.056");
        assertThat(Formats.ENGLISH.integer(10056)).isEqualTo("10,056");
        assertThat(Formats.VIETNAMESE.integer(321)).isEqualTo("321");
        assertThat(Formats.VIETNAMESE.percent(new BigDecimal("41.54"))).isEqualTo("41,54 %");
        assertThat(Formats.ENGLISH.percent(new BigDecimal("41.54"))).isEqualTo("41.54%");
    }
}
