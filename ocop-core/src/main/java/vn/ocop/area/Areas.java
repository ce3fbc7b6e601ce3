package vn.ocop.area;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.internal.Text;
import vn.ocop.internal.json.JsonDocuments;
import vn.ocop.rubric.DateRange;

/**
 * A register of administrative units with their validity dates and the successions from old units to new ones,
 * so that a 2021–2025 district plan and a 2026 commune registry can be compared ({@link #correspondingOn}).
 *
 * <pre>{@code
 * Areas areas = Areas.read(in, "tra-vinh-areas.json");
 * areas.exists("845", LocalDate.of(2024, 6, 1));                                   // true: Huyện Cầu Kè
 * areas.exists("845", LocalDate.of(2025, 7, 1));                                   // false: districts ended
 * areas.correspondingOn("845", LocalDate.of(2024, 6, 1), LocalDate.of(2026, 1, 1)); // [86]: via Trà Vinh 84 → Vĩnh Long 86
 * }</pre>
 *
 * <p>Rules: the versions of one code do not overlap; a parent exists on the first and the last day of its child
 * and is at a higher level; a succession's old unit exists the day before it and its new unit on the day. Every
 * problem is reported at once ({@link AreaValidationException}).
 *
 * <p>Which version a code means: a code recorded on a date is read as the version existing on that date; if none
 * exists then, as the latest version that ended before it; failing that, the earliest version that starts after
 * it (a record that keeps an old code after a reform still finds its unit).
 *
 * <p>Immutable and thread-safe. Every {@link Area} it returns is one of the versions it was built from (the same
 * instance each time).
 */
public final class Areas implements AdministrativeUnits {
    private static final int MAX_DEPTH = 64;
    private static final Area[] NONE = new Area[0];
    private final String note;
    private final List<Area> units;
    private final List<Succession> successions;
    /** The versions of each code, by start date (arrays: the lookups on the counting path allocate nothing). */
    private final Map<String, Area[]> byCode = new HashMap<>();
    private final Map<String, List<Succession>> byFrom = new HashMap<>();
    private final Map<String, List<Succession>> byTo = new HashMap<>();

