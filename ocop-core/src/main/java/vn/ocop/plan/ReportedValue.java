package vn.ocop.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.internal.Text;
import vn.ocop.internal.json.RecordReader;

/**
 * A published value of an indicator the library cannot derive (brands built, points of sale, community-tourism
 * models), with its date and source, for {@link vn.ocop.indicator.Reported} indicators.
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
    /**
     * Checks and normalises the components.
     *
     * @param indicator the code of the reported indicator, not blank
     * @param area the area the value is for, not blank
     * @param date the date the value refers to, not null
     * @param value the value (a count, or a percentage for a share), not negative, not null
     * @param source where it was published, not blank
     * @throws OcopException if a text is blank or the value negative
     */
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
     * @param indicator indicator code, not blank
     * @param area area code, not blank
     * @param date date, not null
     * @param value the count, not negative
     * @param source the source, not blank
     * @return the reported value
     */
    public static ReportedValue of(String indicator, String area, LocalDate date, long value, String source) {
        return new ReportedValue(indicator, area, date, BigDecimal.valueOf(value), source);
    }

    /**
     * Reads a list of reported values from JSON ({@code [{"indicator":…,"area":…,"date":…,"value":…,"source":…}, …]}).
     *
     * @param in UTF-8 JSON, not null; not closed
     * @param source name of the file for problems, not null
     * @return the values, in the order of the file
     * @throws PlanValidationException with every problem found (of every value), each with the file, line, column
     *         and JSON path
     */
    public static List<ReportedValue> readList(InputStream in, String source) {
        ObjectMapper json = OcopJson.mapper();
        List<ReportedValue> values = RecordReader.read(in, source,
                json.getTypeFactory().constructCollectionType(List.class, ReportedValue.class),
                Set.of(ReportedValue.class), PlanValidationException::new);
        return List.copyOf(values);
    }
}
