package vn.ocop.product;

import java.util.Locale;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * A rule of a product's life that a step can break, with the article that states it: the data a
 * {@link LifecycleException} carries, so that a program can react to the rule (and a person can read it, in
 * Vietnamese or English through {@link #text(Locale)}) without parsing a message.
 *
 * <pre>{@code
 * try {
 *     history = history.reEvaluationFiled(filed);
 * } catch (LifecycleException e) {
 *     if (e.rule() == LifecycleRule.REEVALUATION_WINDOW) { … }   // e.rule().citation() is "Điều 7.6.a"
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum LifecycleRule implements Localized {
    /** No OCOP evaluation procedure exists before Decision 1048/QĐ-TTg (2019-08-21). */
    PROGRAMME_START("QĐ 1048/QĐ-TTg"),
    /** Only 3★ to 5★ products get a recognition decision and a certificate (Điều 4.1.a). */
    CERTIFIED_STARS("Điều 4.1.a"),
    /** A certificate is issued by a recognising authority (Điều 4.1). */
    RECOGNISING_AUTHORITY("Điều 4.1"),
    /**
     * Cooperatives, cooperative groups, small and medium enterprises, farms and registered households register any
     * product group; associations and operating centres only the tourism group (Điều 2.3).
     */
    ELIGIBILITY("Điều 2.3"),
    /** A product is evaluated with a rubric set of its product group (Điều 2.2; Phụ lục I). */
    SET_OF_GROUP("Điều 2.2; Phụ lục I"),
    /** A product that holds a certificate in effect registers an upgrade or a re-evaluation, not a first evaluation (Điều 6.1). */
    FIRST_EVALUATION("Điều 6.1"),
    /** The commune proposes a dossier to the province before it enters a provincial round (Điều 7.2.b). */
    COMMUNE_PROPOSAL("Điều 7.2.b"),
    /**
     * Rounds are for first evaluations and upgrades; a re-evaluation is decided within 45 days of its complete
     * dossier (Điều 5; Điều 7.6.g).
     */
    ROUNDS_FOR_FIRST_AND_UPGRADE("Điều 5; Điều 7.6.g"),
    /** The province proposes a 5★ dossier to the ministry before it enters a ministry round (Điều 7.3.e). */
    PROVINCE_PROPOSAL("Điều 7.3.e"),
    /** An upgrade is for a product that holds a certificate in effect (Điều 7.5). */
    UPGRADE_NEEDS_CERTIFICATE("Điều 7.5"),
    /** An upgrade is to a higher star than the one held (Điều 7.5). */
    UPGRADE_TO_HIGHER_STAR("Điều 7.5"),
    /** A re-evaluation replaces a certificate in effect, valid or extended (Điều 7.6, 12.3). */
    REEVALUATION_NEEDS_CERTIFICATE("Điều 7.6; Điều 12.3"),
    /**
     * A re-evaluation dossier is filed not earlier than 180 and not later than 120 days before expiry, a later
     * filing being one only where Điều 12.3 covers it (Điều 7.6.a; Điều 12.3).
     */
    REEVALUATION_WINDOW("Điều 7.6.a; Điều 12.3"),
    /** A re-evaluation is decided on a dossier filed for it (Điều 7.6.a–g). */
    REEVALUATION_NEEDS_FILING("Điều 7.6"),
    /** A re-evaluation is filed before the certificate expires; after expiry the product registers anew (Điều 7.6.a). */
    REEVALUATION_BEFORE_EXPIRY("Điều 7.6.a"),
    /** A late filer's certificate is extended until the decision, at most 180 days past expiry (Điều 12.3). */
    EXTENSION_LIMIT("Điều 12.3"),
    /** Only a certificate in effect can be revoked (Điều 8.1). */
    REVOCATION_NEEDS_CERTIFICATE("Điều 8.1"),
    /** The province revokes 3★ and 4★ certificates, the ministry 5★ (Điều 8.2). */
    REVOKING_AUTHORITY("Điều 8.2"),
    /** A revocation follows the finding that grounds it, within 15 days (Điều 8.4). */
    REVOCATION_AFTER_FINDING("Điều 8.4");

    private static final Messages TEXT = Messages.of("product");
    private final String citation;

    LifecycleRule(String citation) {
        this.citation = citation;
    }

    /** @return the article that states the rule, e.g. {@code "Điều 7.6.a"} (of Decision 26/2026 unless named) */
    public String citation() {
        return citation;
    }

    /**
     * @param locale the reader's locale, not null
     * @return what the rule says, in Vietnamese unless the locale is English
     */
    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "rule." + name());
    }
}
