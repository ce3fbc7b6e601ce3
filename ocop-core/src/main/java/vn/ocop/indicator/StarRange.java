package vn.ocop.indicator;

import static vn.ocop.indicator.IndicatorText.TEXT;
import static vn.ocop.indicator.IndicatorText.stars;

import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.registry.Holdings;
import vn.ocop.rubric.Star;

/**
 * What the indicators that count products by their stars share ({@link ValidProducts}, {@link CumulativeProducts}):
 * the range 3★–5★ they accept, their code and words, and the count over a set of holdings.
 */
final class StarRange {
    private StarRange() {
    }

    /**
     * @param what the indicator, for the error
     * @throws OcopException if the stars do not run from 3★ up to 5★
     */
    static void check(String what, Star minStars, Star maxStars) {
        Objects.requireNonNull(minStars, "minStars");
        Objects.requireNonNull(maxStars, "maxStars");
        if (!minStars.isCertifiable() || maxStars.level() < minStars.level()) {
            throw new OcopException(what + ": stars must run from 3★ up to 5★, not " + stars(minStars) + " to "
                    + stars(maxStars));
        }
    }

    /** @return {@code prefix5★} for one star, {@code prefix3-5★} for a range */
    static String code(String prefix, Star minStars, Star maxStars) {
        return minStars == maxStars ? prefix + stars(minStars) : prefix + minStars.level() + "-" + stars(maxStars);
    }

    /** @return the indicator's words under {@code key}, with the stars written "5★" or "3–5★" */
    static String text(Locale locale, String key, Star minStars, Star maxStars) {
        return TEXT.text(locale, key, minStars == maxStars ? stars(minStars)
                : minStars.level() + "–" + stars(maxStars));
    }

    /** Counts each product of the holdings whose certificate has {@code minStars} to {@code maxStars} once. */
    static void tally(Holdings h, Scope scope, Tally tally, Star minStars, Star maxStars) {
        int lo = minStars.level();
        int hi = maxStars.level();
        for (int i = 0; i < h.count(); i++) {
            int stars = h.certificate(i).stars().level();
            if (stars >= lo && stars <= hi) {
                tally.addProduct(h.product(i), scope.asOf(), 1, 0);
            }
        }
    }
}
