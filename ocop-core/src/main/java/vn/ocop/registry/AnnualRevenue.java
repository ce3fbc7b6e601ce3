package vn.ocop.registry;

import java.math.BigDecimal;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.internal.Text;

/**
 * A product's revenue over one calendar year ("doanh thu năm"), in million VND, as the national agricultural
 * database records it (field {@code DoanhThuNam} of table {@code PTNT_OCOP}: at most 12 digits before the decimal
 * point and 2 after); the rubric scores its growth (criterion 3.4, "tăng trưởng doanh thu").
 *
 * <p>JSON form: {@code {"productId":"TV-001","year":2024,"millionVnd":1234.5}}. The amount is exact: a value with
 * more decimals is refused, never rounded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param productId the product's id in the registry, not blank
 * @param year the calendar year, 1990 to 2100
 * @param millionVnd the revenue in million VND, not negative, at most 12 integer digits and 2 decimals, not null
 */
public record AnnualRevenue(String productId, int year, BigDecimal millionVnd) {
    /** Most digits before the decimal point ({@code DoanhThuNam}: DECIMAL(14, 2)). */
    public static final int INTEGER_DIGITS = 12;
    /** Most digits after it. */
    public static final int DECIMALS = 2;

    /**
     * Checks and normalises the components.
     *
     * @param productId the product's id in the registry, not blank
     * @param year the calendar year, 1990 to 2100
     * @param millionVnd the revenue in million VND, not negative, at most 12 integer digits and 2 decimals, not null
     * @throws OcopException naming what is wrong: a blank id, a year out of range, a negative amount, too many digits
     */
    public AnnualRevenue {
        productId = Text.nfc(Objects.requireNonNull(productId, "productId"));
        Objects.requireNonNull(millionVnd, "millionVnd");
        String what = "revenue of " + productId + " in " + year + ": ";
        if (productId.isEmpty()) {
            throw new OcopException("revenue in " + year + ": the product id must not be blank");
        }
        if (year < 1990 || year > 2100) {
            throw new OcopException(what + "the year must be 1990 to 2100");
        }
        String problem = amountProblem(millionVnd);
        if (problem != null) {
            throw new OcopException(what + problem);
        }
    }

    /**
     * @param millionVnd an amount in million VND, not null
     * @return what makes it unfit for {@code DoanhThuNam}, or null when it fits: negative, more than 12 digits before
     *         the point, more than 2 after it (trailing zeros do not count)
     */
    public static String amountProblem(BigDecimal millionVnd) {
        if (millionVnd.signum() < 0) {
            return "the amount must not be negative, was " + millionVnd.toPlainString();
        }
        BigDecimal d = millionVnd.stripTrailingZeros();
        if ((long) d.precision() - d.scale() > INTEGER_DIGITS) {
            return "at most " + INTEGER_DIGITS + " digits before the decimal point (million VND), was "
                    + millionVnd.toPlainString();
        }
        if (d.scale() > DECIMALS) {
            return "at most " + DECIMALS + " decimals (million VND), was " + millionVnd.toPlainString();
        }
        return null;
    }
}
