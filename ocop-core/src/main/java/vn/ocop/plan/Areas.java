package vn.ocop.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
import vn.ocop.product.AdministrativeUnits;
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
 * problem is reported at once ({@link OcopException} listing them).
 *
 * <p>Which version a code means: a code recorded on a date is read as the version existing on that date; if none
 * exists then, as the latest version that ended before it; failing that, the earliest version that starts after
 * it (a record that keeps an old code after a reform still finds its unit).
 *
 * <p>Immutable and thread-safe.
 */
@JsonPropertyOrder({"note", "units", "successions"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class Areas implements AdministrativeUnits {
    private static final int MAX_DEPTH = 64;
    private final String note;
    private final List<Area> units;
    private final List<Succession> successions;
    private final Area[] all;
    private final Map<String, int[]> byCode;
    private final Map<String, List<Succession>> byFrom;
    private final Map<String, List<Succession>> byTo;

    private Areas(String note, List<Area> units, List<Succession> successions) {
        this.note = note;
        List<Area> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(Area::code).thenComparing(a -> a.validity().from()));
        this.units = List.copyOf(sorted);
        this.successions = List.copyOf(successions);
        this.all = this.units.toArray(new Area[0]);
        Map<String, List<Integer>> idx = new HashMap<>();
        for (int i = 0; i < all.length; i++) {
            idx.computeIfAbsent(all[i].code(), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> bc = new HashMap<>();
        idx.forEach((k, v) -> bc.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.byCode = bc;
        Map<String, List<Succession>> f = new HashMap<>();
        Map<String, List<Succession>> t = new HashMap<>();
        for (Succession s : this.successions) {
            f.computeIfAbsent(s.from(), k -> new ArrayList<>()).add(s);
            t.computeIfAbsent(s.to(), k -> new ArrayList<>()).add(s);
        }
        this.byFrom = f;
        this.byTo = t;
        check(units, successions);
    }

    /**
     * Builds and checks a register.
     *
     * @param units every version of every unit, not null
     * @param successions the old-to-new mapping, not null
     * @return the register
     * @throws OcopException listing every problem (overlapping versions, missing parents, dangling successions)
     */
    public static Areas of(Collection<Area> units, Collection<Succession> successions) {
        return of(null, List.copyOf(units), List.copyOf(successions));
    }

    /**
     * JSON creator.
     *
     * @param note a remark on the data (sources, what the validity dates mean), or null
     * @param units the unit versions, not null
     * @param successions the successions, null for none
     * @return the register
     */
    @JsonCreator
    public static Areas of(@JsonProperty("note") String note, @JsonProperty("units") List<Area> units,
            @JsonProperty("successions") List<Succession> successions) {
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
     * Reads a register from JSON ({@code {"note":…,"units":[…],"successions":[…]}}) with {@link OcopJson}.
     *
     * @param in UTF-8 JSON, not null; not closed
     * @param source name of the file for messages, not null
     * @return the register
     * @throws OcopException naming the source and what is wrong
     */
    public static Areas read(InputStream in, String source) {
        try {
            return OcopJson.mapper().readValue(in, Areas.class);
        } catch (IOException e) {
            throw new OcopException("administrative units " + source + ": " + Jsons.message(e), e);
        }
    }

    private void check(List<Area> given, List<Succession> ss) {
        List<Problem> problems = new ArrayList<>();
        for (int[] ids : byCode.values()) {
            for (int k = 1; k < ids.length; k++) {
                Area a = all[ids[k - 1]];
                Area b = all[ids[k]];
                if (a.validity().overlaps(b.validity())) {
                    problems.add(new Problem("areas", "$.units[" + given.indexOf(b) + "]", "unit " + b.code()
                            + ": versions " + a.validity() + " and " + b.validity() + " overlap"));
                }
            }
        }
        for (int i = 0; i < given.size(); i++) {
            Area a = given.get(i);
            if (a.parent() == null) {
                continue;
            }
            String path = "$.units[" + i + "].parent";
            LocalDate first = a.validity().from();
            LocalDate last = a.validity().until() == null ? null : a.validity().until().minusDays(1);
            int p = exactVersion(a.parent(), first);
            if (p < 0) {
                problems.add(new Problem("areas", path, "unit " + a.code() + ": parent " + a.parent()
                        + " does not exist on " + first + ", the unit's first day"));
                continue;
            }
            if (last != null && exactVersion(a.parent(), last) < 0) {
                problems.add(new Problem("areas", path, "unit " + a.code() + ": parent " + a.parent()
                        + " does not exist on " + last + ", the unit's last day"));
            }
            if (last == null && versions(a.parent()).stream().noneMatch(x -> x.validity().until() == null)) {
                problems.add(new Problem("areas", path, "unit " + a.code() + " has no end date but its parent "
                        + a.parent() + " ends; end the unit or give it a successor"));
            }
            if (!all[p].level().isAbove(a.level())) {
                problems.add(new Problem("areas", path, "unit " + a.code() + " (" + a.level() + "): parent "
                        + a.parent() + " is " + all[p].level() + ", not a higher level"));
            }
        }
        for (int i = 0; i < ss.size(); i++) {
            Succession s = ss.get(i);
            String path = "$.successions[" + i + "]";
            int f = exactVersion(s.from(), s.on().minusDays(1));
            int t = exactVersion(s.to(), s.on());
            if (f < 0) {
                problems.add(new Problem("areas", path + ".from", "succession " + s.from() + " → " + s.to() + " on "
                        + s.on() + ": " + s.from() + " does not exist on " + s.on().minusDays(1)));
            }
            if (t < 0) {
                problems.add(new Problem("areas", path + ".to", "succession " + s.from() + " → " + s.to() + " on "
                        + s.on() + ": " + s.to() + " does not exist on " + s.on()));
            }
            if (f >= 0 && t >= 0 && !s.on().equals(all[f].validity().until()) && !s.on().equals(all[t].validity().from())) {
                problems.add(new Problem("areas", path + ".on", "succession " + s.from() + " → " + s.to() + " on "
                        + s.on() + ": neither does " + s.from() + " end nor does " + s.to() + " begin on that day"));
            }
        }
        if (!problems.isEmpty()) {
            throw new OcopException(Jsons.lines("administrative units: " + problems.size() + " problem(s)", problems));
        }
    }

    // ------------------------------------------------------------------ JSON

    /** @return the remark on the data, or null */
    @JsonProperty("note")
    public String note() {
        return note;
    }

    /** @return every unit version, sorted by code and start date */
    @JsonProperty("units")
    public List<Area> units() {
        return units;
    }

    /** @return the successions, in the order given */
    @JsonProperty("successions")
    public List<Succession> successions() {
        return successions;
    }

    // ------------------------------------------------------------------ AdministrativeUnits

    @Override
    public boolean exists(String code, LocalDate date) {
        return exactVersion(Text.nfc(code), date) >= 0;
    }

    @Override
    public Optional<String> parentOf(String code, LocalDate date) {
        int v = exactVersion(Text.nfc(code), date);
        return v < 0 ? Optional.empty() : Optional.ofNullable(all[v].parent());
    }

    // ------------------------------------------------------------------ lookups

    /**
     * @param code a unit code, may be null
     * @param date a date, not null
     * @return the version of the unit existing on that date, if any
     */
    public Optional<Area> unit(String code, LocalDate date) {
        int v = exactVersion(Text.nfc(code), date);
        return v < 0 ? Optional.empty() : Optional.of(all[v]);
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
        int v = versionId(Text.nfc(code), date);
        return v < 0 ? Optional.empty() : Optional.of(all[v]);
    }

    /**
     * @param code a unit code, not null
     * @return its versions in date order; empty for an unknown code
     */
    public List<Area> versions(String code) {
        int[] ids = byCode.get(Text.nfc(code));
        List<Area> out = new ArrayList<>();
        if (ids != null) {
            for (int id : ids) {
                out.add(all[id]);
            }
        }
        return out;
    }

    /**
     * @param date a date, not null
     * @param level a level, not null
     * @return the units of that level existing on that date, sorted by code
     */
    public List<Area> unitsOn(LocalDate date, AreaLevel level) {
        List<Area> out = new ArrayList<>();
        for (Area a : all) {
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
        String c = Text.nfc(code);
        List<Area> out = new ArrayList<>();
        for (Area a : all) {
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
        String a = Text.nfc(ancestor);
        int v = exactVersion(Text.nfc(code), date);
        for (int depth = 0; v >= 0 && depth < MAX_DEPTH; depth++) {
            if (all[v].code().equals(a)) {
                return true;
            }
            v = all[v].parent() == null ? -1 : exactVersion(all[v].parent(), date);
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
        int v = exactVersion(Text.nfc(code), date);
        for (int depth = 0; v >= 0 && depth < MAX_DEPTH; depth++) {
            if (all[v].level() == level) {
                return Optional.of(all[v]);
            }
            v = all[v].parent() == null ? -1 : exactVersion(all[v].parent(), date);
        }
        return Optional.empty();
    }

    /**
     * @param code a unit code, not null
     * @param date a date, not null
     * @return "name (code)" of the unit as recorded on that date, or the code alone if unknown
     */
    public String label(String code, LocalDate date) {
        return recordedAs(code, date).map(Area::label).orElse(code);
    }

    /**
     * @param code a unit code, not null
     * @return the successions in which it is the old unit
     */
    public List<Succession> successorsOf(String code) {
        return byFrom.getOrDefault(Text.nfc(code), List.of());
    }

    /**
     * @param code a unit code, not null
     * @return the successions in which it is the new unit
     */
    public List<Succession> predecessorsOf(String code) {
        return byTo.getOrDefault(Text.nfc(code), List.of());
    }

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
        Set<String> out = new TreeSet<>();
        int v = versionId(Text.nfc(code), recordedOn);
        if (v >= 0) {
            correspond(v, on, out, 0);
        }
        return out;
    }

    private void correspond(int v, LocalDate on, Set<String> out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new OcopException("administrative units: successions of " + all[v].code() + " do not end (a cycle?)");
        }
        Area a = all[v];
        if (a.existsOn(on)) {
            out.add(a.code());
            return;
        }
        LocalDate until = a.validity().until();
        if (until != null && !on.isBefore(until)) {
            boolean found = false;
            for (Succession s : byFrom.getOrDefault(a.code(), List.of())) {
                if (s.on().equals(until)) {
                    found = true;
                    correspond(exactVersion(s.to(), s.on()), on, out, depth + 1);
                }
            }
            if (!found && a.parent() != null) {
                correspond(exactVersion(a.parent(), until.minusDays(1)), on, out, depth + 1);
            }
        } else {
            LocalDate from = a.validity().from();
            boolean found = false;
            for (Succession s : byTo.getOrDefault(a.code(), List.of())) {
                if (s.on().equals(from)) {
                    found = true;
                    correspond(exactVersion(s.from(), s.on().minusDays(1)), on, out, depth + 1);
                }
            }
            if (!found && a.parent() != null) {
                correspond(exactVersion(a.parent(), from), on, out, depth + 1);
            }
        }
    }

    // ------------------------------------------------------------------ internal ids (for the tracker)

    /**
     * @param version a version id
     * @param on a date
     * @return {@link #correspondingOn} for that version
     */
    Set<String> correspondingOn(int version, LocalDate on) {
        Set<String> out = new TreeSet<>();
        correspond(version, on, out, 0);
        return out;
    }

    /**
     * @param commune a record's commune (or former district) code
     * @param province its province code
     * @param on the record's date
     * @return the commune code, or the province code when only that is known to the register
     */
    String unitOf(String commune, String province, LocalDate on) {
        return versionId(commune, on) < 0 && versionId(province, on) >= 0 ? province : commune;
    }

    /** @return number of unit versions */
    int versionCount() {
        return all.length;
    }

    /**
     * @param id a version id
     * @return the version
     */
    Area version(int id) {
        return all[id];
    }

    /**
     * @param code a code, may be null
     * @param date a date
     * @return the id of the version existing on the date, or -1
     */
    int exactVersion(String code, LocalDate date) {
        int[] ids = code == null ? null : byCode.get(code);
        if (ids == null) {
            return -1;
        }
        for (int id : ids) {
            if (all[id].existsOn(date)) {
                return id;
            }
        }
        return -1;
    }

    /**
     * @param code a code as recorded, may be null
     * @param date the record's date
     * @return the id of the version the code stands for (class comment), or -1 for an unknown code
     */
    int versionId(String code, LocalDate date) {
        int[] ids = code == null ? null : byCode.get(code);
        if (ids == null) {
            return -1;
        }
        int before = -1;
        for (int id : ids) {
            DateRange r = all[id].validity();
            if (r.contains(date)) {
                return id;
            }
            if (r.until() != null && !r.until().isAfter(date)) {
                before = id;
            }
        }
        return before >= 0 ? before : ids[0];
    }

    @Override
    public String toString() {
        return "Areas[" + all.length + " unit versions, " + successions.size() + " successions]";
    }
}
