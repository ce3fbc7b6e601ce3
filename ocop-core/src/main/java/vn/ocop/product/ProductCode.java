package vn.ocop.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.InvalidInputException;
import vn.ocop.Problem;
import vn.ocop.area.AdministrativeUnitRegistry;
import vn.ocop.area.AdministrativeUnits;
import vn.ocop.internal.Text;

/**
 * The product code printed on the evaluation sheet (Phụ lục II of Decision 26/2026): {@code (T)-(X)-(STT)-year},
 * province code, commune code (administrative codes of QĐ 19/2025/QĐ-TTg), the commune's serial number of the
 * product, and the year of evaluation; e.g. {@code 86-29308-003-2026} (Xã Cầu Kè, Tỉnh Vĩnh Long).
 *
 * <p>Two checks. The shape: digits, serial 1 to 9999, year 2018 to 2100 (the canonical constructor checks only
 * this). The units: in the code's year, {@code T} names a unit and {@code X} a unit inside it, on at least one
 * common day ({@link AdministrativeUnits#liesWithin}). {@link #parse(String)} and {@link #of} check both against the
 * bundled national register ({@link AdministrativeUnitRegistry#bundled()}), which knows the units before and after
 * the reorganisation of 01/07/2025, so a district-era code stays valid in its own year
 * ({@code 84-845-001-2024}: Huyện Cầu Kè, Tỉnh Trà Vinh) and is a problem in a later one. Another register can be
 * given ({@link #parse(String, AdministrativeUnits)}); {@link #parseShape} checks the shape only (a code of units the
 * register does not list).
 *
 * <pre>{@code
 * ProductCode.parse("86-29308-003-2026");        // valid: Xã Cầu Kè lies in Tỉnh Vĩnh Long in 2026
 * ProductCode.parse("84-29308-003-2026");        // InvalidInputException: Trà Vinh (84) no longer exists in 2026
 * ProductCode.parseShape("84-29308-003-2026");   // the shape only: accepted
 * }</pre>
 *
 * <p>Immutable and thread-safe. Written to JSON as its text ({@link #format()}) and read from it with
 * {@link #parse(String)}.
 *
 * @param province province code, 1 to 3 digits
 * @param commune commune (or former district) code, 1 to 5 digits
 * @param serial serial number within the commune, 1 to 9999
 * @param year year of evaluation, 2018 to 2100
 */
public record ProductCode(String province, String commune, int serial, int year) {
    private static final Pattern SHAPE = Pattern.compile("^(\\d{1,3})-(\\d{1,5})-(\\d{1,4})-(\\d{4})$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.]");
    private static final String CONTEXT = "product code";

    /**
     * Checks the shape only (see the class comment; {@link #of} checks the units as well).
     *
     * @param province province code, 1 to 3 digits
     * @param commune commune (or former district) code, 1 to 5 digits
     * @param serial serial number within the commune, 1 to 9999
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
     * A code checked for shape and against the bundled national register of units.
     *
     * @param province province code, not null
     * @param commune commune (or former district) code, not null
     * @param serial serial number within the commune
     * @param year year of evaluation
     * @return the code
     * @throws IllegalArgumentException naming the component that is out of shape
     * @throws InvalidInputException listing every unit problem ({@link #problems})
     * @throws vn.ocop.area.UnitDataException if the bundled units cannot be loaded (a packaging bug)
     */
    public static ProductCode of(String province, String commune, int serial, int year) {
        return checked(new ProductCode(province, commune, serial, year), AdministrativeUnitRegistry.bundled());
    }

    /**
     * Parses {@code T-X-STT-year} and checks it against the bundled national register of units; spaces and dots
     * around the dashes (as printed on the form) are ignored.
     *
     * @param text e.g. "86-29308-003-2026", not null
     * @return the code
     * @throws InvalidInputException naming what is wrong (the shape, or every unit problem): the text is data (a
     *         sheet, a file, a form)
     * @throws vn.ocop.area.UnitDataException if the bundled units cannot be loaded (a packaging bug)
     */
    public static ProductCode parse(String text) {
        return checked(parseShape(text), AdministrativeUnitRegistry.bundled());
    }

