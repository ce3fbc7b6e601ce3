package vn.ocop.indicator;

import static vn.ocop.indicator.IndicatorText.TEXT;
import static vn.ocop.indicator.IndicatorText.stars;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.product.RegistrationKind;
import vn.ocop.rubric.Star;

/**
 * OCOP products of {@code minStars} or more where the plan does not say whether it means the products in effect on a
 * date (a stock: "đạt 150 sản phẩm OCOP") or the products newly recognised in the period (a flow: "có thêm …"). The
 * indicator reads it one way, {@code readAs}, and says so ({@link #natureAssumed()}): progress reports carry the note
 * beside the figures. Read as a stock (the default) it counts as {@link ValidProducts} from {@code minStars} to 5★;
 * read as a flow, as {@link NewRecognitions} of first recognitions.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"type":"products","minStars":3}} or
 * {@code {"type":"products","minStars":3,"readAs":"FLOW"}}.
 *
 * @param minStars lowest star counted, 3★ to 5★, not null
 * @param readAs how the plan is read; null means {@link Nature#STOCK}
 */
public record UnstatedProducts(Star minStars, Nature readAs) implements Indicator {
    /**
     * Checks and normalises the components.
     *
     * @param minStars lowest star counted, 3★ to 5★, not null
     * @param readAs how the plan is read; null means {@link Nature#STOCK}
     * @throws OcopException if the stars are not 3★ to 5★
     */
    public UnstatedProducts {
        Objects.requireNonNull(minStars, "minStars");
        readAs = readAs == null ? Nature.STOCK : readAs;
        if (!minStars.isCertifiable()) {
            throw new OcopException("products: only 3★ to 5★ are recognised (Điều 4.1), not " + stars(minStars));
        }
    }

    /** @return the indicator it counts as: products in effect, or first recognitions in the period */
    private Indicator reading() {
        return readAs == Nature.STOCK ? new ValidProducts(minStars, Star.FIVE)
                : new NewRecognitions(minStars, List.of(RegistrationKind.FIRST));
    }

    @Override
    public String code() {
        return "products≥" + stars(minStars) + "[" + readAs + "]";
    }

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "unstatedProducts", stars(minStars), reading().text(locale));
    }

    @Override
    public Nature nature() {
        return readAs;
    }

    @Override
    public boolean natureAssumed() {
        return true;
    }

    @Override
    public void tally(Scope scope, Tally tally) {
        reading().tally(scope, tally);
    }
}
