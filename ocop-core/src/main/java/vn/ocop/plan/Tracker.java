package vn.ocop.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.ocop.Problem;
import vn.ocop.product.Certificate;
import vn.ocop.product.Producer;
import vn.ocop.product.ProducerType;
import vn.ocop.product.Product;
import vn.ocop.rubric.Star;

/**
 * Computes the progress of plans and statistics snapshots from a {@link Registry}, an {@link Areas} register and
 * reported values.
 *
 * <pre>{@code
 * Tracker tracker = Tracker.of(registry, areas).withReported(reportedValues);
 * ProgressReport report = tracker.progress(plan, LocalDate.of(2024, 8, 31));
 * System.out.println(report.toTable());
 * Files.writeString(Path.of("progress.csv"), report.toCsv());
 * StatisticsSnapshot s = tracker.snapshot("84", LocalDate.of(2024, 12, 31));
 * }</pre>
 *
 * <h2>How progress is judged</h2>
 * <ul>
 *   <li><b>Dates.</b> Values are measured on {@code asOf}, or on the period's last day when {@code asOf} is later.
 *       Flows count from the period's first day through that date. Elapsed time {@code E} is the number of days
 *       from the first day through the measurement date inclusive (0 before the period), out of the period's
 *       {@code T} days.</li>
 *   <li><b>Baseline {@code B}.</b> As the plan states it (target or allocation); otherwise 0 for a flow; the value on
 *       the plan's baseline date for a stock computed from the registry (a computed share rounded half-up to 2
 *       decimals); the latest report on or before the baseline date for a reported stock, or 0 with a note.</li>
 *   <li><b>Goal {@code G}.</b> The target value for {@link Target.Goal#LEVEL}; baseline plus value for
 *       {@link Target.Goal#INCREASE}. Targets are "at least" targets.</li>
 *   <li><b>Status</b>, on exact values: {@link Status#ACHIEVED} when actual ≥ G; otherwise {@link Status#BEHIND} when
 *       the period is over; {@link Status#ON_TRACK} when actual ≥ the linear expectation {@code B + (G − B)·E/T};
 *       {@link Status#AT_RISK} when the pace needed for the rest, {@code (G − actual)/(T − E)}, is at most
 *       {@link ProgressOptions#atRiskPaceFactor()} (default 1.5) times the planned pace {@code (G − B)/T};
 *       {@link Status#BEHIND} otherwise; {@link Status#NO_DATA} without a value.</li>
 *   <li><b>Paces</b> are given per average month of 365.2425 ÷ 12 = 30.436875 days.</li>
 * </ul>
 *
 * <h2>Attribution to areas</h2>
 * Each counted record contributes under its unit code (a product's commune or former district code, a producer's
 * own), read as recorded on the date of the fact counted (see {@link Areas}). The unit is mapped to the plan's
 * dates with {@link Areas#correspondingOn}: it counts for the plan's area when every unit it corresponds to lies
 * inside, and for an allocated area when all of them lie inside that one. Records under unknown codes, or in units
 * that straddle the area or several allocated areas, are shown on an "unattributed" line with a note naming them,
 * never dropped silently. A count's total is computed over the whole plan area, so records inside the area but in
 * no allocated area count in the total (with a note).
 *
 * <h2>Cost</h2>
 * One computation indexes once: the certificates held on a date are computed once per date (one pass over the
 * products), each distinct indicator is tallied once per date (one pass over the products, or over the
 * certificates issued in the window, found by binary search), and unit-to-area mapping is cached per unit. The cost
 * is about (distinct indicators × products) + (targets × units), not targets × products × areas.
 *
 * <p>Immutable and thread-safe; each call works on its own caches.
 */
public final class Tracker {
    /** Days in an average Gregorian month: 365.2425 ÷ 12. */
    public static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final Registry registry;
    private final Areas areas;
    private final List<ReportedValue> reported;
    private final Map<List<String>, List<ReportedValue>> reportIndex;
    private final ProgressOptions options;

