package vn.ocop.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.internal.Text;

/**
 * A published value of an indicator the library cannot derive (brands built, points of sale, community-tourism
 * models), with its date and source, for {@link Indicators.Reported} indicators.
 *
 * <p>JSON form: {@code {"indicator":"brands","area":"84","date":"2024-12-20","value":5,"source":"Báo cáo …"}}.
 *
 * <p>Immutable and thread-safe. Text is normalised to NFC.
 *
 * @param indicator the code of the reported indicator, not blank
 * @param area the area the value is for, not blank
 * @param date the date the value refers to, not null
 * @param value the value (a count, or a percentage for a share), not negative, not null
 * @param source where it was published, not blank
 */
public record ReportedValue(String indicator, String area, LocalDate date, BigDecimal value, String source) {
    /** Checks and normalises the components. */
    public ReportedValue {
        indicator = Text.nfc(Objects.requireNonNull(indicator, "indicator"));
        area = Text.nfc(Objects.requireNonNull(area, "area"));
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        source = Text.nfc(Objects.requireNonNull(source, "source"));
        if (indicator.isEmpty() || area.isEmpty() || source.isEmpty()) {
            throw new OcopException("reported value on " + date + ": indicator, area and source must not be blank");
        }
        if (value.signum() < 0) {
            throw new OcopException("reported value " + indicator + " for " + area + " on " + date
                    + " must not be negative, was " + value.toPlainString());
        }
    }

    /**
     * @param indicator indicator code
     * @param area area code
     * @param date date
     * @param value the count
     * @param source the source
     * @return the reported value
     */
    public static ReportedValue of(String indicator, String area, LocalDate date, long value, String source) {
        return new ReportedValue(indicator, area, date, BigDecimal.valueOf(value), source);
    }
}
