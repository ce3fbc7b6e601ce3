package vn.ocop.process;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of a registration slip ("Phiếu đăng ký", Mẫu số 01 of Phụ lục III, Decision 26/2026), written by the
 * commune and by the provincial OCOP body that receive it: "Phiếu số: ……-……. /PĐK- (Mã tỉnh) - (Mã xã) - (Năm)",
 * e.g. {@code 12-03/PĐK-80-29518-2026}. The form does not say what the two leading numbers are; the library keeps
 * them as written (digits, the first read as the receiving body's serial number). Province and commune codes are
 * the administrative codes (Quyết định 19/2025/QĐ-TTg), as in the product code beside it on the evaluation sheet.
 *
 * <p>This type checks the shape only; whether the units exist is a question for the administrative unit register.
 * {@link #parse} accepts spaces around the separators (the form prints "/PĐK- (Mã tỉnh) - (Mã xã) - (Năm)") and
 * either Unicode form of "Đ"; {@link #format()} writes the compact form.
 *
 * <p>Immutable and thread-safe.
 *
 * @param serial the first number, 1 to 6 digits
 * @param second the second number, 1 to 6 digits
 * @param province province code, 1 to 3 digits
 * @param commune commune code, 1 to 5 digits
 * @param year the year, 2018 to 2100
 */
public record RegistrationSlipNumber(String serial, String second, String province, String commune, int year) {
    private static final Pattern SHAPE = Pattern.compile(
            "^(\\d{1,6})\\s*-\\s*(\\d{1,6})\\s*\\.?\\s*/\\s*PĐK\\s*-\\s*(\\d{1,3})\\s*-\\s*(\\d{1,5})\\s*-\\s*(\\d{4})$");

    /**
     * Checks the shape.
     *
     * @param serial the first number, 1 to 6 digits
     * @param second the second number, 1 to 6 digits
     * @param province province code, 1 to 3 digits
     * @param commune commune code, 1 to 5 digits
     * @param year the year, 2018 to 2100
     * @throws IllegalArgumentException naming the part that is out of shape
     */
    public RegistrationSlipNumber {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(commune, "commune");
        if (!serial.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("registration slip number: the first number must be 1 to 6 digits, "
                    + "was '" + serial + "'");
        }
        if (!second.matches("\\d{1,6}")) {
            throw new IllegalArgumentException("registration slip number: the second number must be 1 to 6 digits, "
                    + "was '" + second + "'");
        }
        if (!province.matches("\\d{1,3}")) {
            throw new IllegalArgumentException("registration slip number: province code must be 1 to 3 digits, was '"
                    + province + "'");
        }
        if (!commune.matches("\\d{1,5}")) {
            throw new IllegalArgumentException("registration slip number: commune code must be 1 to 5 digits, was '"
                    + commune + "'");
        }
        if (year < 2018 || year > 2100) {
            throw new IllegalArgumentException("registration slip number: year must be 2018 to 2100, was " + year);
        }
    }

    /**
     * @param text e.g. {@code "12-03/PĐK-80-29518-2026"} or {@code "12-03. /PĐK- 80 - 29518 - 2026"}, not null
     * @return the number
     * @throws IllegalArgumentException if the text is not of the form's shape, or a part is out of range
     */
    public static RegistrationSlipNumber parse(String text) {
        String t = Normalizer.normalize(Objects.requireNonNull(text, "text"), Normalizer.Form.NFC).strip();
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("registration slip number must look like 12-03/PĐK-80-29518-2026 "
                    + "(Mẫu số 01: Phiếu số …-…/PĐK-(Mã tỉnh)-(Mã xã)-(Năm)), was '" + text + "'");
        }
        return new RegistrationSlipNumber(m.group(1), m.group(2), m.group(3), m.group(4),
                Integer.parseInt(m.group(5)));
    }

    /** @return the compact form, e.g. {@code 12-03/PĐK-80-29518-2026} */
    public String format() {
        return serial + "-" + second + "/PĐK-" + province + "-" + commune + "-" + year;
    }

    @Override
    public String toString() {
        return format();
    }
}
