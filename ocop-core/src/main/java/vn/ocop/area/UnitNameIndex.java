package vn.ocop.area;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

/**
 * The name index of a registry ({@link AdministrativeUnitRegistry#findByName}): the key of every unit's name and
 * other names without its kind word ({@link UnitNames#key}), sorted, with the unit and the kind word each key is
 * for. Parallel arrays, searched by binary search. Immutable.
 */
final class UnitNameIndex {
    private final String[] keys;
    private final AdministrativeUnit[] units;
    private final UnitKind[] kinds;

    /** One key: the key of a name without its kind word, the unit, the kind word's kind. */
    private static final class Entry {
        final String key;
        final AdministrativeUnit unit;
        final UnitKind kind;

        Entry(String key, AdministrativeUnit unit, UnitKind kind) {
            this.key = key;
            this.unit = unit;
            this.kind = kind;
        }
    }

    /**
     * @param byPeriod the units of each period
     * @param count the number of names and other names of those units
     */
    UnitNameIndex(AdministrativeUnit[][] byPeriod, int count) {
        Entry[] entries = new Entry[count];
        int i = 0;
        for (AdministrativeUnit[] us : byPeriod) {
            for (AdministrativeUnit u : us) {
                entries[i++] = new Entry(UnitNames.key(u.name(), u.kind().word().length() + 1), u, u.kind());
                for (String other : u.otherNames()) {
                    UnitKind k = UnitKind.of(other, u.level());
                    entries[i++] = new Entry(UnitNames.key(other, k.word().length() + 1), u, k);
                }
            }
        }
        Arrays.sort(entries, (a, b) -> a.key.compareTo(b.key));
        this.keys = new String[count];
        this.units = new AdministrativeUnit[count];
        this.kinds = new UnitKind[count];
        for (int j = 0; j < count; j++) {
            keys[j] = entries[j].key;
            units[j] = entries[j].unit;
            kinds[j] = entries[j].kind;
        }
    }

    /**
     * Adds the units whose name has the key.
     *
     * @param key a name's key without its kind word
     * @param kindsAllowed the kind words the name may have, or null for any
     * @param date the date the units must exist on, or null
     * @param within the unit they must lie inside, or null
     * @param out receives them
     */
    void collect(String key, Set<UnitKind> kindsAllowed, LocalDate date, AdministrativeUnit within,
            Set<AdministrativeUnit> out) {
        int i = Arrays.binarySearch(keys, key);
        if (i < 0) {
            return;
        }
        while (i > 0 && keys[i - 1].equals(key)) {
            i--;
        }
        for (; i < keys.length && keys[i].equals(key); i++) {
            AdministrativeUnit u = units[i];
            if ((kindsAllowed == null || kindsAllowed.contains(kinds[i])) && (date == null || u.existsOn(date))
                    && (within == null || u.isWithin(within))) {
                out.add(u);
            }
        }
    }
}
