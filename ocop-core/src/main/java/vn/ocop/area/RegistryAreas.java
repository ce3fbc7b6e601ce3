package vn.ocop.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.rubric.DateRange;

/**
 * A national register of units ({@link AdministrativeUnitRegistry}) as a register of {@link Area}s, whole or the part
 * a province's plan needs ({@link Areas#of(AdministrativeUnitRegistry)}, {@link Areas#around}).
 *
 * <p>Each unit becomes one {@link Area} version with the dates of its period; a unit whose first day the sources do
 * not give (the units before 01/07/2025) begins on {@link #EARLIEST}. Each {@link UnitSuccession} becomes a
 * {@link Succession} whose note is the kind of merger in Vietnamese (and the source's words, if any). An old
 * district, which has no unit of its level after the reorganisation, also gets one succession to each new unit that
 * received part of it, directly or through its communes, so that {@link Areas#correspondingOn} maps it to the
 * communes that hold its territory, as {@link AdministrativeUnitRegistry#correspondingOn} does.
 */
final class RegistryAreas {
    /** The first day of a unit whose first day the sources do not give: it is taken to exist on every earlier date. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final String THROUGH_ITS_COMMUNES = "qua các xã trực thuộc";

    private final AdministrativeUnitRegistry registry;
    /** The units taken, in the registry's order (period, then code), and their successions. */
    private final Set<AdministrativeUnit> units = Collections.newSetFromMap(new IdentityHashMap<>());

    private RegistryAreas(AdministrativeUnitRegistry registry) {
        this.registry = registry;
    }

    /** @return the whole registry as areas */
    static Areas all(AdministrativeUnitRegistry registry) {
        RegistryAreas r = new RegistryAreas(registry);
        for (int k = 0; k < registry.periodCount(); k++) {
            Collections.addAll(r.units, registry.periodUnits(k));
        }
        return r.areas(registry.provenance().title());
    }

    /**
     * @param registry the national register
     * @param province a province of it
     * @return the province, the units of every period that share territory with it (through successions, in both
     *         directions), every unit inside those, and their successions
     */
    static Areas around(AdministrativeUnitRegistry registry, AdministrativeUnit province) {
        RegistryAreas r = new RegistryAreas(registry);
        Set<AdministrativeUnit> provinces = new LinkedHashSet<>(List.of(province));
        List<AdministrativeUnit> todo = new ArrayList<>(provinces);
        while (!todo.isEmpty()) {
            AdministrativeUnit p = todo.remove(todo.size() - 1);
            r.units.add(p);
            r.units.addAll(registry.unitsOf(p));
            for (AdministrativeUnit q : r.linkedProvinces(p)) {
                if (provinces.add(q)) {
                    todo.add(q);
                }
            }
        }
        return r.areas(province.label() + " and the provinces that share territory with it before or after a"
                + " reorganisation, with their units: " + registry.provenance().title());
    }

    /** @return the provinces holding a unit that a unit inside {@code p} (or {@code p}) passed into or came from */
    private Set<AdministrativeUnit> linkedProvinces(AdministrativeUnit p) {
        Set<AdministrativeUnit> out = Collections.newSetFromMap(new IdentityHashMap<>());
        List<AdministrativeUnit> inside = new ArrayList<>(registry.unitsOf(p));
        inside.add(p);
        for (AdministrativeUnit u : inside) {
            for (UnitSuccession s : registry.successorsOf(u)) {
                out.add(s.to().province());
            }
            for (UnitSuccession s : registry.predecessorsOf(u)) {
                out.add(s.from().province());
            }
        }
        return out;
    }

    private Areas areas(String note) {
        List<Area> areas = new ArrayList<>(units.size());
        List<Succession> successions = new ArrayList<>();
        for (int k = 0; k < registry.periodCount(); k++) {
            for (AdministrativeUnit u : registry.periodUnits(k)) {
                if (units.contains(u)) {
                    areas.add(area(u));
                    successions(u, successions);
                }
            }
        }
        return Areas.of(note, areas, successions);
    }

    private static Area area(AdministrativeUnit u) {
        return new Area(u.code(), u.name(), u.level(), u.parent().map(AdministrativeUnit::code).orElse(null),
                DateRange.of(u.validFrom().orElse(EARLIEST), u.validUntil().orElse(null)));
    }

    /** Adds the successions from an old unit (and, for a district, through its communes) to units taken. */
    private void successions(AdministrativeUnit old, List<Succession> out) {
        Map<AdministrativeUnit, String> to = new LinkedHashMap<>();
        for (UnitSuccession s : registry.successorsOf(old)) {
            to.put(s.to(), note(s));
        }
        if (old.level() == AreaLevel.DISTRICT) {
            for (AdministrativeUnit commune : registry.children(old)) {
                for (UnitSuccession s : registry.successorsOf(commune)) {
                    to.putIfAbsent(s.to(), THROUGH_ITS_COMMUNES);
                }
            }
        }
        to.forEach((unit, note) -> {
            if (units.contains(unit)) {
                out.add(new Succession(old.code(), unit.code(), unit.validFrom().orElseThrow(), note));
            }
        });
    }

    private static String note(UnitSuccession s) {
        String kind = s.kind().text();
        return s.note() == null ? kind : kind + ": " + s.note();
    }
}
