package vn.ocop.area;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.ocop.internal.Text;

/**
 * The administrative units of Vietnam before and after the reorganisation of 01/07/2025, with the succession from
 * old units to new ones: the bundled data ({@link #bundled()}) has the 63 provinces, 696 districts and the communes
 * of the National Statistics Office's list as of 04/01/2025 (valid until 30/06/2025), the 34 provinces and 3,321
 * communes from 01/07/2025, and, from the Office's conversion table, every old commune merged into each new one,
 * whole or in part. {@link #provenance()} says where each figure comes from and where the sources disagree.
 *
 * <pre>{@code
 * AdministrativeUnitRegistry units = AdministrativeUnitRegistry.bundled();
 * LocalDate before = LocalDate.of(2024, 6, 1), after = LocalDate.of(2026, 1, 1);
 *
 * // codes: a code may name an old and a new unit, the date decides
 * units.get("00004", before).name();                      // "Phường Trúc Bạch"
 * units.get("00004", after).name();                       // "Phường Ba Đình"
 * units.versions("84", 2024).isEmpty();                   // false: Tỉnh Trà Vinh existed in 2024
 *
 * // names: NFC, case and tone placement do not matter; the kind word is optional
 * AdministrativeUnit traVinh = units.getByName("tỉnh trà vinh", before);
 * units.correspondingOn(traVinh, after);                  // [Tỉnh Vĩnh Long (86)]
 * AdministrativeUnit hanoi = units.getByName("Hà Nội", after);
 * units.getByName("Ba Đình", after, hanoi).code();        // "00004"
 *
 * // successions, both ways
 * units.predecessorsOf(units.get("00004", after));        // Trúc Bạch, Quán Thánh (whole), Ngọc Hà… (part)
 * units.children(hanoi).size();                           // the 126 communes of Hà Nội from 01/07/2025
 * }</pre>
 *
 * <p>Which units exist on a date: an old unit exists on every date before 01/07/2025 (the sources give no dates
 * of creation, and the reorganisations of the first half of 2025 are not dated either: a commune of the
 * 2025-01-04 list that the conversion table no longer names, and one that the conversion table names but the list
 * does not, both count as existing until 30/06/2025; {@link AdministrativeUnit#listedIn()} tells them apart).
 *
 * <p>Immutable and thread-safe; lookups do no I/O. Results are sorted by period, then level, then code.
 */
public final class AdministrativeUnitRegistry implements AdministrativeUnits {
    /** Class-path location of the bundled data (in the {@code ocop-rubric-data} artifact). */
    public static final String BUNDLED_RESOURCE = "ocop-units/units.json";

    /** Results' order: period, level, code. */
    private static final Comparator<AdministrativeUnit> ORDER = (a, b) -> {
        int c = Integer.compare(a.period().index, b.period().index);
        if (c == 0) {
            c = a.level().compareTo(b.level());
        }
        return c != 0 ? c : a.code().compareTo(b.code());
    };

    private final UnitsProvenance provenance;
    private final UnitPeriod[] periods;
    /** Per period, its units sorted by code. */
    private final AdministrativeUnit[][] byCode;
    /** Every name and other name of every unit, by its key. */
    private final UnitNameIndex names;
    private final Map<AdministrativeUnit, AdministrativeUnit[]> children;
    /** Per period, whether it has units of each level. */
    private final boolean[][] hasLevel;
    /** Per reform k (from period k to period k + 1), its successions sorted by old code, and by new code. */
    private final UnitSuccession[][] byFrom;
    private final UnitSuccession[][] byTo;
    /** {@link #areas()}, built on first use; a race builds equal registers twice, harmlessly. */
    private volatile Areas areas;