    /**
     * Parses {@code T-X-STT-year} and checks it against a register of units.
     *
     * @param text e.g. "86-29308-003-2026", not null
     * @param units the register to check the units against, not null
     * @return the code
     * @throws InvalidInputException naming what is wrong (the shape, or every unit problem)
     */
    public static ProductCode parse(String text, AdministrativeUnits units) {
        return checked(parseShape(text), Objects.requireNonNull(units, "units"));
    }

    /**
     * Parses {@code T-X-STT-year} checking its shape only (a historic code of units no register at hand lists).
     *
     * @param text e.g. "84-842-012-2021", not null
     * @return the code
     * @throws InvalidInputException naming what is out of shape
     */
    public static ProductCode parseShape(String text) {
        String t = SEPARATORS.matcher(Text.nfc(Objects.requireNonNull(text, "text"))).replaceAll("");
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            throw invalid(text, "'" + text + "' is not of the form T-X-STT-năm (e.g. 86-29308-003-2026)");
        }
        int serial = Integer.parseInt(m.group(3));
        int year = Integer.parseInt(m.group(4));
        String wrong = wrongComponent(m.group(1), m.group(2), serial, year);
        if (wrong != null) {
            throw invalid(text, wrong + " in '" + text + "'");
        }
        return new ProductCode(m.group(1), m.group(2), serial, year);
    }

    private static ProductCode checked(ProductCode code, AdministrativeUnits units) {
        List<Problem> problems = code.problems(units);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(CONTEXT + " " + code.format(), problems);
        }
        return code;
    }

    private static InvalidInputException invalid(String text, String message) {
        return new InvalidInputException(CONTEXT + " '" + text + "'", List.of(new Problem(CONTEXT, "$", message)));
    }

    /**
     * The unit problems of this code in its year: a province code that names no unit that year; a commune code that
     * names no unit that year, or none inside that province.
     *
     * @param units the register of units, not null
     * @return the problems (source "product code", path {@code $}), empty when the units fit
     */
    public List<Problem> problems(AdministrativeUnits units) {
        Objects.requireNonNull(units, "units");
        List<Problem> out = new ArrayList<>(2);
        boolean provinceExists = units.existsIn(province, year);
        if (!provinceExists) {
            out.add(new Problem(CONTEXT, "$", format() + ": province code " + province + " names no unit in "
                    + year));
        }
        if (!units.existsIn(commune, year)) {
            out.add(new Problem(CONTEXT, "$", format() + ": commune code " + commune + " names no unit in " + year));
        } else if (provinceExists && !units.liesWithin(commune, province, year)) {
            out.add(new Problem(CONTEXT, "$", format() + ": unit " + commune + " does not lie in province "
                    + province + " in " + year));
        }
        return out;
    }

    /** @return the code as {@code T-X-STT-year}, the serial padded to 3 digits */
    public String format() {
        return province + "-" + commune + "-" + String.format("%03d", serial) + "-" + year;
    }

    /**
     * @param units the administrative-unit registry, not null
     * @param onDate the date the code must be valid on (usually the evaluation date), not null
     * @return whether the province exists and the commune lies in it on that date (directly, or through its
     *         district before 2025-07-01)
     */
    public boolean isKnownTo(AdministrativeUnits units, LocalDate onDate) {
        if (!units.exists(province, onDate) || !units.exists(commune, onDate)) {
            return false;
        }
        String unit = commune;
        for (int depth = 0; depth < 8; depth++) {
            String parent = units.parentOf(unit, onDate).orElse(null);
            if (parent == null) {
                return false;
            }
            if (parent.equals(province)) {
                return true;
            }
            unit = parent;
        }
        return false;
    }

    @Override
    public String toString() {
        return format();
    }
}
