package vn.ocop.indicator;

import static vn.ocop.indicator.IndicatorText.TEXT;

import java.util.Locale;
import vn.ocop.product.Producer;

/**
 * Producers ("chủ thể OCOP") with at least one product holding a certificate in effect on the date, each
 * counted once, under its own commune. A stock.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"type":"ocopProducers"}}.
 */
public record OcopProducers() implements Indicator {
    @Override
    public String code() {
        return "producers";
    }

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "ocopProducers");
    }

    @Override
    public Nature nature() {
        return Nature.STOCK;
    }

    @Override
    public void tally(Scope scope, Tally tally) {
        for (Producer p : scope.holdings().producers()) {
            tally.addProducer(p, scope.asOf(), 1, 0);
        }
    }
}
