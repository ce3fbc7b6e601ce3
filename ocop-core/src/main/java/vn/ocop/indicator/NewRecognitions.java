package vn.ocop.indicator;

import static vn.ocop.indicator.IndicatorText.TEXT;
import static vn.ocop.indicator.IndicatorText.stars;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import vn.ocop.OcopException;
import vn.ocop.product.RegistrationKind;
import vn.ocop.rubric.Star;

/**
 * Products recognised at {@code minStars} or more by a certificate issued in the period (from the period start
 * to the as-of date inclusive), counting only the kinds of recognition listed: {@code FIRST} ("mới"),
 * {@code UPGRADE} ("nâng hạng"), {@code REEVALUATION} ("đánh giá lại"). A flow.
 *
 * <p>Each product counts once in a period, at its first qualifying certificate (a product recognised 3★ and
 * upgraded to 4★ in the same year is one product), attributed to its unit as recorded on that certificate's
 * issue date. A certificate revoked later still counts: the recognition happened in the period.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"type":"newRecognitions","minStars":3,"kinds":["FIRST"]}}.
 *
 * @param minStars lowest star counted, 3★ to 5★, not null
 * @param kinds the kinds counted, at least one; stored sorted without duplicates, not null
 */
public record NewRecognitions(Star minStars, List<RegistrationKind> kinds) implements Indicator {
    /**
     * Checks and normalises the components.
     *
     * @param minStars lowest star counted, 3★ to 5★, not null
     * @param kinds the kinds counted, at least one; stored sorted without duplicates, not null
     * @throws OcopException if the stars are not 3★ to 5★ or no kind is given
     */
    public NewRecognitions {
        Objects.requireNonNull(minStars, "minStars");
        Objects.requireNonNull(kinds, "kinds");
        if (!minStars.isCertifiable()) {
            throw new OcopException("new recognitions: only 3★ to 5★ are recognised (Điều 4.1), not "
                    + stars(minStars));
        }
        kinds = List.copyOf(new TreeSet<>(kinds));
        if (kinds.isEmpty()) {
            throw new OcopException("new recognitions ≥" + stars(minStars) + ": name at least one kind of "
                    + "recognition (FIRST, UPGRADE, REEVALUATION)");
        }
    }

    @Override
    public String code() {
        return "new≥" + stars(minStars) + kinds;
    }

    @Override
    public String text(Locale locale) {
        List<String> words = new ArrayList<>();
        for (RegistrationKind k : kinds) {
            words.add(TEXT.text(locale, "kind." + k.name()));
        }
        return TEXT.text(locale, "newRecognitions", stars(minStars), String.join(", ", words));
    }

    @Override
    public Nature nature() {
        return Nature.FLOW;
    }

    @Override
    public void tally(Scope scope, Tally tally) {
        int min = minStars.level();
        scope.forEachFirstRecognition(c -> c.stars().level() >= min && kinds.contains(c.kind()),
                (p, c) -> tally.addProduct(p, c.issued(), 1, 0));
    }
}
