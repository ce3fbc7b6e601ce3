package vn.ocop.indicator;

import java.util.Locale;
import vn.ocop.OcopException;
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
        StarRange.check("cumulative products", minStars, maxStars);
    }

    @Override
    public String code() {
        return StarRange.code("cumulative", minStars, maxStars);
    }

    @Override
    public String text(Locale locale) {
        return StarRange.text(locale, "cumulativeProducts", minStars, maxStars);
    }

    @Override
    public Nature nature() {
        return Nature.STOCK;
    }

    @Override
    public void tally(Scope scope, Tally tally) {
        StarRange.tally(scope.recognised(), scope, tally, minStars, maxStars);
    }
}