    private Areas(String note, List<Area> given, List<Succession> successions) {
        this.note = note;
        List<Area> sorted = new ArrayList<>(given);
        sorted.sort(Comparator.comparing(Area::code).thenComparing(a -> a.validity().from()));
        this.units = List.copyOf(sorted);
        this.successions = List.copyOf(successions);
        Map<String, List<Area>> versions = new HashMap<>();
        for (Area a : units) {
            versions.computeIfAbsent(a.code(), k -> new ArrayList<>()).add(a);
        }
        versions.forEach((code, list) -> byCode.put(code, list.toArray(new Area[0])));
        for (Succession s : this.successions) {
            byFrom.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(s);
            byTo.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s);
        }
        List<Problem> problems = new AreaChecks(this, given, successions).problems();
        if (!problems.isEmpty()) {
            throw new AreaValidationException(problems);
        }
    }

    /**
     * Builds and checks a register.
     *
     * @param units every version of every unit, not null
     * @param successions the old-to-new mapping, not null
     * @return the register
     * @throws AreaValidationException listing every problem (overlapping versions, missing parents, dangling
     *         successions)
     */
    public static Areas of(Collection<Area> units, Collection<Succession> successions) {
        return of(null, List.copyOf(units), List.copyOf(successions));
    }

    /**
     * Builds and checks a register with a remark on its data.
     *
     * @param note a remark on the data (sources, what the validity dates mean), or null
     * @param units the unit versions, not null, no null element
     * @param successions the successions, null for none
     * @return the register
     * @throws AreaValidationException listing every problem
     */
    public static Areas of(String note, List<Area> units, List<Succession> successions) {
        Objects.requireNonNull(units, "units");
        for (Area a : units) {
            Objects.requireNonNull(a, "unit");
        }
        List<Succession> ss = successions == null ? List.of() : successions;
        for (Succession s : ss) {
            Objects.requireNonNull(s, "succession");
        }
        return new Areas(note == null ? null : Text.nfc(note), units, ss);
    }

    /**
     * A national register of units as a register of areas: every unit of every period as an {@link Area} version
     * (a unit whose first day the sources do not give, one of the units before 01/07/2025, begins on 0001-01-01:
     * it is taken to exist on every earlier date), every succession (its note: the kind of merger, in Vietnamese),
     * and, for an old district, a succession to each new unit that received part of it, directly or through its
     * communes, so that a district maps forward to the communes that hold its territory.
     *
     * <pre>{@code
     * Areas areas = Areas.of(AdministrativeUnitRegistry.bundled());   // or AdministrativeUnitRegistry.bundled().areas()
     * Tracker.of(registry, areas).progress(plan, LocalDate.of(2024, 8, 31));   // no areas file
     * }</pre>
     *
     * @param units the national register, not null
     * @return the register of areas
     */
    public static Areas of(AdministrativeUnitRegistry units) {
        return RegistryAreas.all(Objects.requireNonNull(units, "units"));
    }

    /**
     * The part of a national register of units a province's plan needs: the province as it is on a date, every
     * province that shares territory with it before or after a reorganisation (Trà Vinh 84 in 2024: the new Vĩnh
     * Long 86 it joined on 01/07/2025, and Bến Tre 83 and the old Vĩnh Long 86 that joined it), the districts (until
     * 30/06/2025) and communes of all of them, and the successions between them, built as
     * {@link #of(AdministrativeUnitRegistry)} builds the whole.
     *
     * <pre>{@code
     * Areas traVinh = Areas.around(AdministrativeUnitRegistry.bundled(), "84", LocalDate.of(2024, 1, 1));
     * traVinh.correspondingOn("845", LocalDate.of(2024, 6, 1), LocalDate.of(2026, 1, 1));   // Cầu Kè's new communes
     * }</pre>
     *
     * @param units the national register, not null
     * @param code the province's code (or the code of a unit inside it: its province is taken), not null
     * @param on a date the unit exists on, not null
     * @return the register of areas
     * @throws UnitLookupException if no unit has that code on that date
     */
    public static Areas around(AdministrativeUnitRegistry units, String code, LocalDate on) {
        AdministrativeUnit u = units.get(Objects.requireNonNull(code, "code"), on);
        return RegistryAreas.around(units, u.province());
    }

    /**
     * Reads a register from JSON ({@code {"note":…,"units":[…],"successions":[…]}}) with {@link OcopJson}.
     *
     * @param in UTF-8 JSON, not null; not closed
     * @param source name of the file for problems, not null
     * @return the register
     * @throws AreaValidationException with every problem found, each with the file, line, column and JSON path
     */
    public static Areas read(InputStream in, String source) {
        return JsonDocuments.read(in, source, Areas.class, AreaValidationException::new);
    }

    /** @return the remark on the data, or null */
    public String note() {
        return note;
    }

    /** @return every unit version, sorted by code and start date */
    public List<Area> units() {
        return units;
    }

    /** @return the successions, in the order given */
    public List<Succession> successions() {
        return successions;
    }

    // ------------------------------------------------------------------ AdministrativeUnits

    @Override
    public boolean exists(String code, LocalDate date) {
        return existing(normal(code), date) != null;
    }

    @Override
    public Optional<String> parentOf(String code, LocalDate date) {
        Area a = existing(normal(code), date);
        return a == null ? Optional.empty() : Optional.ofNullable(a.parent());
    }

    @Override
    public boolean existsIn(String code, int year) {
        DateRange y = DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        for (Area a : byCode.getOrDefault(normal(code), NONE)) {
            if (a.validity().overlaps(y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Tested on the first day of the year and on every day in it where a version of the unit, or of a unit it
     * may lie in, begins or ends: containment only changes on those days.
     */
    @Override
    public boolean liesWithin(String code, String ancestor, int year) {
        String c = normal(code);
        String a = normal(ancestor);
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate end = first.plusYears(1);
        for (LocalDate day : changeDays(c, first, end)) {
            Area v = existing(c, day);
            for (int depth = 0; v != null && depth < MAX_DEPTH; depth++) {
                v = existing(v.parent(), day);
                if (v != null && v.code().equals(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first day and the days in {@code [first, end)} where a version of the code or of its ancestors changes. */
    private Set<LocalDate> changeDays(String code, LocalDate first, LocalDate end) {
        Set<LocalDate> days = new TreeSet<>(List.of(first));
        Set<String> seen = new HashSet<>();
        List<String> next = new ArrayList<>(List.of(code));
        while (!next.isEmpty() && seen.size() < MAX_DEPTH) {
            String c = next.remove(next.size() - 1);
            if (!seen.add(c)) {
                continue;
            }
            for (Area v : byCode.getOrDefault(c, NONE)) {
                for (LocalDate d : new LocalDate[] {v.validity().from(), v.validity().until()}) {
                    if (d != null && d.isAfter(first) && d.isBefore(end)) {
                        days.add(d);
                    }
                }
                if (v.parent() != null) {
                    next.add(v.parent());
                }
            }
        }
        return days;
    }

    // ------------------------------------------------------------------ lookups

    /**
     * @param code a unit code, may be null
     * @param date a date, not null
     * @return the version of the unit existing on that date, if any
     */
    public Optional<Area> unit(String code, LocalDate date) {
        return Optional.ofNullable(existing(normal(code), date));
    }

    /**
     * The version a code recorded on a date stands for (see the class comment: the version of that date, else the
     * latest that ended before it, else the earliest that starts after it).
     *
     * @param code a unit code, may be null
     * @param date the date of the record, not null
     * @return the version, empty for a code the register does not know
     */
    public Optional<Area> recordedAs(String code, LocalDate date) {
        return Optional.ofNullable(recorded(normal(code), date));
    }

    /**
     * @param code a unit code, not null
     * @return its versions in date order; empty for an unknown code
     */
    public List<Area> versions(String code) {
        Area[] versions = byCode.get(normal(code));
        return versions == null ? List.of() : List.of(versions);
    }

    /**
     * @param date a date, not null
     * @param level a level, not null
     * @return the units of that level existing on that date, sorted by code
     */
    public List<Area> unitsOn(LocalDate date, AreaLevel level) {
        List<Area> out = new ArrayList<>();
        for (Area a : units) {
            if (a.level() == level && a.existsOn(date)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * @param code a unit code, not null
     * @param date a date, not null
     * @return the units whose parent on that date is this unit, sorted by code
     */
    public List<Area> childrenOf(String code, LocalDate date) {
        String c = normal(code);
        List<Area> out = new ArrayList<>();
        for (Area a : units) {
            if (c.equals(a.parent()) && a.existsOn(date)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * @param code a unit code, not null
     * @param ancestor another unit code, not null
     * @param date a date, not null
     * @return whether the unit is the ancestor itself or lies inside it on that date (both must exist then)
     */
    public boolean isWithin(String code, String ancestor, LocalDate date) {
        String a = normal(ancestor);
        Area v = existing(normal(code), date);
        for (int depth = 0; v != null && depth < MAX_DEPTH; depth++) {
            if (v.code().equals(a)) {
                return true;
            }
            v = existing(v.parent(), date);
        }
        return false;
    }

    /**
     * @param code a unit code, not null
     * @param date a date, not null
     * @param level the level wanted, not null
     * @return the unit itself or its ancestor at that level on that date, if any
     */
    public Optional<Area> ancestorAt(String code, LocalDate date, AreaLevel level) {
        Area v = existing(normal(code), date);
        for (int depth = 0; v != null && depth < MAX_DEPTH; depth++) {
            if (v.level() == level) {
                return Optional.of(v);
            }
            v = existing(v.parent(), date);
        }
        return Optional.empty();
    }

    /**
     * @param code a unit code, not null
     * @return the successions in which it is the old unit
     */
    public List<Succession> successorsOf(String code) {
        return byFrom.getOrDefault(normal(code), List.of());
    }

    /**
     * @param code a unit code, not null
     * @return the successions in which it is the new unit
     */
    public List<Succession> predecessorsOf(String code) {
        return byTo.getOrDefault(normal(code), List.of());
    }

    /**
     * The code a record is attributed to: its commune (or former district) code, or its province code when the
     * register knows the province code but not the commune code. The same rule holds for every kind of record
     * (products, producers, members of a coverage population).
     *
     * @param communeCode the record's commune or former district code, not null
     * @param provinceCode the record's province code, or null when the record does not give it
     * @return the code to attribute the record to
     */
    public String unitCodeOf(String communeCode, String provinceCode) {
        return provinceCode != null && !byCode.containsKey(communeCode) && byCode.containsKey(provinceCode)
                ? provinceCode : communeCode;
    }

    // ------------------------------------------------------------------ across dates

    /**
     * The units existing on {@code on} that a unit recorded on {@code recordedOn} corresponds to. Forward in time
     * the mapping follows the successions of the unit, or, for a unit that ended without a recorded successor (a
     * district on 2025-07-01), those of its parent; backward in time it follows the predecessors, or the parent's.
     * The result has several codes when the unit was split (forward) or formed by a merger (backward); empty for an
     * unknown code or when nothing is recorded.
     *
     * <p>Example: district 851 recorded on 2024-05-01, asked for 2026-01-01 → no successor of its own, its parent
     * Trà Vinh 84 became Vĩnh Long 86 → {@code [86]}. A 2026 commune formed from communes of two 2024 districts,
     * asked for 2024-05-01 → those two communes' codes.
     *
     * @param code a unit code, not null
     * @param recordedOn the date the code was recorded, not null
     * @param on the date whose units are wanted, not null
     * @return the codes, sorted
     */
    public Set<String> correspondingOn(String code, LocalDate recordedOn, LocalDate on) {
        Area v = recorded(normal(code), recordedOn);
        return v == null ? new TreeSet<>() : correspondingOn(v, on);
    }

    /**
     * {@link #correspondingOn(String, LocalDate, LocalDate)} for a version of this register.
     *
     * @param version a unit version of this register, not null
     * @param on the date whose units are wanted, not null
     * @return the codes, sorted
     * @throws OcopException if the successions loop
     */
    public Set<String> correspondingOn(Area version, LocalDate on) {
        Set<String> out = new TreeSet<>();
        correspond(Objects.requireNonNull(version, "version"), Objects.requireNonNull(on, "on"), out, 0);
        return out;
    }

    /**
     * Where a unit version lies relative to an area read on a date: {@link Placement#INSIDE} when every unit it
     * corresponds to on that date ({@link #correspondingOn(Area, LocalDate)}) lies inside the area,
     * {@link Placement#OUTSIDE} when none does, {@link Placement#STRADDLING} otherwise (also when it corresponds to
     * no unit on that date).
     *
     * @param version a unit version of this register, not null
     * @param area the area's code, not null
     * @param areaOn the date the area is read on, not null
     * @return the placement
     */
    public Placement placement(Area version, String area, LocalDate areaOn) {
        Set<String> on = correspondingOn(version, areaOn);
        int inside = 0;
        for (String c : on) {
            if (isWithin(c, area, areaOn)) {
                inside++;
            }
        }
        if (on.isEmpty() || (inside > 0 && inside < on.size())) {
            return Placement.STRADDLING;
        }
        return inside == 0 ? Placement.OUTSIDE : Placement.INSIDE;
    }

    private void correspond(Area a, LocalDate on, Set<String> out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new OcopException("administrative units: successions of " + a.code() + " do not end (a cycle?)");
        }
        if (a.existsOn(on)) {
            out.add(a.code());
            return;
        }
        LocalDate until = a.validity().until();
        if (until != null && !on.isBefore(until)) {
            forward(a, until, on, out, depth);
        } else {
            backward(a, a.validity().from(), on, out, depth);
        }
    }

    /** Follows the successors of a unit that ended on {@code until}, or its parent's. */
    private void forward(Area a, LocalDate until, LocalDate on, Set<String> out, int depth) {
        boolean found = false;
        for (Succession s : byFrom.getOrDefault(a.code(), List.of())) {
            if (s.on().equals(until)) {
                found = true;
                follow(existing(s.to(), s.on()), on, out, depth);
            }
        }
        if (!found && a.parent() != null) {
            follow(existing(a.parent(), until.minusDays(1)), on, out, depth);
        }
    }

    /** Follows the predecessors of a unit that began on {@code from}, or its parent's. */
    private void backward(Area a, LocalDate from, LocalDate on, Set<String> out, int depth) {
        boolean found = false;
        for (Succession s : byTo.getOrDefault(a.code(), List.of())) {
            if (s.on().equals(from)) {
                found = true;
                follow(existing(s.from(), s.on().minusDays(1)), on, out, depth);
            }
        }
        if (!found && a.parent() != null) {
            follow(existing(a.parent(), from), on, out, depth);
        }
    }

    private void follow(Area next, LocalDate on, Set<String> out, int depth) {
        if (next != null) { // the checks guarantee it exists; a register built otherwise maps to nothing here
            correspond(next, on, out, depth + 1);
        }
    }

    // ------------------------------------------------------------------ versions

    /**
     * @param code a code as given, may be null
     * @return its NFC form without surrounding spaces; a plain ASCII code (the usual digits) as it is, without the
     *         cost of a normalisation check on every lookup
     */
    private static String normal(String code) {
        if (code == null) {
            return null;
        }
        int n = code.length();
        if (n > 0 && code.charAt(0) > ' ' && code.charAt(n - 1) > ' ') {
            int i = 0;
            while (i < n && code.charAt(i) < 0x80) {
                i++;
            }
            if (i == n) {
                return code;
            }
        }
        return Text.nfc(code);
    }

    /**
     * @param code a code, may be null
     * @param date a date
     * @return the version existing on the date, or null
     */
    Area existing(String code, LocalDate date) {
        Area[] versions = code == null ? null : byCode.get(code);
        for (int i = 0; versions != null && i < versions.length; i++) {
            if (versions[i].existsOn(date)) {
                return versions[i];
            }
        }
        return null;
    }

    /**
     * @param code a code as recorded, may be null
     * @param date the record's date
     * @return the version the code stands for (class comment), or null for an unknown code
     */
    Area recorded(String code, LocalDate date) {
        Area[] versions = code == null ? null : byCode.get(code);
        if (versions == null) {
            return null;
        }
        Area before = null;
        for (Area a : versions) {
            if (a.existsOn(date)) {
                return a;
            }
            LocalDate until = a.validity().until();
            if (until != null && !until.isAfter(date)) {
                before = a;
            }
        }
        return before != null ? before : versions[0];
    }

    @Override
    public String toString() {
        return "Areas[" + units.size() + " unit versions, " + successions.size() + " successions]";
    }
}
