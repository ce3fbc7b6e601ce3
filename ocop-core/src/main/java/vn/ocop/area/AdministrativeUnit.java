package vn.ocop.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.format.Formats;
import vn.ocop.internal.Messages;

/**
 * One administrative unit of Vietnam as it existed during one period: a province, a district (until 30/06/2025) or
 * a commune, with its statistical code, its name, its parent and the dates it exists. A code used before and after
 * the 2025 reorganisation (most new communes kept the code of one of the communes merged into them; the provinces
 * kept the code of one of theirs) is two units, one per period: look units up with a date
 * ({@link AdministrativeUnitRegistry#find(String, LocalDate)}).
 *
 * <pre>{@code
 * AdministrativeUnitRegistry units = AdministrativeUnitRegistry.bundled();
 * AdministrativeUnit trucBach = units.get("00004", LocalDate.of(2024, 1, 1));
 * trucBach.name();                    // "Phường Trúc Bạch"
 * trucBach.parent().get().name();     // "Quận Ba Đình"
 * trucBach.validUntil();              // Optional[2025-07-01], the first day it no longer exists
 * units.get("00004", LocalDate.of(2026, 1, 1)).name();   // "Phường Ba Đình"
 * }</pre>
 *
 * <p>Immutable and thread-safe. Units are created by a registry; two units are equal when their code, name, kind,
 * dates and parent's code are.
 */
public final class AdministrativeUnit {
    private static final Messages TEXT = Messages.of("units");
    private final String code;
    private final String name;
    private final UnitKind kind;
    private final AdministrativeUnit parent;
    private final UnitPeriod period;
    private final List<String> listedIn;
    private final List<String> otherNames;