    AdministrativeUnitRegistry(UnitsProvenance provenance, List<UnitPeriod> periods,
            List<List<AdministrativeUnit>> units, List<List<UnitSuccession>> successions) {
        this.provenance = provenance;
        this.periods = periods.toArray(new UnitPeriod[0]);
        this.byCode = new AdministrativeUnit[periods.size()][];
        this.hasLevel = new boolean[periods.size()][AreaLevel.values().length];
        Map<AdministrativeUnit, List<AdministrativeUnit>> kids = new IdentityHashMap<>();
        int names = 0; // the number of names and other names
        for (int k = 0; k < periods.size(); k++) {
            AdministrativeUnit[] us = units.get(k).toArray(new AdministrativeUnit[0]);
            Arrays.sort(us, (a, b) -> a.code().compareTo(b.code()));
            byCode[k] = us;
            for (AdministrativeUnit u : us) {
                hasLevel[k][u.level().ordinal()] = true;
                names += 1 + u.otherNames().size();
                u.parent().ifPresent(p -> kids.computeIfAbsent(p, x -> new ArrayList<>()).add(u));
            }
        }
        this.children = new IdentityHashMap<>(kids.size());
        kids.forEach((p, cs) -> {
            cs.sort(ORDER);
            children.put(p, cs.toArray(new AdministrativeUnit[0]));
        });
        this.names = new UnitNameIndex(byCode, names);
        this.byFrom = new UnitSuccession[successions.size()][];
        this.byTo = new UnitSuccession[successions.size()][];
        for (int k = 0; k < successions.size(); k++) {
            UnitSuccession[] s = successions.get(k).toArray(new UnitSuccession[0]);
            Arrays.sort(s, (a, b) -> {
                int c = a.from().code().compareTo(b.from().code());
                return c != 0 ? c : ORDER.compare(a.to(), b.to());
            });
            byFrom[k] = s;
            UnitSuccession[] t = s.clone();
            Arrays.sort(t, (a, b) -> {
                int c = a.to().code().compareTo(b.to().code());
                return c != 0 ? c : ORDER.compare(a.from(), b.from());
            });
            byTo[k] = t;
        }
    }

    // ------------------------------------------------------------------ loading

    /**
     * The bundled units ({@link #BUNDLED_RESOURCE}), loaded and checked once per class loader.
     *
     * @return the registry
     * @throws UnitDataException if the bundled data is missing or malformed (a packaging bug); every later call
     *         throws the same exception
     */
    public static AdministrativeUnitRegistry bundled() {
        return BundledUnits.registry();
    }

    /**
     * Loads the bundled units anew (each call reads and checks the resource again; {@link #bundled()} keeps one).
     *
     * @return the registry
     * @throws UnitDataException if the bundled data is missing or malformed
     */
    public static AdministrativeUnitRegistry loadBundled() {
        return BundledUnits.load();
    }

    /**
     * Reads units in the format of the bundled file (see {@code ocop-rubric-data/README.md}, section FORMAT).
     *
     * @param in UTF-8 JSON, not null; not closed
     * @param source the file's name for problems, not null
     * @return the registry
     * @throws UnitDataException listing every problem, each with line, column and JSON path
     */
    public static AdministrativeUnitRegistry read(InputStream in, String source) {
        return new UnitsReader(Objects.requireNonNull(source, "source")).read(Objects.requireNonNull(in, "in"));
    }

    // ------------------------------------------------------------------ what the data is

    /** @return where the units come from, what was corrected, where the sources disagree */
    public UnitsProvenance provenance() {
        return provenance;
    }

