package vn.ocop.area;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.ocop.Problem;
import vn.ocop.area.RawUnits.Located;
import vn.ocop.area.RawUnits.RawPeriod;
import vn.ocop.area.RawUnits.RawReform;
import vn.ocop.area.RawUnits.Row;

/**
 * Checks what {@link UnitsReader} read and builds the registry: source ids, period dates, units (codes, kind words,
 * parents, sources), counts and successions between periods. Every problem goes to the reader's list; nothing is
 * built when there is one. One instance per read.
 */
final class UnitsBuilder {
    /** The levels of the rows, in the order of {@link RawUnits#LEVEL_KEYS}. */
    private static final AreaLevel[] LEVELS = {AreaLevel.PROVINCE, AreaLevel.DISTRICT, AreaLevel.COMMUNE};
    /** Digits of a code per level, in the same order. */
    private static final int[] CODE_DIGITS = {2, 3, 5};

    private final String source;
    private final List<Problem> problems;
    private final List<Located<UnitsProvenance.Source>> sources;
    private final List<RawPeriod> periods;
    private final List<RawReform> reforms;
    private final RawUnits raw;

    UnitsBuilder(String source, RawUnits raw, List<Problem> problems) {
        this.source = source;
        this.raw = raw;
        this.problems = problems;
        this.sources = raw.sources;
        this.periods = raw.periods;
        this.reforms = raw.reforms;
    }

    private void problem(Row r, int cell, String message) {
        problems.add(RawUnits.problem(source, r, cell, message));
    }

    private void problem(Located<?> at, String message) {
        problems.add(RawUnits.problem(source, at, message));
    }


    AdministrativeUnitRegistry build() {
        Map<String, UnitsProvenance.Source> byId = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            Located<UnitsProvenance.Source> s = sources.get(i);
            if (s.value != null && byId.put(s.value.id(), s.value) != null) {
                problem(s, "duplicate source id '" + s.value.id() + "'");
            }
        }
        if (byId.isEmpty()) {
            problems.add(new Problem(source, "$.sources", "at least one source is needed"));
        }
        if (periods.isEmpty()) {
            problems.add(new Problem(source, "$.periods", "at least one period is needed"));
        }
        List<UnitPeriod> ps = new ArrayList<>();
        List<Map<String, AdministrativeUnit>> unitsByCode = new ArrayList<>();
        for (int k = 0; k < periods.size(); k++) {
            RawPeriod rp = periods.get(k);
            checkPeriodDates(k, rp);
            List<String> periodSources = rp.sources == null ? List.of() : rp.sources;
            for (int i = 0; i < periodSources.size(); i++) {
                if (!byId.containsKey(periodSources.get(i))) {
                    problems.add(new Problem(source, rp.path + ".sources[" + i + "]", rp.line, rp.column,
                            "unknown source id '" + periodSources.get(i) + "'; sources: " + byId.keySet()));
                }
            }
            UnitPeriod period = new UnitPeriod(k, rp.from, rp.until, periodSources);
            ps.add(period);
            unitsByCode.add(units(rp, period));
        }
        List<List<UnitSuccession>> successions = new ArrayList<>();
        for (int k = 0; k < reforms.size(); k++) {
            successions.add(successions(k, reforms.get(k), unitsByCode));
        }
        if (reforms.size() != Math.max(0, periods.size() - 1)) {
            problems.add(new Problem(source, "$.reforms", "expected one reform between each two periods: "
                    + periods.size() + " period(s), " + reforms.size() + " reform(s)"));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        List<UnitsProvenance.Source> srcs = new ArrayList<>(byId.values());
        UnitsProvenance provenance = new UnitsProvenance(raw.title, raw.generated, raw.generator, srcs, raw.fixes, raw.doubts);
        List<List<AdministrativeUnit>> units = new ArrayList<>();
        for (Map<String, AdministrativeUnit> m : unitsByCode) {
            units.add(new ArrayList<>(m.values()));
        }
        return new AdministrativeUnitRegistry(provenance, ps, units, successions);
    }

