package vn.ocop.indicator;

import java.util.Locale;
import vn.ocop.OcopException;
import vn.ocop.rubric.Star;

/**
 * Products holding a certificate in effect (valid or extended) on the date, of {@code minStars} to
 * {@code maxStars}. A stock: with 3★–5★, the number of OCOP products in effect; with 5★–5★, the number of 5★
 * products.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"type":"validProducts","minStars":3,"maxStars":5}}.
 *
 * @param minStars lowest star counted, 3★ to 5★, not null
 * @param maxStars highest star counted, not below {@code minStars}, not null
 */
public record ValidProducts(Star minStars, Star maxStars) implements Indicator {
    /**
     * Checks the components.
     *
     * @param minStars lowest star counted, 3★ to 5★, not null
     * @param maxStars highest star counted, not below {@code minStars}, not null
     * @throws OcopException if the stars do not run from 3★ up to 5★
     */
    public ValidProducts {
        StarRange.check("valid products", minStars, maxStars);
    }

    @Override
    public String code() {
        return StarRange.code("valid", minStars, maxStars);
    }

    @Override
    public String text(Locale locale) {
        return StarRange.text(locale, "validProducts", minStars, maxStars);
    }

    @Override
    public Nature nature() {
        return Nature.STOCK;
    }

    @Override
    public void tally(Scope scope, Tally tally) {
        StarRange.tally(scope.holdings(), scope, tally, minStars, maxStars);
    }
}