    /** @return the days of the reorganisations the registry knows (the first day of the new units), oldest first */
    public List<LocalDate> reformDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int k = 1; k < periods.length; k++) {
            dates.add(periods[k].from);
        }
        return List.copyOf(dates);
    }

    /**
     * This register as a register of areas for plans, statistics and the tracker: every unit as an {@link Area}
     * version, every succession, and, for an old district, a succession to each new unit that received part of it
     * ({@link Areas#of(AdministrativeUnitRegistry)}). Built on first call and kept.
     *
     * @return the areas
     */
    public Areas areas() {
        Areas a = areas;
        if (a == null) {
            a = RegistryAreas.all(this);
            areas = a;
        }
        return a;
    }

    // ------------------------------------------------------------------ codes

    /**
     * @param code a statistical code with its leading zeros ("00004", "84"), may be null
     * @param date a date, not null
     * @return the unit with that code on that date, if any
     */
    public Optional<AdministrativeUnit> find(String code, LocalDate date) {
        Objects.requireNonNull(date, "date");
        UnitPeriod p = period(date);
        if (code == null || p == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(inPeriod(p.index, Text.nfc(code)));
    }

    /**
     * @param code a statistical code with its leading zeros, not null
     * @param date a date, not null
     * @return the unit with that code on that date
     * @throws UnitLookupException if there is none (naming the units that carry the code at other dates)
     */
    public AdministrativeUnit get(String code, LocalDate date) {
        Objects.requireNonNull(code, "code");
        return find(code, date).orElseThrow(() -> new UnitLookupException(UnitLookupException.Reason.UNKNOWN_CODE,
                code, date, null, versions(code)));
    }

    /**
     * @param code a statistical code, may be null
     * @return every unit that has carried the code, oldest first (one per period at most)
     */
    public List<AdministrativeUnit> versions(String code) {
        if (code == null) {
            return List.of();
        }
        String c = Text.nfc(code);
        List<AdministrativeUnit> out = new ArrayList<>(2);
        for (UnitPeriod p : periods) {
            AdministrativeUnit u = inPeriod(p.index, c);
            if (u != null) {
                out.add(u);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The units that carried a code on some day of a year: what a product code {@code T-X-STT-năm} can refer to.
     * In 2025 a code may have two (the old commune until 30/06, the new one from 01/07).
     *
     * @param code a statistical code, may be null
     * @param year a year
     * @return those units, oldest first; empty if the code was not in use that year
     */
    public List<AdministrativeUnit> versions(String code, int year) {
        List<AdministrativeUnit> out = new ArrayList<>(versions(code));
        out.removeIf(u -> !u.existsIn(year));
        return Collections.unmodifiableList(out);
    }

    /**
     * The units a province code and a unit code written together in a year can mean, as in a product code
     * {@code T-X-STT-năm}: the units with {@code code} that existed in {@code year} inside a province that had
     * {@code provinceCode} then. Empty when the pair did not exist that year (a wrong code, or a code of another
     * period). In 2025 there may be two: a commune until 30/06 and the new commune with the same code from 01/07,
     * if both are in a province with that code.
     *
     * <pre>{@code
     * units.inProvince("80", "27691", 2024);   // [Phường 4 (27691)] of Thành phố Tân An, Tỉnh Long An (80)
     * units.inProvince("84", "29308", 2025);   // [Thị trấn Cầu Kè (29308)], until 30/06/2025 in Tỉnh Trà Vinh (84)
     * units.inProvince("86", "29308", 2025);   // [Xã Cầu Kè (29308)], from 01/07/2025 in Tỉnh Vĩnh Long (86)
     * }</pre>
     *
     * @param provinceCode the province's code, may be null
     * @param code the unit's code (a commune's, or a district's before 2025-07-01), may be null
     * @param year a year
     * @return those units, oldest first
     */
    public List<AdministrativeUnit> inProvince(String provinceCode, String code, int year) {
        if (provinceCode == null) {
            return List.of();
        }
        String p = Text.nfc(provinceCode);
        List<AdministrativeUnit> out = new ArrayList<>(versions(code, year));
        out.removeIf(u -> u.level() == AreaLevel.PROVINCE || !u.province().code().equals(p));
        return Collections.unmodifiableList(out);
    }

    // ------------------------------------------------------------------ AdministrativeUnits

    @Override
    public boolean exists(String code, LocalDate date) {
        return find(Objects.requireNonNull(code, "code"), date).isPresent();
    }

    @Override
    public Optional<String> parentOf(String code, LocalDate date) {
        return find(Objects.requireNonNull(code, "code"), date).flatMap(AdministrativeUnit::parent)
                .map(AdministrativeUnit::code);
    }

    @Override
    public boolean existsIn(String code, int year) {
        return !versions(Objects.requireNonNull(code, "code"), year).isEmpty();
    }

    @Override
    public boolean liesWithin(String code, String ancestor, int year) {
        String a = Text.nfc(Objects.requireNonNull(ancestor, "ancestor"));
        for (AdministrativeUnit u : versions(Objects.requireNonNull(code, "code"), year)) {
            for (AdministrativeUnit p = u.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
                if (p.code().equals(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ names

    /**
     * Every unit, at any date, that has the name: see {@link AdministrativeUnit#answersTo(String)} for how names
     * are compared.
     *
     * @param name a name with or without its kind word ("Xã Cổ Bi", "cổ bi", "Tỉnh Trà Vinh"), not null
     * @return the units, possibly none
     */
    public List<AdministrativeUnit> findByName(String name) {
        return findByName(name, null, null);
    }

    /**
     * @param name a name with or without its kind word, not null
     * @param date the date the units must exist on, or null for any date
     * @return the units with the name on that date, possibly none
     */
    public List<AdministrativeUnit> findByName(String name, LocalDate date) {
        return findByName(name, date, null);
    }

    /**
     * @param name a name with or without its kind word, not null
     * @param date the date the units must exist on, or null for any date
     * @param within a unit the results must lie inside (a province, a district), or null for anywhere
     * @return the units with the name, possibly none
     */
    public List<AdministrativeUnit> findByName(String name, LocalDate date, AdministrativeUnit within) {
        Objects.requireNonNull(name, "name");
        UnitNames.Query q = UnitNames.Query.of(name);
        Set<AdministrativeUnit> found = new LinkedHashSet<>();
        names.collect(q.whole, null, date, within, found);
        if (q.rest != null) {
            names.collect(q.rest, q.kinds, date, within, found);
        }
        List<AdministrativeUnit> out = new ArrayList<>(found);
        out.sort(ORDER);
        return Collections.unmodifiableList(out);
    }

    /**
     * @param name a name with or without its kind word, not null
     * @param date the date the unit must exist on, or null for any date
     * @return the one unit with that name
     * @throws UnitLookupException if no unit or several units have the name (listing them)
     */
    public AdministrativeUnit getByName(String name, LocalDate date) {
        return getByName(name, date, null);
    }

    /**
     * @param name a name with or without its kind word, not null
     * @param date the date the unit must exist on, or null for any date
     * @param within a unit the result must lie inside, or null for anywhere
     * @return the one unit with that name
     * @throws UnitLookupException if no unit or several units have the name (listing them)
     */
    public AdministrativeUnit getByName(String name, LocalDate date, AdministrativeUnit within) {
        List<AdministrativeUnit> found = findByName(name, date, within);
        if (found.size() == 1) {
            return found.get(0);
        }
        throw new UnitLookupException(found.isEmpty() ? UnitLookupException.Reason.UNKNOWN_NAME
                : UnitLookupException.Reason.AMBIGUOUS_NAME, name, date, within, found);
    }

    // ------------------------------------------------------------------ structure

    /**
     * @param date a date, not null
     * @return the provinces on that date, by code
     */
    public List<AdministrativeUnit> provinces(LocalDate date) {
        return units(AreaLevel.PROVINCE, date);
    }

    /**
     * @param level a level, not null
     * @param date a date, not null
     * @return the units of that level on that date, by code (no district on or after 2025-07-01)
     */
    public List<AdministrativeUnit> units(AreaLevel level, LocalDate date) {
        Objects.requireNonNull(level, "level");
        UnitPeriod p = period(Objects.requireNonNull(date, "date"));
        if (p == null) {
            return List.of();
        }
        List<AdministrativeUnit> out = new ArrayList<>();
        for (AdministrativeUnit u : byCode[p.index]) {
            if (u.level() == level) {
                out.add(u);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * @param parent a unit of this registry, not null
     * @return the units directly under it (a province's districts before 01/07/2025, its communes after; a
     *         district's communes), by level and code
     */
    public List<AdministrativeUnit> children(AdministrativeUnit parent) {
        AdministrativeUnit[] cs = children.get(own(parent));
        return cs == null ? List.of() : List.of(cs);
    }

    /**
     * @param unit a unit of this registry, not null
     * @return every unit inside it, at every depth (a province's districts and their communes), by level and code
     */
    public List<AdministrativeUnit> unitsOf(AdministrativeUnit unit) {
        List<AdministrativeUnit> out = new ArrayList<>();
        List<AdministrativeUnit> next = children(unit);
        while (!next.isEmpty()) {
            out.addAll(next);
            List<AdministrativeUnit> deeper = new ArrayList<>();
            for (AdministrativeUnit u : next) {
                deeper.addAll(children(u));
            }
            next = deeper;
        }
        out.sort(ORDER);
        return Collections.unmodifiableList(out);
    }

    // ------------------------------------------------------------------ succession

    /**
     * @param old a unit of this registry, not null
     * @return how it passed into the units of the next period, by level and code of the new unit: one succession
     *         when merged whole, one per receiving unit when split; empty for a unit of the last period, for an old
     *         district whose communes carry its successions (see {@link #correspondingOn}), and for the communes of
     *         the 2025-01-04 list that the conversion table does not name
     */
    public List<UnitSuccession> successorsOf(AdministrativeUnit old) {
        AdministrativeUnit u = own(old);
        int k = u.period().index;
        return k >= byFrom.length ? List.of() : range(byFrom[k], u, true);
    }

    /**
     * @param unit a unit of this registry, not null
     * @return the units of the previous period that passed into it, wholly or in part, by level and code of the old
     *         unit (a district before the communes); empty for a unit of the first period
     */
    public List<UnitSuccession> predecessorsOf(AdministrativeUnit unit) {
        AdministrativeUnit u = own(unit);
        int k = u.period().index - 1;
        return k < 0 ? List.of() : range(byTo[k], u, false);
    }

    /**
     * The units that, on a date, hold the territory of a unit of another date: itself if it exists then; its
     * successors after a reorganisation (a district's, through its communes: there is no district level after
     * 2025); its predecessors before one.
     *
     * <pre>{@code
     * AdministrativeUnit traVinh = units.get("84", LocalDate.of(2024, 1, 1));
     * units.correspondingOn(traVinh, LocalDate.of(2026, 1, 1));   // [Tỉnh Vĩnh Long (86)]
     * }</pre>
     *
     * @param unit a unit of this registry, not null
     * @param date a date, not null
     * @return those units, by level and code; empty if no unit exists on the date
     */
    public List<AdministrativeUnit> correspondingOn(AdministrativeUnit unit, LocalDate date) {
        AdministrativeUnit u = own(unit);
        UnitPeriod target = period(Objects.requireNonNull(date, "date"));
        if (target == null) {
            return List.of();
        }
        Set<AdministrativeUnit> frontier = new LinkedHashSet<>(List.of(u));
        int k = u.period().index;
        while (k < target.index) {
            Set<AdministrativeUnit> next = new LinkedHashSet<>();
            for (AdministrativeUnit f : frontier) {
                forward(f, k, next);
            }
            frontier = next;
            k++;
        }
        while (k > target.index) {
            Set<AdministrativeUnit> next = new LinkedHashSet<>();
            for (AdministrativeUnit f : frontier) {
                for (UnitSuccession s : predecessorsOf(f)) {
                    next.add(s.from());
                }
            }
            frontier = next;
            k--;
        }
        List<AdministrativeUnit> out = new ArrayList<>(frontier);
        out.sort(ORDER);
        return Collections.unmodifiableList(out);
    }

    /** Successors of a unit of period k; through its children when period k + 1 has no unit of its level. */
    private void forward(AdministrativeUnit u, int k, Set<AdministrativeUnit> out) {
        for (UnitSuccession s : successorsOf(u)) {
            out.add(s.to());
        }
        if (!hasLevel[k + 1][u.level().ordinal()]) {
            for (AdministrativeUnit c : children(u)) {
                forward(c, k, out);
            }
        }
    }

    // ------------------------------------------------------------------ internals

    /** @return the number of periods */
    int periodCount() {
        return periods.length;
    }

    /**
     * @param k a period, 0 to {@link #periodCount()} − 1
     * @return its units sorted by code (the registry's own array: read only)
     */
    AdministrativeUnit[] periodUnits(int k) {
        return byCode[k];
    }

    private UnitPeriod period(LocalDate date) {
        for (UnitPeriod p : periods) {
            if (p.contains(date)) {
                return p;
            }
        }
        return null;
    }

    private AdministrativeUnit inPeriod(int k, String code) {
        AdministrativeUnit[] us = byCode[k];
        int lo = 0;
        int hi = us.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = us[mid].code().compareTo(code);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return us[mid];
            }
        }
        return null;
    }

    /** The registry's own unit equal to the given one (the caller may hold a unit of another registry). */
    private AdministrativeUnit own(AdministrativeUnit unit) {
        Objects.requireNonNull(unit, "unit");
        int k = unit.period().index;
        if (k < periods.length) {
            AdministrativeUnit u = inPeriod(k, unit.code());
            if (u == unit || unit.equals(u)) {
                return u;
            }
        }
        throw new IllegalArgumentException("not a unit of this registry: " + unit);
    }

    private static List<UnitSuccession> range(UnitSuccession[] sorted, AdministrativeUnit u, boolean byOld) {
        String code = u.code();
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((byOld ? sorted[mid].from() : sorted[mid].to()).code().compareTo(code) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<UnitSuccession> out = new ArrayList<>(2);
        for (int i = lo; i < sorted.length && (byOld ? sorted[i].from() : sorted[i].to()) == u; i++) {
            out.add(sorted[i]);
        }
        return Collections.unmodifiableList(out);
    }
}