    private void checkPeriodDates(int k, RawPeriod rp) {
        if (rp.from != null && rp.until != null && !rp.until.isAfter(rp.from)) {
            problems.add(new Problem(source, rp.path + ".until", rp.line, rp.column,
                    "until " + rp.until + " must be after from " + rp.from));
        }
        if (k > 0 && rp.from == null && rp.sawFrom) {
            problems.add(new Problem(source, rp.path + ".from", rp.line, rp.column,
                    "only the first period may start at an unknown date (null)"));
        }
        if (k < periods.size() - 1 && rp.until == null && rp.sawUntil) {
            problems.add(new Problem(source, rp.path + ".until", rp.line, rp.column,
                    "only the last period may be open-ended (null)"));
        }
        if (k > 0) {
            RawPeriod before = periods.get(k - 1);
            if (before.until != null && rp.from != null && !before.until.equals(rp.from)) {
                problems.add(new Problem(source, rp.path + ".from", rp.line, rp.column, "period starts on " + rp.from
                        + " but the period before ends on " + before.until + " (until is the first day after it)"));
            }
        }
    }

    /** Builds the units of a period, parents first; returns them by code. */
    private Map<String, AdministrativeUnit> units(RawPeriod rp, UnitPeriod period) {
        Map<String, AdministrativeUnit> byCode = new LinkedHashMap<>();
        for (int level = 0; level < LEVELS.length; level++) {
            for (Row r : rp.rows.get(level)) {
                AdministrativeUnit u = r.ok ? unit(r, level, period, byCode) : null;
                if (u != null) {
                    if (byCode.containsKey(u.code())) {
                        problem(r, 0, "code " + u.code() + " is used twice in this period: by "
                                + byCode.get(u.code()).label() + " and " + u.label());
                    } else {
                        byCode.put(u.code(), u);
                    }
                }
            }
            Located<Integer> count = rp.counts == null ? null : rp.counts.get(RawUnits.LEVEL_KEYS[level]);
            if (count != null && count.value != rp.rows.get(level).size()) {
                problem(count, "recorded count " + count.value + " but the period lists "
                        + rp.rows.get(level).size() + " " + RawUnits.LEVEL_KEYS[level]);
            }
        }
        return byCode;
    }

    private AdministrativeUnit unit(Row r, int index, UnitPeriod period, Map<String, AdministrativeUnit> known) {
        boolean ok = true;
        AreaLevel level = LEVELS[index];
        String code = r.cells.get(0);
        String name = r.cells.get(1);
        if (!isDigits(code, CODE_DIGITS[index])) {
            problem(r, 0, "a code at " + level.text(Locale.ENGLISH) + " has " + CODE_DIGITS[index]
                    + " digits, found '" + code + "'");
            ok = false;
        }
        UnitKind kind = UnitKind.of(name, level);
        if (kind == null) {
            problem(r, 1, "the name '" + name + "' does not start with a kind word of the " + level.text(Locale.ENGLISH)
                    + " (" + words(level) + ")");
            ok = false;
        }
        AdministrativeUnit parent = null;
        if (level == AreaLevel.PROVINCE) {
            if (r.cells.size() > 2) {
                problem(r, 2, "a province has no parent");
                ok = false;
            }
        } else {
            String pc = r.cells.size() > 2 ? r.cells.get(2) : null;
            parent = pc == null ? null : known.get(pc);
            if (pc == null) {
                problem(r, -1, "missing the parent's code");
                ok = false;
            } else if (parent == null || !parent.level().isAbove(level)) {
                problem(r, 2, "parent " + pc + " is not a " + (level == AreaLevel.COMMUNE ? "province or district"
                        : "province") + " of this period");
                ok = false;
            }
        }
        List<String> listedIn = period.sources;
        if (r.listedIn != null) {
            for (String s : r.listedIn) {
                if (!period.sources.contains(s)) {
                    problem(r, r.extrasIndex, "listedIn '" + s + "' is not a source of this period " + period.sources);
                    ok = false;
                }
            }
            listedIn = List.copyOf(r.listedIn);
        }
        List<String> others = List.of();
        if (r.otherNames != null) {
            for (String o : r.otherNames) {
                if (UnitKind.of(o, level) == null) {
                    problem(r, r.extrasIndex, "other name '" + o + "' does not start with a kind word of the "
                            + level.text(Locale.ENGLISH) + " (" + words(level) + ")");
                    ok = false;
                }
            }
            others = List.copyOf(r.otherNames);
        }
        return ok ? new AdministrativeUnit(code, name, kind, parent, period, listedIn, others) : null;
    }

    private static boolean isDigits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String words(AreaLevel level) {
        StringBuilder sb = new StringBuilder();
        for (UnitKind k : UnitKind.values()) {
            if (k.level() == level && sb.indexOf(k.word()) < 0) {
                sb.append(sb.length() == 0 ? "" : ", ").append(k.word());
            }
        }
        return sb.toString();
    }

