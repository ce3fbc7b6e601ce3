package vn.ocop.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.format.Formats;
import vn.ocop.internal.Messages;

/**
 * Thrown when a code or a name does not identify exactly one administrative unit: an unknown code (with the units
 * that carry the code at other dates, if any), an unknown name, or a name shared by several units (with every
 * candidate, so that the caller can ask again with a date, a kind word or a parent).
 *
 * <pre>{@code
 * try {
 *     units.getByName("Tân An", LocalDate.of(2024, 1, 1));
 * } catch (UnitLookupException e) {
 *     System.err.println(e.text(Locale.ENGLISH));          // "The name "Tân An" matches 40 units…"
 *     e.candidates().forEach(u -> System.err.println(u.describe(Locale.ENGLISH)));
 * }
 * }</pre>
 *
 * <p>The message ({@link #getMessage()}) is in Vietnamese; {@link #text(Locale)} gives it in English too. The
 * candidates are not part of the serialised form.
 */
public final class UnitLookupException extends OcopException {
    private static final long serialVersionUID = 1L;
    private static final Messages TEXT = Messages.of("units");
    /** At most this many candidates are written into the message; {@link #candidates()} has them all. */
    static final int LISTED = 10;

    /** Why the lookup failed. */
    public enum Reason {
        /** No unit has the code on the date. */
        UNKNOWN_CODE,
        /** No unit has the name (on the date, within the parent, if given). */
        UNKNOWN_NAME,
        /** Several units have the name. */
        AMBIGUOUS_NAME
    }

    /** Why the lookup failed. */
    private final Reason reason;
    /** The code or name asked for. */
    private final String query;
    /** The date asked for, or null. */
    private final LocalDate date;
    /** The label of the unit the lookup was limited to, or null. */
    private final String within;
    /** The candidates (not serialised). */
    private final transient List<AdministrativeUnit> candidates;

    UnitLookupException(Reason reason, String query, LocalDate date, AdministrativeUnit within,
            List<AdministrativeUnit> candidates) {
        super(text(Formats.VIETNAMESE_LOCALE, reason, query, date, within == null ? null : within.label(),
                candidates));
        this.reason = reason;
        this.query = query;
        this.date = date;
        this.within = within == null ? null : within.label();
        this.candidates = List.copyOf(candidates);
    }

    /** @return why the lookup failed */
    public Reason reason() {
        return reason;
    }

    /** @return the code or name asked for, as given */
    public String query() {
        return query;
    }

    /** @return the date asked for, or null when the lookup was over every date */
    public LocalDate date() {
        return date;
    }

    /** @return the label of the unit the lookup was limited to, or null */
    public String within() {
        return within;
    }

    /**
     * @return for an ambiguous name, every unit it matches; for an unknown code, the units that carry the code at
     *         other dates; else empty. Empty after deserialisation.
     */
    public List<AdministrativeUnit> candidates() {
        return candidates == null ? List.of() : candidates;
    }

    /**
     * @param locale the reader's locale, not null (Vietnamese unless English)
     * @return the message in that language
     */
    public String text(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return text(locale, reason, query, date, within, candidates());
    }

    private static String text(Locale locale, Reason reason, String query, LocalDate date, String within,
            List<AdministrativeUnit> candidates) {
        StringBuilder sb = new StringBuilder();
        switch (reason) {
            case UNKNOWN_CODE:
                sb.append(date == null ? TEXT.text(locale, "lookup.code.unknown", query)
                        : TEXT.text(locale, "lookup.code.unknownOn", query, date));
                if (!candidates.isEmpty()) {
                    sb.append(' ').append(TEXT.text(locale, "lookup.code.otherDates"));
                }
                break;
            case UNKNOWN_NAME:
                sb.append(TEXT.text(locale, "lookup.name.unknown", query));
                break;
            default:
                sb.append(TEXT.text(locale, "lookup.name.ambiguous", query, candidates.size()));
                break;
        }
        if (reason != Reason.UNKNOWN_CODE) {
            if (date != null) {
                sb.append(' ').append(TEXT.text(locale, "lookup.onDate", date));
            }
            if (within != null) {
                sb.append(' ').append(TEXT.text(locale, "lookup.within", within));
            }
        }
        if (reason == Reason.AMBIGUOUS_NAME) {
            sb.append(". ").append(TEXT.text(locale, "lookup.name.narrow"));
        }
        for (int i = 0; i < candidates.size() && i < LISTED; i++) {
            sb.append("\n  - ").append(candidates.get(i).describe(locale));
        }
        if (candidates.size() > LISTED) {
            sb.append("\n  - ").append(TEXT.text(locale, "lookup.more", candidates.size() - LISTED));
        }
        return sb.toString();
    }
}