    AdministrativeUnit(String code, String name, UnitKind kind, AdministrativeUnit parent, UnitPeriod period,
            List<String> listedIn, List<String> otherNames) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
        this.period = period;
        this.listedIn = listedIn;
        this.otherNames = otherNames;
    }

    /** @return the statistical code: 2 digits for a province, 3 for a district, 5 for a commune ("00004") */
    public String code() {
        return code;
    }

    /** @return the full name with its kind word, NFC ("Phường Trúc Bạch", "Thành phố Hà Nội") */
    public String name() {
        return name;
    }

    /** @return the name without its kind word ("Trúc Bạch", "Hà Nội") */
    public String shortName() {
        return name.substring(kind.word().length() + 1);
    }

    /** @return the kind, the word that starts the name */
    public UnitKind kind() {
        return kind;
    }

    /** @return the level */
    public AreaLevel level() {
        return kind.level();
    }

    /**
     * @return the unit this one belongs to during its period: a commune's district until 30/06/2025, its province
     *         from 01/07/2025; empty for a province
     */
    public Optional<AdministrativeUnit> parent() {
        return Optional.ofNullable(parent);
    }

    /** @return the province this unit is in (itself for a province) */
    public AdministrativeUnit province() {
        AdministrativeUnit u = this;
        while (u.parent != null) {
            u = u.parent;
        }
        return u;
    }

    /**
     * @param ancestor a unit, not null
     * @return whether this unit lies inside the given one (its parent, its parent's parent…); false for itself
     */
    public boolean isWithin(AdministrativeUnit ancestor) {
        Objects.requireNonNull(ancestor, "ancestor");
        for (AdministrativeUnit u = parent; u != null; u = u.parent) {
            if (u == ancestor || u.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the first day the unit exists; empty when the sources do not say (a unit listed before a
     *         reorganisation existed for an unknown time before it: it is taken to exist on every earlier date)
     */
    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(period.from);
    }

    /**
     * @return the first day the unit no longer exists (2025-07-01 for the units before the reorganisation); empty
     *         while it exists
     */
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(period.until);
    }

    /**
     * @param date a date, not null
     * @return whether the unit exists on that date
     */
    public boolean existsOn(LocalDate date) {
        return period.contains(Objects.requireNonNull(date, "date"));
    }

    /**
     * @param year a year
     * @return whether the unit exists on at least one day of that year (a unit that ended on 2025-06-30 and one
     *         that began on 2025-07-01 both exist in 2025)
     */
    public boolean existsIn(int year) {
        return period.overlapsYear(year);
    }

    /**
     * @return the ids of the sources that list this unit (see {@link UnitsProvenance#sources()}); usually every
     *         source of its period, fewer when the sources disagree (a commune in the 2025-01-04 list that the
     *         conversion table does not name)
     */
    public List<String> listedIn() {
        return listedIn;
    }

    /**
     * @return other names a source gives this unit (another source's spelling, or its name after a renaming the
     *         registry does not date), each with its kind word; empty for most units. Name lookups find the unit
     *         by these too.
     */
    public List<String> otherNames() {
        return otherNames;
    }

    /**
     * @param name a name as a person writes it, with or without its kind word, not null
     * @return whether the name is this unit's, or one of its other names, under the rules of the registry's name
     *         lookups (NFC, case, tone-mark placement and spacing do not matter; a kind word, if given, must match)
     */
    public boolean answersTo(String name) {
        UnitNames.Query q = UnitNames.Query.of(Objects.requireNonNull(name, "name"));
        if (q.matches(kind, UnitNames.key(shortName()))) {
            return true;
        }
        for (String other : otherNames) {
            UnitKind k = UnitKind.of(other, level());
            if (k != null && q.matches(k, UnitNames.key(other.substring(k.word().length() + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Compares two names of units as the registry's name lookups do: NFC, case, tone-mark placement ("Hoà" and
     * "Hòa") and spacing do not matter, and a name without its kind word matches one with it; two different kind
     * words do not match ("Phường Mộc Sơn" is not "Xã Mộc Sơn").
     *
     * @param a a name, not null
     * @param b another name, not null
     * @return whether they name the same thing
     */
    public static boolean sameName(String a, String b) {
        UnitNames.Query qa = UnitNames.Query.of(Objects.requireNonNull(a, "a"));
        UnitNames.Query qb = UnitNames.Query.of(Objects.requireNonNull(b, "b"));
        if (qa.whole.equals(qb.whole)) {
            return true;
        }
        if (qa.kinds.isEmpty() && !qb.kinds.isEmpty()) {
            return qa.whole.equals(qb.rest);
        }
        if (qb.kinds.isEmpty() && !qa.kinds.isEmpty()) {
            return qb.whole.equals(qa.rest);
        }
        return false;
    }

    /** @return "name (code)", e.g. "Phường Trúc Bạch (00004)" */
    public String label() {
        return name + " (" + code + ")";
    }

    /**
     * @param locale the reader's locale, not null (Vietnamese unless English)
     * @return the label, its parents and its dates, e.g. "Phường Trúc Bạch (00004), Quận Ba Đình, Thành phố Hà Nội,
     *         đến hết 30/06/2025"
     */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder(label());
        for (AdministrativeUnit u = parent; u != null; u = u.parent) {
            sb.append(", ").append(u.name);
        }
        Formats f = Formats.of(locale);
        if (period.from != null && period.until != null) {
            sb.append(", ").append(TEXT.text(f.locale(), "validity.between", period.from,
                    period.until.minusDays(1)));
        } else if (period.from != null) {
            sb.append(", ").append(TEXT.text(f.locale(), "validity.from", period.from));
        } else if (period.until != null) {
            sb.append(", ").append(TEXT.text(f.locale(), "validity.until", period.until.minusDays(1)));
        }
        return sb.toString();
    }

    UnitPeriod period() {
        return period;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AdministrativeUnit)) {
            return false;
        }
        AdministrativeUnit u = (AdministrativeUnit) o;
        return code.equals(u.code) && name.equals(u.name) && kind == u.kind
                && Objects.equals(period.from, u.period.from) && Objects.equals(period.until, u.period.until)
                && Objects.equals(parent == null ? null : parent.code, u.parent == null ? null : u.parent.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, period.from, period.until);
    }

    /** @return the label and the dates, e.g. "Phường Trúc Bạch (00004) [-, 2025-07-01)" */
    @Override
    public String toString() {
        return label() + " [" + (period.from == null ? "-" : period.from) + ", "
                + (period.until == null ? "-" : period.until) + ")";
    }
}