    private List<UnitSuccession> successions(int k, RawReform rr, List<Map<String, AdministrativeUnit>> units) {
        List<UnitSuccession> out = new ArrayList<>();
        if (k + 1 >= periods.size()) {
            return out;
        }
        RawPeriod before = periods.get(k);
        RawPeriod after = periods.get(k + 1);
        if (rr.on == null || !rr.on.equals(before.until) || !rr.on.equals(after.from)) {
            if (rr.on != null) {
                problems.add(new Problem(source, rr.path + ".on", rr.line, rr.column, "a reform on " + rr.on
                        + " must fall where period " + k + " ends and period " + (k + 1) + " begins"));
            }
            return out;
        }
        Successors successors = new Successors();
        for (String part : List.of("provinces", "units")) {
            List<Row> rows = "provinces".equals(part) ? rr.provinces : rr.units;
            if (rows == null) {
                continue;
            }
            for (Row r : rows) {
                UnitSuccession s = r.ok ? succession(r, "provinces".equals(part), k, units, successors) : null;
                if (s != null) {
                    out.add(s);
                }
            }
        }
        for (int i = 0; i < successors.wholeRows.size(); i++) {
            AdministrativeUnit from = successors.wholeUnits.get(i);
            if (successors.byUnit.get(from) instanceof List<?> several) {
                problem(successors.wholeRows.get(i), 2, from.label() + " passes whole into one unit but has "
                        + several.size() + " successors");
            }
        }
        check(rr, "provinces", rr.provinces);
        check(rr, "units", rr.units);
        return out;
    }

    /** The successors found so far in a reform, and the rows that say a unit passes whole into one. */
    private static final class Successors {
        /** Per old unit, its new unit, or a list of them when there are several. */
        final Map<AdministrativeUnit, Object> byUnit = new IdentityHashMap<>();
        final List<Row> wholeRows = new ArrayList<>();
        final List<AdministrativeUnit> wholeUnits = new ArrayList<>();
    }

    /** One row of a reform as a succession, or null after its problems. */
    private UnitSuccession succession(Row r, boolean province, int k, List<Map<String, AdministrativeUnit>> units,
            Successors successors) {
        AdministrativeUnit from = units.get(k).get(r.cells.get(0));
        AdministrativeUnit to = units.get(k + 1).get(r.cells.get(1));
        UnitMergeKind kind = null;
        try {
            kind = UnitMergeKind.valueOf(r.cells.get(2));
        } catch (IllegalArgumentException e) {
            problem(r, 2, "unknown kind '" + r.cells.get(2) + "'; kinds: " + List.of(UnitMergeKind.values()));
        }
        boolean ok = kind != null;
        if (from == null || (province != (from.level() == AreaLevel.PROVINCE))) {
            problem(r, 0, "'" + r.cells.get(0) + "' is not "
                    + (province ? "a province" : "a district or commune") + " of period " + k);
            ok = false;
        }
        if (to == null || (province != (to.level() == AreaLevel.PROVINCE))) {
            problem(r, 1, "'" + r.cells.get(1) + "' is not " + (province ? "a province" : "a commune")
                    + " of period " + (k + 1));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        Object seen = successors.byUnit.get(from);
        if (seen == to || seen instanceof List && ((List<?>) seen).contains(to)) {
            problem(r, -1, "succession " + from.code() + " → " + to.code() + " is given twice");
            return null;
        }
        if (seen == null) {
            successors.byUnit.put(from, to);
        } else if (seen instanceof AdministrativeUnit) {
            successors.byUnit.put(from, new ArrayList<>(List.of((AdministrativeUnit) seen, to)));
        } else {
            @SuppressWarnings("unchecked")
            List<AdministrativeUnit> several = (List<AdministrativeUnit>) seen;
            several.add(to);
        }
        if (kind.whole()) {
            successors.wholeRows.add(r);
            successors.wholeUnits.add(from);
        }
        return new UnitSuccession(from, to, kind, r.cells.size() > 3 ? r.cells.get(3) : null);
    }

    private void check(RawReform rr, String key, List<Row> rows) {
        Located<Integer> c = rr.counts == null ? null : rr.counts.get(key);
        if (c != null && rows != null && c.value != rows.size()) {
            problem(c, "recorded count " + c.value + " but the reform lists " + rows.size() + " " + key);
        }
    }
}
