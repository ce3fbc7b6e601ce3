package vn.ocop.indicator;

import static vn.ocop.indicator.IndicatorText.TEXT;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.ocop.OcopException;
import vn.ocop.internal.Text;
import vn.ocop.product.Product;
import vn.ocop.registry.Holdings;
import vn.ocop.registry.Registry;

/**
 * Share of OCOP products (3★–5★ in effect on the date) that belong to one of the Annex I product groups
 * {@code groups}. A stock, in percent.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"type":"productGroupShare","groups":["I"]}}.
 *
 * @param groups product groups "I" to "VI", at least one; stored in the order of Phụ lục I without duplicates,
 *        not null
 */
public record ProductGroupShare(List<String> groups) implements Indicator {
    /**
     * Checks and normalises the components.
     *
     * @param groups product groups "I" to "VI", at least one; stored in the order of Phụ lục I without duplicates,
     *        not null
     * @throws OcopException if a group is not I to VI, or none is given
     */
    public ProductGroupShare {
        Objects.requireNonNull(groups, "groups");
        Set<String> s = new TreeSet<>((a, b) -> Integer.compare(Registry.PRODUCT_GROUPS.indexOf(a),
                Registry.PRODUCT_GROUPS.indexOf(b)));
        for (String g : groups) {
            String n = Text.nfc(Objects.requireNonNull(g, "group"));
            if (!Registry.PRODUCT_GROUPS.contains(n)) {
                throw new OcopException("product group share: group must be I to VI (Phụ lục I), was '" + g + "'");
            }
            s.add(n);
        }
        if (s.isEmpty()) {
            throw new OcopException("product group share: name at least one product group");
        }
        groups = List.copyOf(s);
    }

    @Override
    public String code() {
        return "group%" + String.join("+", groups);
    }

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "productGroupShare", String.join(", ", groups));
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
        Holdings h = scope.holdings();
        for (int i = 0; i < h.count(); i++) {
            Product p = h.product(i);
            tally.addProduct(p, scope.asOf(), groups.contains(p.productGroup()) ? 1 : 0, 1);
        }
    }
}