    private Tracker(Registry registry, Areas areas, List<ReportedValue> reported, ProgressOptions options) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.areas = Objects.requireNonNull(areas, "areas");
        this.reported = List.copyOf(reported);
        this.options = Objects.requireNonNull(options, "options");
        Map<List<String>, List<ReportedValue>> idx = new HashMap<>();
        for (ReportedValue v : this.reported) {
            idx.computeIfAbsent(List.of(v.indicator(), v.area()), k -> new ArrayList<>()).add(v);
        }
        for (List<ReportedValue> l : idx.values()) {
            l.sort(Comparator.comparing(ReportedValue::date));
        }
        this.reportIndex = idx;
    }

    /**
     * @param registry the records, not null
     * @param areas the administrative units, not null
     * @return a tracker without reported values, with the default options
     */
    public static Tracker of(Registry registry, Areas areas) {
        return new Tracker(registry, areas, List.of(), ProgressOptions.DEFAULT);
    }

    /**
     * @param values reported values for {@link Indicators.Reported} indicators, not null
     * @return a copy using these reported values
     */
    public Tracker withReported(Collection<ReportedValue> values) {
        return new Tracker(registry, areas, List.copyOf(values), options);
    }

    /**
     * @param o the options, not null
     * @return a copy with these options
     */
    public Tracker withOptions(ProgressOptions o) {
        return new Tracker(registry, areas, reported, o);
    }

    /** @return the registry */
    public Registry registry() {
        return registry;
    }

    /** @return the administrative units */
    public Areas areas() {
        return areas;
    }

    /** @return the reported values */
    public List<ReportedValue> reported() {
        return reported;
    }

    /** @return the options */
    public ProgressOptions options() {
        return options;
    }

    /**
     * Progress of every target of a plan, per allocated area as the plan allocates.
     *
     * @param plan the plan, not null
     * @param asOf the date, not null
     * @return the report
     */
    public ProgressReport progress(Plan plan, LocalDate asOf) {
        return progress(plan, asOf, null);
    }

    /**
     * Progress of every target of a plan, with the allocated areas of count targets rolled up to a level (communes to
     * their province, for instance): targets, baselines and actuals of the areas under one unit of that level are
     * added up on one {@link AreaProgress.Line#ROLL_UP} line. Share targets are not rolled up.
     *
     * @param plan the plan, not null
     * @param asOf the date, not null
     * @param rollUpTo the level to roll allocations up to, or null to keep the plan's allocations
     * @return the report
     */
    public ProgressReport progress(Plan plan, LocalDate asOf, AreaLevel rollUpTo) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        LocalDate from = plan.period().from();
        LocalDate measured = asOf.isAfter(plan.lastDay()) ? plan.lastDay() : asOf;
        long total = ChronoUnit.DAYS.between(from, plan.period().until());
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(from, measured) + 1));
        Timing tm = new Timing(total, elapsed, options.atRiskPaceFactor());
        Computation c = new Computation(plan);
        List<Problem> problems = new ArrayList<>(plan.problems(areas));
        List<TargetProgress> out = new ArrayList<>();
        for (Target t : plan.targets()) {
            out.add(target(c, plan, t, measured, tm, rollUpTo, problems));
        }
        BigDecimal pct = BigDecimal.valueOf(elapsed).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1,
                RoundingMode.HALF_UP);
        return new ProgressReport(plan.id(), plan.title(), plan.legalReference(), plan.area(),
                areas.label(plan.area(), plan.areasOn()), plan.period(), asOf, measured, pct, out, problems);
    }

    /**
     * The actual value of one indicator for one area, outside any plan: computed from the registry (a flow counted
     * from {@code from} through {@code asOf}, a stock on {@code asOf}) or, for a reported indicator, the latest report
     * for the area on or before {@code asOf} (and not before {@code from} for a flow). Records are attributed as in a
     * progress report; those that cannot be placed inside or outside the area are left out and named in
     * {@link Actual#how()}.
     *
     * @param indicator the indicator, not null
     * @param area the area code, read on {@code asOf}, not null
     * @param from first day counted for a flow, not null
     * @param asOf the date, not null
     * @return the value and how it was obtained
     */
    public Actual actual(Indicator indicator, String area, LocalDate from, LocalDate asOf) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(asOf, "asOf");
        LineData d = new LineData();
        if (indicator.reported()) {
            List<Problem> ignored = new ArrayList<>();
            ReportedValue v = latest(indicator.code(), area, asOf,
                    indicator.nature() == Indicator.Nature.FLOW ? from : null, ignored);
            if (v == null) {
                d.method = Actual.Method.NONE;
                d.how = "no report for " + area + " to " + asOf;
            } else {
                d.p = v.value();
                d.q = BigDecimal.ONE;
                d.method = Actual.Method.REPORTED;
                d.how = "reported " + v.value().toPlainString() + " on " + v.date() + " (" + v.source() + ")";
            }
            return actual(d, indicator.share());
        }
        Tally t = new Tally(areas);
        indicator.tally(new Scope(registry, areas, from, asOf, new HashMap<>(), new Units(registry, areas)), t);
        Sums s = sums(t, new Attribution(areas, area, asOf, List.of(), List.of()), 0);
        String when = indicator.nature() == Indicator.Nature.FLOW ? "counted in the registry, " + from + " to " + asOf
                : "counted in the registry on " + asOf;
        computed(d, s.num[0], s.den[0], indicator.share(), when);
        if (s.num[1] > 0 || s.den[1] > 0) {
            d.how += "; left out, not placeable: " + s.num[1] + (indicator.share() ? "/" + s.den[1] : "") + " ("
                    + String.join(", ", s.unknown) + (s.unknown.isEmpty() || s.split.isEmpty() ? "" : ", ")
                    + String.join(", ", s.split) + ")";
        }
        return actual(d, indicator.share());
    }

    // ------------------------------------------------------------------ one computation

    /** Caches of one progress computation. */
    private final class Computation {
        final Plan plan;
        final Map<LocalDate, Certificate[]> holdings = new HashMap<>();
        final Map<List<Object>, Tally> tallies = new HashMap<>();
        final Map<List<Object>, Attribution> attributions = new HashMap<>();
        final Units units = new Units(registry, areas);

        Computation(Plan plan) {
            this.plan = plan;
        }

        Tally tally(Indicator ind, LocalDate from, LocalDate on) {
            return tallies.computeIfAbsent(List.of(ind, from, on), k -> {
                Tally t = new Tally(areas);
                ind.tally(new Scope(registry, areas, from, on, holdings, units), t);
                return t;
            });
        }

        Attribution attribution(Target t) {
            List<String> codes = t.allocatedAreas();
            List<LocalDate> dates = new ArrayList<>();
            for (Target.Allocation a : t.allocations()) {
                dates.add(a.areaOn() == null ? plan.areasOn() : a.areaOn());
            }
            return attributions.computeIfAbsent(List.of(codes, dates),
                    k -> new Attribution(areas, plan.area(), plan.areasOn(), codes, dates));
        }
    }

    /** The period's length, elapsed days and the at-risk factor. */
    private static final class Timing {
        final long total;
        final long elapsed;
        final BigDecimal factor;

        Timing(long total, long elapsed, BigDecimal factor) {
            this.total = total;
            this.elapsed = elapsed;
            this.factor = factor;
        }
    }

    /** Sums of a tally per line: index n is the total, n + 1 the unattributed records. */
    private static final class Sums {
        final long[] num;
        final long[] den;
        final Set<String> unknown = new TreeSet<>();
        final Set<String> split = new TreeSet<>();
        long inNoAllocation;

        Sums(int n) {
            num = new long[n + 2];
            den = new long[n + 2];
        }
    }

    private Sums sums(Tally tally, Attribution attr, int n) {
        Sums s = new Sums(n);
        for (int v = 0; v < tally.size(); v++) {
            if (!tally.used(v)) {
                continue;
            }
            long nu = tally.numerator(v);
            long de = tally.denominator(v);
            int in = attr.inArea(v);
            int al = n > 0 ? attr.allocation(v) : Attribution.NO_ALLOCATION;
            if (in == Attribution.IN) {
                s.num[n] += nu;
                s.den[n] += de;
            }
            if (al >= 0) {
                s.num[al] += nu;
                s.den[al] += de;
            } else if (in == Attribution.SPLIT || (in == Attribution.IN && al == Attribution.SEVERAL)) {
                s.num[n + 1] += nu;
                s.den[n + 1] += de;
                s.split.add(areas.version(v).label());
            } else if (in == Attribution.IN && n > 0) {
                s.inNoAllocation += nu;
            }
        }
        for (Map.Entry<String, long[]> e : tally.unknown().entrySet()) {
            s.num[n + 1] += e.getValue()[0];
            s.den[n + 1] += e.getValue()[1];
            s.unknown.add(e.getKey());
        }
        return s;
    }

    /** What is known of one line before it is judged. */
    private static final class LineData {
        String area;
        String name;
        LocalDate areaOn;
        BigDecimal target;
        BigDecimal baseline;
        String baselineNote;
        BigDecimal p;
        BigDecimal q;
        long num;
        long den;
        Actual.Method method;
        String how;
    }

    private TargetProgress target(Computation c, Plan plan, Target t, LocalDate measured, Timing tm, AreaLevel rollUpTo,
            List<Problem> problems) {
        Indicator ind = t.indicator();
        int n = t.allocations().size();
        List<String> notes = new ArrayList<>();
        LineData[] lines = new LineData[n + 1];
        for (int i = 0; i <= n; i++) {
            LineData d = new LineData();
            if (i < n) {
                Target.Allocation a = t.allocations().get(i);
                d.area = a.area();
                d.areaOn = a.areaOn() == null ? plan.areasOn() : a.areaOn();
                d.target = a.value();
                d.baseline = a.baseline();
            } else {
                d.area = plan.area();
                d.areaOn = plan.areasOn();
                d.target = t.value();
                d.baseline = t.baseline();
            }
            d.name = areas.label(d.area, d.areaOn);
            lines[i] = d;
        }
        if (ind.nature() == Indicator.Nature.FLOW) {
            for (LineData d : lines) {
                d.baseline = BigDecimal.ZERO;
            }
        }
        LineData unattributed = null;
        LocalDate from = plan.period().from();
        if (ind.reported()) {
            reportedLines(plan, ind, lines, n, measured, problems);
        } else {
            Attribution attr = c.attribution(t);
            Sums now = sums(c.tally(ind, from, measured), attr, n);
            String when = ind.nature() == Indicator.Nature.FLOW ? "counted in the registry, " + from + " to " + measured
                    : "counted in the registry on " + measured;
            for (int i = 0; i <= n; i++) {
                computed(lines[i], now.num[i], now.den[i], ind.share(), when);
            }
            boolean needBase = ind.nature() == Indicator.Nature.STOCK
                    && java.util.Arrays.stream(lines).anyMatch(d -> d.baseline == null);
            if (needBase) {
                Sums base = sums(c.tally(ind, from, plan.baselineDate()), attr, n);
                for (int i = 0; i <= n; i++) {
                    if (lines[i].baseline == null) {
                        if (!ind.share()) {
                            lines[i].baseline = BigDecimal.valueOf(base.num[i]);
                        } else if (base.den[i] > 0) {
                            lines[i].baseline = BigDecimal.valueOf(base.num[i]).multiply(HUNDRED)
                                    .divide(BigDecimal.valueOf(base.den[i]), 2, RoundingMode.HALF_UP);
                        } else {
                            lines[i].baseline = BigDecimal.ZERO;
                            lines[i].baselineNote = "no denominator on the baseline date " + plan.baselineDate()
                                    + "; baseline 0 assumed";
                        }
                        if (lines[i].baselineNote == null) {
                            lines[i].baselineNote = "baseline computed on " + plan.baselineDate();
                        }
                    }
                }
            }
            if (now.num[n + 1] > 0 || now.den[n + 1] > 0) {
                unattributed = new LineData();
                unattributed.name = "unattributed";
                computed(unattributed, now.num[n + 1], now.den[n + 1], ind.share(), when);
                if (!now.unknown.isEmpty()) {
                    notes.add("records under unit codes the register does not know: " + String.join(", ", now.unknown));
                }
                if (!now.split.isEmpty()) {
                    notes.add("records in units that correspond to several allocated areas or straddle the area: "
                            + String.join(", ", now.split));
                }
            }
            if (now.inNoAllocation > 0) {
                notes.add(now.inNoAllocation + " counted in the total lie in no allocated area");
            }
        }
        if (n > 0 && !ind.share()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Target.Allocation a : t.allocations()) {
                sum = sum.add(a.value());
            }
            if (sum.compareTo(t.value()) != 0) {
                notes.add("the allocations add up to " + sum.toPlainString() + ", not " + t.value().toPlainString()
                        + (t.allocationNote() == null ? " (see problems)" : ": " + t.allocationNote()));
            } else if (t.allocationNote() != null) {
                notes.add(t.allocationNote());
            }
        } else if (t.allocationNote() != null) {
            notes.add(t.allocationNote());
        }
        List<AreaProgress> areaLines = new ArrayList<>();
        if (rollUpTo != null && n > 0 && !ind.share()) {
            for (LineData d : rollUp(lines, n, rollUpTo)) {
                areaLines.add(judge(d.how != null && d.how.startsWith("sum of ") ? AreaProgress.Line.ROLL_UP
                        : AreaProgress.Line.AREA, d, t, tm));
            }
        } else {
            for (int i = 0; i < n; i++) {
                areaLines.add(judge(AreaProgress.Line.AREA, lines[i], t, tm));
            }
        }
        AreaProgress un = null;
        if (unattributed != null) {
            un = new AreaProgress(AreaProgress.Line.UNATTRIBUTED, null, unattributed.name, null, null, null,
                    actual(unattributed, ind.share()), null, null, null, null, null, null, String.join("; ", notes));
        }
        return new TargetProgress(t.id(), t.label(), ind.code(), ind.label(), t.goal(), ind.share(),
                judge(AreaProgress.Line.TOTAL, lines[n], t, tm), areaLines, un, notes);
    }

    private static void computed(LineData d, long num, long den, boolean share, String when) {
        d.num = num;
        d.den = den;
        d.method = Actual.Method.COMPUTED;
        if (share) {
            d.how = when + ": " + num + " of " + den;
            if (den > 0) {
                d.p = BigDecimal.valueOf(num).multiply(HUNDRED);
                d.q = BigDecimal.valueOf(den);
            } else {
                d.method = Actual.Method.NONE;
                d.how = when + ": no denominator (0 of 0)";
            }
        } else {
            d.how = when;
            d.p = BigDecimal.valueOf(num);
            d.q = BigDecimal.ONE;
        }
    }

    private void reportedLines(Plan plan, Indicator ind, LineData[] lines, int n, LocalDate measured,
            List<Problem> problems) {
        LocalDate notBefore = ind.nature() == Indicator.Nature.FLOW ? plan.period().from() : null;
        for (LineData d : lines) {
            ReportedValue v = latest(ind.code(), d.area, measured, notBefore, problems);
            if (v != null) {
                d.p = v.value();
                d.q = BigDecimal.ONE;
                d.method = Actual.Method.REPORTED;
                d.how = "reported " + v.value().toPlainString() + " on " + v.date() + " (" + v.source() + ")";
            } else {
                d.method = Actual.Method.NONE;
                d.how = "no report for " + d.area + (notBefore == null ? "" : " from " + notBefore) + " to " + measured;
            }
            if (d.baseline == null) {
                ReportedValue b = latest(ind.code(), d.area, plan.baselineDate(), null, problems);
                if (b != null) {
                    d.baseline = b.value();
                    d.baselineNote = "baseline reported " + b.value().toPlainString() + " on " + b.date() + " ("
                            + b.source() + ")";
                } else {
                    d.baseline = BigDecimal.ZERO;
                    d.baselineNote = "no report on or before the baseline date " + plan.baselineDate()
                            + "; baseline 0 assumed";
                }
            }
        }
        LineData total = lines[n];
        if (total.method == Actual.Method.NONE && n > 0) {
            BigDecimal sum = BigDecimal.ZERO;
            boolean all = true;
            for (int i = 0; i < n; i++) {
                if (lines[i].method == Actual.Method.NONE) {
                    all = false;
                } else {
                    sum = sum.add(lines[i].p);
                }
            }
            if (all && !ind.share()) {
                total.p = sum;
                total.q = BigDecimal.ONE;
                total.method = Actual.Method.SUM_OF_REPORTS;
                total.how = "sum of the reports of the " + n + " allocated areas";
            }
        }
    }

    private ReportedValue latest(String code, String area, LocalDate onOrBefore, LocalDate notBefore,
            List<Problem> problems) {
        List<ReportedValue> vs = reportIndex.get(List.of(code, area));
        if (vs == null) {
            return null;
        }
        ReportedValue found = null;
        for (ReportedValue v : vs) {
            if (!v.date().isAfter(onOrBefore) && (notBefore == null || !v.date().isBefore(notBefore))) {
                if (found != null && found.date().equals(v.date()) && found.value().compareTo(v.value()) != 0) {
                    Problem p = new Problem("reported values", code + " " + area + " " + v.date(), "two reports for the "
                            + "same date: " + found.value().toPlainString() + " (" + found.source() + ") and "
                            + v.value().toPlainString() + " (" + v.source() + "); the later in the list is used");
                    if (!problems.contains(p)) {
                        problems.add(p);
                    }
                }
                found = v;
            }
        }
        return found;
    }

    private List<LineData> rollUp(LineData[] lines, int n, AreaLevel level) {
        Map<String, List<LineData>> groups = new LinkedHashMap<>();
        Map<String, LineData> heads = new HashMap<>();
        for (int i = 0; i < n; i++) {
            LineData d = lines[i];
            Area up = areas.ancestorAt(d.area, d.areaOn, level).orElse(null);
            String key = up == null ? d.area : up.code();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
            if (up != null && !heads.containsKey(key)) {
                LineData h = new LineData();
                h.area = up.code();
                h.name = up.label();
                h.areaOn = d.areaOn;
                heads.put(key, h);
            }
        }
        List<LineData> out = new ArrayList<>();
        for (Map.Entry<String, List<LineData>> e : groups.entrySet()) {
            List<LineData> g = e.getValue();
            LineData h = heads.get(e.getKey());
            if (h == null || (g.size() == 1 && g.get(0).area.equals(h.area))) {
                out.addAll(g);
                continue;
            }
            h.target = BigDecimal.ZERO;
            h.baseline = BigDecimal.ZERO;
            BigDecimal p = BigDecimal.ZERO;
            boolean all = true;
            Actual.Method method = null;
            for (LineData d : g) {
                h.target = h.target.add(d.target);
                h.baseline = h.baseline.add(d.baseline);
                h.num += d.num;
                h.den += d.den;
                if (d.p == null) {
                    all = false;
                } else {
                    p = p.add(d.p);
                }
                method = method == null || method == d.method ? d.method : Actual.Method.SUM_OF_REPORTS;
            }
            if (all) {
                h.p = p;
                h.q = BigDecimal.ONE;
                h.method = method == Actual.Method.REPORTED ? Actual.Method.SUM_OF_REPORTS : method;
            } else {
                h.method = Actual.Method.NONE;
            }
            List<String> names = new ArrayList<>();
            for (LineData d : g) {
                names.add(d.area);
            }
            h.how = "sum of " + g.size() + " areas: " + String.join(", ", names);
            out.add(h);
        }
        return out;
    }

    private static Actual actual(LineData d, boolean share) {
        BigDecimal value = d.p == null ? null : d.q.compareTo(BigDecimal.ONE) == 0 ? d.p
                : d.p.divide(d.q, 2, RoundingMode.HALF_UP);
        return new Actual(value, d.num, share ? d.den : 0, d.method, d.how);
    }

    /** Judges one line (class comment). */
    private AreaProgress judge(AreaProgress.Line kind, LineData d, Target t, Timing tm) {
        boolean share = t.indicator().share();
        BigDecimal b = d.baseline == null ? BigDecimal.ZERO : d.baseline;
        BigDecimal g = t.goalLevel(b, d.target);
        BigDecimal tt = BigDecimal.valueOf(tm.total);
        BigDecimal e = BigDecimal.valueOf(tm.elapsed);
        BigDecimal rise = g.subtract(b);
        BigDecimal expectedExact = b.multiply(tt).add(rise.multiply(e)); // × 1/T
        BigDecimal expected = expectedExact.divide(tt, 2, RoundingMode.HALF_UP);
        BigDecimal planned = rise.multiply(DAYS_PER_MONTH).divide(tt, 2, RoundingMode.HALF_UP);
        Actual actual = actual(d, share);
        if (d.p == null) {
            return new AreaProgress(kind, d.area, d.name, d.target, b, g, actual, null, null, expected, Status.NO_DATA,
                    null, planned, d.baselineNote);
        }
        BigDecimal p = d.p;
        BigDecimal q = d.q;
        BigDecimal gq = g.multiply(q);
        boolean achieved = p.compareTo(gq) >= 0;
        Status status;
        if (achieved) {
            status = Status.ACHIEVED;
        } else if (tm.elapsed >= tm.total) {
            status = Status.BEHIND;
        } else if (p.multiply(tt).compareTo(expectedExact.multiply(q)) >= 0) {
            status = Status.ON_TRACK;
        } else if (gq.subtract(p).multiply(tt).compareTo(
                tm.factor.multiply(rise).multiply(tt.subtract(e)).multiply(q)) <= 0) {
            status = Status.AT_RISK;
        } else {
            status = Status.BEHIND;
        }
        BigDecimal pct;
        if (t.goal() == Target.Goal.INCREASE) {
            pct = rise.signum() == 0 ? null : p.subtract(b.multiply(q)).multiply(HUNDRED)
                    .divide(rise.multiply(q), 1, RoundingMode.HALF_UP);
        } else {
            pct = g.signum() == 0 ? null : p.multiply(HUNDRED).divide(gq, 1, RoundingMode.HALF_UP);
        }
        BigDecimal remaining = achieved ? BigDecimal.ZERO
                : q.compareTo(BigDecimal.ONE) == 0 ? g.subtract(p) : gq.subtract(p).divide(q, 2, RoundingMode.HALF_UP);
        BigDecimal needed = achieved || tm.elapsed >= tm.total ? null
                : gq.subtract(p).multiply(DAYS_PER_MONTH).divide(q.multiply(tt.subtract(e)), 2, RoundingMode.HALF_UP);
        return new AreaProgress(kind, d.area, d.name, d.target, b, g, actual, pct, remaining, expected, status, needed,
                planned, d.baselineNote);
    }

    // ------------------------------------------------------------------ snapshot

    /**
     * A statistics snapshot of an area on a date, like a provincial report: OCOP products (certificate in effect)
     * by star, by product group and the producer types of their producers, with percentages by the largest
     * remainder method ({@link Percentages}), denominators stated.
     *
     * <p>Products count when their unit corresponds to units inside the area on that date; producers are the
     * distinct producers of the counted products (so "N products from M producers" always has M ≤ N, whereas
     * {@link Indicators.OcopProducers} counts producers by their own commune).
     *
     * @param area an area code, read on {@code date}, not null
     * @param date the date, not null
     * @return the snapshot
     */
    public StatisticsSnapshot snapshot(String area, LocalDate date) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(date, "date");
        Attribution attr = new Attribution(areas, area, date, List.of(), List.of());
        Certificate[] h = registry.holdings(date);
        long[] stars = new long[3];
        Map<String, Long> groups = new LinkedHashMap<>();
        for (String g : StatisticsSnapshot.GROUPS.keySet()) {
            groups.put(g, 0L);
        }
        boolean[] producers = new boolean[registry.producerCount()];
        long unattributed = 0;
        Set<String> unknown = new TreeSet<>();
        for (int i = 0; i < h.length; i++) {
            if (h[i] == null) {
                continue;
            }
            Product p = registry.productAt(i);
            String code = areas.unitOf(p.communeCode(), p.provinceCode(), date);
            int v = areas.versionId(code, date);
            int in = v < 0 ? Attribution.SPLIT : attr.inArea(v);
            if (in == Attribution.OUT) {
                continue;
            }
            if (in == Attribution.SPLIT) {
                unattributed++;
                unknown.add(code);
                continue;
            }
            stars[h[i].stars().level() - 3]++;
            groups.merge(p.productGroup(), 1L, Long::sum);
            producers[registry.producerIndexOf(i)] = true;
        }
        Map<ProducerType, Long> types = new LinkedHashMap<>();
        for (ProducerType pt : ProducerType.values()) {
            types.put(pt, 0L);
        }
        long nProducers = 0;
        for (int k = 0; k < producers.length; k++) {
            if (producers[k]) {
                Producer pr = registry.producerAt(k);
                types.merge(pr.type(), 1L, Long::sum);
                nProducers++;
            }
        }
        long nProducts = stars[0] + stars[1] + stars[2];
        List<StatisticsSnapshot.Share> byStar = StatisticsSnapshot.shares(
                List.of(Star.THREE.toString(), Star.FOUR.toString(), Star.FIVE.toString()),
                List.of(Star.THREE.toString(), Star.FOUR.toString(), Star.FIVE.toString()),
                List.of(stars[0], stars[1], stars[2]));
        List<String> gk = new ArrayList<>(groups.keySet());
        List<String> gl = new ArrayList<>();
        for (String g : gk) {
            gl.add(StatisticsSnapshot.GROUPS.get(g));
        }
        List<StatisticsSnapshot.Share> byGroup = StatisticsSnapshot.shares(gk, gl, new ArrayList<>(groups.values()));
        List<String> tk = new ArrayList<>();
        List<String> tl = new ArrayList<>();
        for (ProducerType pt : types.keySet()) {
            tk.add(pt.name());
            tl.add(pt.label());
        }
        List<StatisticsSnapshot.Share> byType = StatisticsSnapshot.shares(tk, tl, new ArrayList<>(types.values()));
        return new StatisticsSnapshot(area, areas.label(area, date), date, nProducts, nProducers,
                new StatisticsSnapshot.Breakdown("products by star", "OCOP products (certificate in effect)", nProducts, byStar),
                new StatisticsSnapshot.Breakdown("products by product group (Phụ lục I)", "OCOP products", nProducts, byGroup),
                new StatisticsSnapshot.Breakdown("producers by type (Điều 2.3)", "producers of those products", nProducers,
                        byType),
                unattributed, unknown.isEmpty() ? null : "products under units the register does not know or that "
                        + "straddle the area: " + String.join(", ", unknown));
    }
}
