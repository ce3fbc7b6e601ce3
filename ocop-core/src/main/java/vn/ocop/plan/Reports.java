package vn.ocop.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.Problem;

/** Reported values indexed by indicator and area, in date order. */
final class Reports {
    private final Map<List<String>, List<ReportedValue>> byIndicatorAndArea = new HashMap<>();

    Reports(List<ReportedValue> values) {
        for (ReportedValue v : values) {
            byIndicatorAndArea.computeIfAbsent(List.of(v.indicator(), v.area()), k -> new ArrayList<>()).add(v);
        }
        for (List<ReportedValue> l : byIndicatorAndArea.values()) {
            l.sort(Comparator.comparing(ReportedValue::date));
        }
    }

    /**
     * The latest report of an indicator for an area in a window of dates. Two reports of the same date with
     * different values are a problem (recorded once); the later in the list is used.
     *
     * @param indicator the indicator's code
     * @param area the area's code
     * @param onOrBefore the last date accepted
     * @param notBefore the first date accepted, or null
     * @param problems receives conflicts
     * @return the report, or null
     */
    ReportedValue latest(String indicator, String area, LocalDate onOrBefore, LocalDate notBefore,
            List<Problem> problems) {
        ReportedValue found = null;
        for (ReportedValue v : byIndicatorAndArea.getOrDefault(List.of(indicator, area), List.of())) {
            if (v.date().isAfter(onOrBefore) || notBefore != null && v.date().isBefore(notBefore)) {
                continue;
            }
            if (found != null && found.date().equals(v.date()) && found.value().compareTo(v.value()) != 0) {
                Problem p = new Problem("reported values", indicator + " " + area + " " + v.date(), "two reports for "
                        + "the same date: " + found.value().toPlainString() + " (" + found.source() + ") and "
                        + v.value().toPlainString() + " (" + v.source() + "); the later in the list is used");
                if (!problems.contains(p)) {
                    problems.add(p);
                }
            }
            found = v;
        }
        return found;
    }
}
