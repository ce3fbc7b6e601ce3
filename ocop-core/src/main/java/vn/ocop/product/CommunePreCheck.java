package vn.ocop.product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * The commune's pre-check of a dossier (Điều 7.2.a of Decision 26/2026): origin of the product and local raw
 * material, use of local labour, origin of the product idea, local identity and know-how; reported on Mẫu số 03.
 *
 * <p>Immutable and thread-safe.
 *
 * @param origin origin of the product and local raw material, not null
 * @param localLabour use of local labour, not null
 * @param ideaOrigin origin of the product idea, not null
 * @param localIdentity local identity, culture and know-how, not null
 * @param reported date of the commune's report, or null while pending
 */
public record CommunePreCheck(Finding origin, Finding localLabour, Finding ideaOrigin, Finding localIdentity,
        LocalDate reported) {
    /** Outcome of one pre-check item. */
    public enum Finding implements Localized {
        /** The commune confirms the item. */
        CONFIRMED,
        /** The commune finds the item not met. */
        NOT_MET,
        /** Not assessed yet. */
        NOT_ASSESSED;

        /**
         * @param locale the reader's locale, not null
         * @return the name in Vietnamese, or in English for an English locale
         */
        @Override
        public String text(Locale locale) {
            return Messages.of("product").text(locale, "finding." + name());
        }
    }

    /**
     * Checks the components.
     *
     * @param origin origin of the product and local raw material, not null
     * @param localLabour use of local labour, not null
     * @param ideaOrigin origin of the product idea, not null
     * @param localIdentity local identity, culture and know-how, not null
     * @param reported date of the commune's report, or null while pending
     */
    public CommunePreCheck {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(localLabour, "localLabour");
        Objects.requireNonNull(ideaOrigin, "ideaOrigin");
        Objects.requireNonNull(localIdentity, "localIdentity");
    }

    /** @return a pre-check with nothing assessed yet */
    public static CommunePreCheck pending() {
        return new CommunePreCheck(Finding.NOT_ASSESSED, Finding.NOT_ASSESSED, Finding.NOT_ASSESSED,
                Finding.NOT_ASSESSED, null);
    }

    /**
     * @param locale the reader's locale, not null
     * @return the items not confirmed, each with its finding, in the reader's language (Vietnamese unless English),
     *         e.g. "use of local labour: not met"
     */
    public List<String> openItems(Locale locale) {
        List<String> out = new ArrayList<>();
        add(out, "origin", origin, locale);
        add(out, "localLabour", localLabour, locale);
        add(out, "ideaOrigin", ideaOrigin, locale);
        add(out, "localIdentity", localIdentity, locale);
        return out;
    }

    private static void add(List<String> out, String item, Finding f, Locale locale) {
        if (f != Finding.CONFIRMED) {
            out.add(Messages.of("product").text(locale, "preCheck." + item) + ": " + f.text(locale));
        }
    }

    /** @return whether all four items are confirmed and the report is dated */
    public boolean complete() {
        return origin == Finding.CONFIRMED && localLabour == Finding.CONFIRMED && ideaOrigin == Finding.CONFIRMED
                && localIdentity == Finding.CONFIRMED && reported != null;
    }
}
