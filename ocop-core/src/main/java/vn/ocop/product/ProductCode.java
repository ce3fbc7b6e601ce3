package vn.ocop.product;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.OcopException;
import vn.ocop.internal.Text;

/**
 * The product code printed on the evaluation sheet (Phụ lục II of Decision 26/2026): {@code (T)-(X)-(STT)-year},
 * province code, commune code (administrative codes of QĐ 19/2025/QĐ-TTg), the commune's serial number of the
 * product, and the year of evaluation; e.g. {@code 80-29518-003-2026}.
 *
 * <p>This class checks the shape only (digits, year range); whether the units exist is asked of an
 * {@link AdministrativeUnits} registry, so older district-era codes stay representable for historic records.
 *
 * <p>Immutable and thread-safe. Written to JSON as its text ({@link #format()}).
 *
 * @param province province code, 1 to 3 digits
 * @param commune commune (or former district) code, 1 to 5 digits
 * @param serial serial number within the commune, 1 or more
 * @param year year of evaluation, 2018 to 2100
 */
public record ProductCode(String province, String commune, int serial, int year) {
    private static final Pattern SHAPE = Pattern.compile("^(\\d{1,3})-(\\d{1,5})-(\\d{1,4})-(\\d{4})$");

    /**
     * Checks the shape.
     *
     * @param province province code, 1 to 3 digits
     * @param commune commune (or former district) code, 1 to 5 digits
     * @param serial serial number within the commune, 1 or more
     * @param year year of evaluation, 2018 to 2100
     * @throws IllegalArgumentException naming the component that is out of shape
     */
    public ProductCode {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(commune, "commune");
        String wrong = wrongComponent(province, commune, serial, year);
        if (wrong != null) {
            throw new IllegalArgumentException(wrong);
        }
    }

    /** @return what is out of shape, or null when every component is in shape */
    private static String wrongComponent(String province, String commune, int serial, int year) {
        if (!province.matches("\\d{1,3}")) {
            return "product code: province code must be 1 to 3 digits, was '" + province + "'";
        }
        if (!commune.matches("\\d{1,5}")) {
            return "product code: commune code must be 1 to 5 digits, was '" + commune + "'";
        }
        if (serial < 1 || serial > 9999) {
            return "product code: serial number must be 1 to 9999, was " + serial;
        }
        if (year < 2018 || year > 2100) {
            return "product code: year must be 2018 to 2100, was " + year;
        }
        return null;
    }

    /**
     * Parses {@code T-X-STT-year}; spaces and dots around the dashes (as printed on the form) are ignored.
     *
     * @param text e.g. "80-29518-003-2026", not null
     * @return the code
     * @throws OcopException naming what is wrong: the text is data (a sheet, a file, a form)
     */
    public static ProductCode parse(String text) {
        String t = Text.nfc(Objects.requireNonNull(text, "text")).replaceAll("[\\s.]", "");
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            throw new OcopException("product code '" + text + "' is not of the form T-X-STT-năm (e.g. 80-29518-003-2026)");
        }
        int serial = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        String wrong = wrongComponent(m.group(1), m.group(2), serial, year);
        if (wrong != null) {
            throw new OcopException(wrong + " in '" + text + "'");
        }
        return new ProductCode(m.group(1), m.group(2), serial, year);
    }

    /** @return the code as {@code T-X-STT-year}, the serial padded to 3 digits */
    public String format() {
        return province + "-" + commune + "-" + String.format("%03d", serial) + "-" + year;
    }

    /**
     * @param units the administrative-unit registry, not null
     * @param onDate the date the code must be valid on (usually the evaluation date), not null
     * @return whether the province exists and the commune belongs to it on that date
     */
    public boolean isKnownTo(AdministrativeUnits units, LocalDate onDate) {
        return units.exists(province, onDate) && units.exists(commune, onDate)
                && units.parentOf(commune, onDate).map(province::equals).orElse(false);
    }

    @Override
    public String toString() {
        return format();
    }
}
