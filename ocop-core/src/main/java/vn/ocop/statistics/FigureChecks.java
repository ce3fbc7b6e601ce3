package vn.ocop.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.statistics.ReportedStatistics.Bound;
import vn.ocop.statistics.ReportedStatistics.Breakdown;
import vn.ocop.statistics.ReportedStatistics.Change;
import vn.ocop.statistics.ReportedStatistics.Finding;
import vn.ocop.statistics.ReportedStatistics.Kind;
import vn.ocop.statistics.ReportedStatistics.Part;

/** The checks of {@link ReportedStatistics#check()} (the rules are on that class). One instance per check. */
final class FigureChecks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private final ReportedStatistics figures;
    private final List<Finding> out = new ArrayList<>();

    FigureChecks(ReportedStatistics figures) {
        this.figures = figures;
    }

    /** @return every finding, in the order of the input */
    List<Finding> findings() {
        for (Breakdown b : figures.breakdowns()) {
            breakdown(b);
        }
        for (Bound b : figures.bounds()) {
            if (b.value() > b.limit()) {
                add(Kind.BOUND_EXCEEDED, b.what(), b.limitWhat(), BigDecimal.valueOf(b.value()),
                        BigDecimal.valueOf(b.limit()), null, null, null, null);
            }
        }
        for (Change c : figures.changes()) {
            change(c);
        }
        return out;
    }

    private void add(Kind kind, String where, String part, BigDecimal stated, BigDecimal expected, Long base,
            Long count, List<Long> bases, Long searchedTo) {
        out.add(new Finding(kind, where, part, stated, expected, base, count, bases, searchedTo));
    }

    // ------------------------------------------------------------------ breakdowns

    private void breakdown(Breakdown b) {
        Long total = counts(b);
        if (b.parts().stream().noneMatch(p -> p.percent() != null)) {
            return;
        }
        int slipsBefore = slips();
        if (total != null && total > 0) {
            for (Part p : b.parts()) {
                if (p.percent() != null) {
                    part(b, p, total);
                }
            }
        }
        boolean partsWrong = slips() > slipsBefore;
        if (sum(b, total)) {
            bases(b, total, partsWrong);
        }
    }

    private int slips() {
        return (int) out.stream().filter(Finding::isSlip).count();
    }

    /**
     * The counts of a breakdown against its total.
     *
     * @return the base of its percentages: the published total, or the sum of a complete breakdown given only by
     *         counts; null when there is neither
     */
    private Long counts(Breakdown b) {
        boolean allCounts = b.parts().stream().allMatch(p -> p.count() != null);
        long sum = 0;
        for (Part p : b.parts()) {
            sum += p.count() == null ? 0 : p.count();
        }
        BigDecimal total = b.total() == null ? null : BigDecimal.valueOf(b.total());
        if (allCounts && b.complete() && b.total() == null) {
            add(Kind.IMPLIED_TOTAL, b.what(), null, null, BigDecimal.valueOf(sum), null, null, null, null);
            return sum;
        }
        if (allCounts && b.complete() && sum != b.total()) {
            add(Kind.PARTS_DO_NOT_ADD_UP, b.what(), null, total, BigDecimal.valueOf(sum), null, null, null, null);
        } else if (!(allCounts && b.complete()) && b.total() != null && sum > b.total()) {
            add(Kind.PARTS_EXCEED_TOTAL, b.what(), null, total, BigDecimal.valueOf(sum), null, null, null, null);
        }
        return b.total();
    }

    /**
     * The percentages of a complete breakdown against 100: each stated one as written, each count-only part at 10
     * decimals of the total (without a total, such a breakdown is left to {@link #bases}).
     *
     * @return whether they add up (or cannot be added up), so that the totals that explain them are worth searching
     */
    private boolean sum(Breakdown b, Long total) {
        boolean countOnly = b.parts().stream().anyMatch(p -> p.percent() == null);
        if (!b.complete() || countOnly && (total == null || total == 0)) {
            return true;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = BigDecimal.ZERO;
        for (Part p : b.parts()) {
            if (p.percent() == null) {
                sum = sum.add(BigDecimal.valueOf(p.count()).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(total), 10, RoundingMode.HALF_UP));
            } else {
                sum = sum.add(p.percent());
                tolerance = tolerance.add(BigDecimal.ONE.movePointLeft(Math.max(p.percent().scale(), 0))
                        .multiply(HALF));
            }
        }
        if (sum.subtract(HUNDRED).abs().compareTo(tolerance) > 0) {
            add(Kind.PERCENTS_DO_NOT_ADD_UP, b.what(), null, sum.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros(),
                    HUNDRED, total, null, null, null);
            return false;
        }
        return true;
    }

    /** A stated percentage against its count, or the count it stands for, out of the total. */
    private void part(Breakdown b, Part p, long total) {
        BigDecimal stated = p.percent();
        int scale = Math.max(stated.scale(), 0);
        if (p.count() != null) {
            if (!Percentages.matches(stated, p.count(), total)) {
                add(Kind.PERCENT_DOES_NOT_MATCH_COUNT, b.what(), p.label(), stated,
                        Percentages.of(p.count(), total, scale + 1, RoundingMode.HALF_UP), total, p.count(), null,
                        null);
            }
            return;
        }
        BigDecimal exact = stated.multiply(BigDecimal.valueOf(total)).divide(HUNDRED);
        long[] k = PercentBases.counts(stated, total);
        if (k[0] > k[1]) {
            long nearest = Math.max(0, Math.min(total, exact.setScale(0, RoundingMode.HALF_UP).longValueExact()));
            add(Kind.PERCENT_IMPOSSIBLE, b.what(), p.label(), stated,
                    Percentages.of(nearest, total, scale, RoundingMode.HALF_UP), total, nearest, null, null);
        } else {
            long nearest = Math.max(k[0], Math.min(k[1], exact.setScale(0, RoundingMode.HALF_UP).longValueExact()));
            add(Kind.IMPLIED_COUNT, b.what(), p.label(), stated, exact.setScale(1, RoundingMode.HALF_UP), total,
                    nearest, null, null);
        }
    }

    /**
     * The totals that explain every percentage of the breakdown at once: nothing when the stated total does; the
     * other totals that do when it does not (only those when its parts were already found wrong); the totals that
     * do, or that none does, without a stated total.
     */
    private void bases(Breakdown b, Long total, boolean partsWrong) {
        if (total != null && total > 0 && PercentBases.explains(b.parts(), b.complete(), total)) {
            return;
        }
        long upTo = PercentBases.searchLimit(b.parts());
        List<Long> bases = PercentBases.search(b.parts(), b.complete(), upTo);
        if (total == null) {
            add(bases.isEmpty() ? Kind.NO_BASE_FITS_PERCENTS : Kind.IMPLIED_TOTALS, b.what(), null, null, null, null,
                    null, bases, upTo);
        } else if (!bases.isEmpty()) {
            add(Kind.PERCENTS_FIT_OTHER_BASES, b.what(), null, null, null, total, null, bases, upTo);
        } else if (!partsWrong) {
            add(Kind.NO_BASE_FITS_PERCENTS, b.what(), null, null, null, total, null, bases, upTo);
        }
    }

    // ------------------------------------------------------------------ changes

    /** A change against its stated base, or the bases that explain it. */
    private void change(Change c) {
        if (c.base() != null) {
            if (!c.fits(c.base())) {
                BigDecimal exact = BigDecimal.valueOf(c.actual() - c.base()).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(c.base()), 2, RoundingMode.HALF_UP);
                add(Kind.CHANGE_DOES_NOT_MATCH, c.what(), null, c.percent(), exact, c.base(), c.actual(), null, null);
            }
            return;
        }
        List<Long> bases = c.impliedBases();
        if (bases.isEmpty()) {
            add(Kind.NO_BASE_FITS, c.what(), null, c.percent(), null, null, c.actual(), null, null);
        } else {
            add(Kind.IMPLIED_BASES, c.what(), null, c.percent(), null, null, c.actual(),
                    bases.subList(0, Math.min(bases.size(), PercentBases.LISTED)), null);
        }
    }
}
