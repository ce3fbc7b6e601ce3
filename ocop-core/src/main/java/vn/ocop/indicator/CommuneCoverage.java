package vn.ocop.indicator;

import static vn.ocop.indicator.IndicatorText.TEXT;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import vn.ocop.area.Area;
import vn.ocop.area.AreaLevel;
import vn.ocop.area.Areas;
import vn.ocop.registry.Holdings;

/**
 * Share of the communes existing on the date (level {@link AreaLevel#COMMUNE} in the register) that have at
 * least one OCOP product. A product's unit is mapped to the date's units with {@link Areas#correspondingOn}, so
 * a product still recorded under a commune merged in 2025 covers the new commune; a product recorded only under
 * a district or province covers no commune. A stock, in percent.
 *
 * <p>Immutable and thread-safe. JSON: {@code {"type":"communeCoverage"}}.
 */
public record CommuneCoverage() implements Indicator {
    @Override
    public String code() {
        return "communes%covered";
    }

    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "communeCoverage");
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
        Areas areas = scope.areas();
        LocalDate d = scope.asOf();
        Set<String> covered = new HashSet<>();
        Set<String> mapped = Collections.newSetFromMap(new IdentityHashMap<>()); // commune codes already mapped
        Holdings h = scope.holdings();
        for (int i = 0; i < h.count(); i++) {
            String code = h.product(i).communeCode();
            if (mapped.add(code)) {
                covered.addAll(areas.correspondingOn(code, d, d));
            }
        }
        for (Area commune : areas.unitsOn(d, AreaLevel.COMMUNE)) {
            tally.add(commune.code(), d, covered.contains(commune.code()) ? 1 : 0, 1);
        }
    }
}
