package vn.ocop.indicator;

import static vn.ocop.indicator.IndicatorText.TEXT;
import static vn.ocop.indicator.IndicatorText.either;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import vn.ocop.OcopException;
import vn.ocop.product.Producer;
import vn.ocop.product.ProducerType;

/**
 * Share of OCOP producers (as in {@link OcopProducers}) whose type is one of {@code types}: numerator those
 * producers, denominator all OCOP producers. A stock, in percent.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"type":"producerShare","types":["HOP_TAC_XA"]}}.
 *
 * @param types the types counted, at least one; stored sorted without duplicates, not null
 */
public record ProducerShare(List<ProducerType> types) implements Indicator {
    /**
     * Checks and normalises the components.
     *
     * @param types the types counted, at least one; stored sorted without duplicates, not null
     * @throws OcopException if no type is given
     */
    public ProducerShare {
        Objects.requireNonNull(types, "types");
        types = List.copyOf(new TreeSet<>(types));
        if (types.isEmpty()) {
            throw new OcopException("producer share: name at least one producer type");
        }
    }

    @Override
    public String code() {
        StringBuilder sb = new StringBuilder("producers%");
        for (ProducerType t : types) {
            sb.append(sb.length() > "producers%".length() ? "+" : "").append(t.name());
        }
        return sb.toString();
    }

    @Override
    public String text(Locale locale) {
        List<String> names = new ArrayList<>();
        for (ProducerType t : types) {
            names.add(t.text(locale));
        }
        return TEXT.text(locale, "producerShare", either(locale, names));
    }

    @Override
    public Nature nature() {
        return Nature.STOCK;
    }

    @Override
    public boolean share() {
        return true;
    }

    @Override
    public void tally(Scope scope, Tally tally) {
        for (Producer p : scope.holdings().producers()) {
            tally.addProducer(p, scope.asOf(), types.contains(p.type()) ? 1 : 0, 1);
        }
    }
}
