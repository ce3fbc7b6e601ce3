package vn.ocop.indicator;

import static vn.ocop.indicator.IndicatorText.TEXT;
import static vn.ocop.indicator.IndicatorText.stars;

import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.registry.Holdings;
import vn.ocop.rubric.Star;

/**
 * Products recognised on or before the date ("lũy kế": every product ever recognised, including those whose
 * certificate has since expired, was revoked or replaced), each counted once at the stars of its latest certificate
 * issued by then, if those are {@code minStars} to {@code maxStars}. A stock. Compare {@link ValidProducts}, which
 * counts only products holding a certificate in effect on the date.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"type":"cumulativeProducts","minStars":3,"maxStars":5}}.
 *
 * @param minStars lowest star counted, 3★ to 5★, not null
 * @param maxStars highest star counted, not below {@code minStars}, not null
 */
public record CumulativeProducts(Star minStars, Star maxStars) implements Indicator {
    /**
     * Checks the components.
     *
     * @param minStars lowest star counted, 3★ to 5★, not null
     * @param maxStars highest star counted, not below {@code minStars}, not null
     * @throws OcopException if the stars do not run from 3★ up to 5★
     */
    public CumulativeProducts {
        Objects.requireNonNull(minStars, "minStars");
        Objects.requireNonNull(maxStars, "maxStars");
        if (!minStars.isCertifiable() || maxStars.level() < minStars.level()) {
            throw new OcopException("cumulative products: stars must run from 3★ up to 5★, not " + stars(minStars)
                    + " to " + stars(maxStars));
        }
    }

    @Override
    public String code() {
        return minStars == maxStars ? "cumulative" + stars(minStars)
                : "cumulative" + minStars.level() + "-" + stars(maxStars);
    }

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "cumulativeProducts", minStars == maxStars ? stars(minStars)
                : minStars.level() + "–" + stars(maxStars));
    }

    @Override
    public Nature nature() {
        return Nature.STOCK;
    }

    @Override
    public void tally(Scope scope, Tally tally) {
        int lo = minStars.level();
        int hi = maxStars.level();
        Holdings h = scope.recognised();
        for (int i = 0; i < h.count(); i++) {
            int stars = h.certificate(i).stars().level();
            if (stars >= lo && stars <= hi) {
                tally.addProduct(h.product(i), scope.asOf(), 1, 0);
            }
        }
    }
}
