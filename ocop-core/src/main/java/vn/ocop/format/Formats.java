package vn.ocop.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Dates and numbers as a person reads them, in Vietnamese (the default) or English.
 *
 * <p>Vietnamese writes dates {@code dd/MM/yyyy} (22/05/2026), a decimal comma (69,67) and a full stop between
 * thousands (3.321); English writes ISO dates (2026-05-22), a decimal point (69.67) and a comma between thousands
 * (3,321). Numbers are never rounded here unless a scale is asked for, and then half up.
 *
 * <pre>{@code
 * Formats vi = Formats.of(Locale.forLanguageTag("vi"));   // or Formats.VIETNAMESE
 * vi.date(LocalDate.of(2026, 5, 22));                     // "22/05/2026"
 * vi.decimal(new BigDecimal("69.67"));                    // "69,67"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Formats {
    /** The library's default language. */
    public static final Locale VIETNAMESE_LOCALE = Locale.forLanguageTag("vi-VN");
    /** Vietnamese formats (the default). */
    public static final Formats VIETNAMESE = new Formats(VIETNAMESE_LOCALE, "dd/MM/yyyy", ',', '.');
    /** English formats. */
    public static final Formats ENGLISH = new Formats(Locale.ENGLISH, "uuuu-MM-dd", '.', ',');

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final char decimalMark;
    private final char groupMark;

    private Formats(Locale locale, String datePattern, char decimalMark, char groupMark) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofPattern(datePattern, Locale.ROOT);
        this.decimalMark = decimalMark;
        this.groupMark = groupMark;
    }

    /**
     * @param locale the reader's locale, not null; English for any English locale, Vietnamese for every other
     * @return the formats of that language
     */
    public static Formats of(Locale locale) {
        return isEnglish(locale) ? ENGLISH : VIETNAMESE;
    }

    /**
     * @param locale a locale, not null
     * @return whether the library speaks English to it (its language is {@code en}); every other locale gets
     *         Vietnamese
     */
    public static boolean isEnglish(Locale locale) {
        return Objects.requireNonNull(locale, "locale").getLanguage().equals("en");
    }

    /** @return the locale these formats are for ({@code vi-VN} or {@code en}) */
    public Locale locale() {
        return locale;
    }

    /** @return whether these are the English formats */
    public boolean english() {
        return this == ENGLISH;
    }

    /**
     * @param date a date, not null
     * @return {@code 22/05/2026} in Vietnamese, {@code 2026-05-22} in English
     */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /**
     * @param value a number, not null
     * @return the number exactly as it is (no exponent, trailing zeros kept), with this language's marks
     */
    public String decimal(BigDecimal value) {
        String plain = value.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder sb = new StringBuilder(grouped(whole));
        if (dot >= 0) {
            sb.append(decimalMark).append(plain, dot + 1, plain.length());
        }
        return sb.toString();
    }

    /**
     * @param value a number, not null
     * @param scale decimals to show, 0 or more
     * @return the number rounded half up to that many decimals, with this language's marks
     */
    public String decimal(BigDecimal value, int scale) {
        return decimal(value.setScale(scale, RoundingMode.HALF_UP));
    }

    /**
     * @param value a whole number
     * @return the number with this language's thousands mark ({@code 10.056} or {@code 10,056})
     */
    public String integer(long value) {
        return grouped(Long.toString(value));
    }

    /**
     * @param value a percentage (41.54 for 41.54 %), not null
     * @return {@code 41,54 %} in Vietnamese, {@code 41.54%} in English
     */
    public String percent(BigDecimal value) {
        return decimal(value) + (english() ? "%" : " %");
    }

    private String grouped(String whole) {
        boolean negative = whole.startsWith("-");
        String digits = negative ? whole.substring(1) : whole;
        if (digits.length() <= 3) {
            return whole;
        }
        StringBuilder sb = new StringBuilder(negative ? "-" : "");
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            sb.append(groupMark).append(digits, i, i + 3);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Formats[" + locale.toLanguageTag() + "]";
    }
}
