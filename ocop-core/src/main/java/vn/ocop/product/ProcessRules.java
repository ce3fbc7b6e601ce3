package vn.ocop.product;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Star;

/**
 * The process rules of Decision 26/2026/QĐ-TTg (and of the earlier decisions that still govern certificates issued
 * under them), each a small named function that cites its article.
 *
 * <p>Day counting: a period in days runs from the day after the event (Bộ luật Dân sự 2015, Điều 147), so "within
 * 45 days of 2026-06-01" ends on 2026-07-16 inclusive; "not earlier than 180 days before expiry" is
 * {@code expiry − 180 days}, inclusive.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProcessRules {
    /** Date Decision 26/2026 took effect (Điều 11.1). */
    public static final LocalDate QD26_EFFECTIVE = LocalDate.of(2026, 5, 22);
    /** Days a pending first/upgrade dossier may still finish under the 2021–2025 rules (Điều 12.2.a). */
    public static final int TRANSITION_DAYS_FIRST_OR_UPGRADE = 60;
    /** Days a pending re-evaluation may still finish under the 2021–2025 rules (Điều 12.2.b). */
    public static final int TRANSITION_DAYS_REEVALUATION = 30;

    private ProcessRules() {
    }

    // ------------------------------------------------------------------ authorities

    /**
     * Who recognises (and certifies) a star class under a procedure: 26/2026 Điều 4.1 and 1489: province 3★/4★,
     * ministry 5★; 148 before 1489: district 3★, province 4★, central level 5★; 1048: province 3★/4★, central 5★.
     *
     * @param stars 3★ to 5★
     * @param procedure the procedure, not null
     * @return the authority
     * @throws LifecycleException for 1★ or 2★: no recognition ({@link LifecycleRule#CERTIFIED_STARS})
     */
    public static Authority recognisingAuthority(Star stars, Procedure procedure) {
        if (!stars.isCertifiable()) {
            throw new LifecycleException(LifecycleRule.CERTIFIED_STARS, stars
                    + " products get no recognition decision and no certificate");
        }
        if (procedure == Procedure.QD_148_2023 && stars == Star.THREE) {
            return Authority.DISTRICT;
        }
        return Authority.recognising(stars);
    }

    /**
     * Who may revoke a certificate on a date (Điều 8.2): the Chairman of the provincial People's Committee for 3★
     * and 4★, the Minister of Agriculture and Environment for 5★; before 2025-07-06 a district-recognised 3★
     * certificate was revoked by the district.
     *
     * @param certificate the certificate, not null
     * @param on revocation date, not null
     * @return the authority
     */
    public static Authority revokingAuthority(Certificate certificate, LocalDate on) {
        Procedure p = Procedure.inForceOn(on);
        if (p == Procedure.QD_148_2023 && certificate.authority() == Authority.DISTRICT) {
            return Authority.DISTRICT;
        }
        return Authority.recognising(certificate.stars());
    }

    // ------------------------------------------------------------------ re-evaluation

    /** How a re-evaluation dossier was filed relative to its window. */
    public enum Filing implements Localized {
        /** Earlier than 180 days before expiry: not accepted (Điều 7.6.a). */
        TOO_EARLY,
        /** From 180 to 120 days before expiry (Điều 7.6.a). */
        ON_TIME,
        /** Later than 120 days before expiry but before expiry: the certificate is extended until the decision, at most 180 days (Điều 12.3). */
        LATE,
        /** After expiry: the certificate has lapsed; the product registers as a first evaluation. */
        AFTER_EXPIRY;

        /**
         * @param locale the reader's locale, not null
         * @return the name in Vietnamese, or in English for an English locale
         */
        @Override
        public String text(Locale locale) {
            return Messages.of("product").text(locale, "filing." + name());
        }
    }

    /**
     * @param certificate the certificate, not null
     * @return first day a re-evaluation dossier may be filed: 180 days before expiry (Điều 7.6.a)
     */
    public static LocalDate reEvaluationWindowOpens(Certificate certificate) {
        return certificate.expiryDate().minusDays(180);
    }

    /**
     * @param certificate the certificate, not null
     * @return last day of the window: 120 days before expiry (Điều 7.6.a)
     */
    public static LocalDate reEvaluationWindowCloses(Certificate certificate) {
        return certificate.expiryDate().minusDays(120);
    }

    /**
     * @param certificate the certificate, not null
     * @param filed filing date, not null
     * @return how the filing stands relative to the window
     */
    public static Filing assessReEvaluationFiling(Certificate certificate, LocalDate filed) {
        if (filed.isBefore(reEvaluationWindowOpens(certificate))) {
            return Filing.TOO_EARLY;
        }
        if (!filed.isAfter(reEvaluationWindowCloses(certificate))) {
            return Filing.ON_TIME;
        }
        return filed.isAfter(certificate.expiryDate()) ? Filing.AFTER_EXPIRY : Filing.LATE;
    }

    /**
     * @param completeDossier date the complete dossier was received, not null
     * @return last day for the re-evaluation decision: 45 days later (Điều 7.6.g)
     */
    public static LocalDate reEvaluationDecisionDeadline(LocalDate completeDossier) {
        return completeDossier.plusDays(45);
    }

    /**
     * The extension of a certificate whose holder filed late (Điều 12.3): valid until the decision, at most 180
     * days after expiry.
     *
     * @param certificate the certificate, not null
     * @param decision date of the decision on the re-evaluation, or null while pending
     * @return the last day of validity
     */
    public static LocalDate extendedUntil(Certificate certificate, LocalDate decision) {
        LocalDate cap = certificate.expiryDate().plusDays(Certificate.MAX_EXTENSION_DAYS);
        if (decision == null || decision.isAfter(cap)) {
            return cap;
        }
        return decision.isAfter(certificate.expiryDate()) ? decision : certificate.expiryDate();
    }

    // ------------------------------------------------------------------ other deadlines

    /**
     * @param finding date of the competent body's conclusion (or the commune's confirmation that production
     *        stopped), not null
     * @return last day for the revocation decision: 15 days later (Điều 8.4)
     */
    public static LocalDate revocationDeadline(LocalDate finding) {
        return finding.plusDays(15);
    }

    /**
     * @param received date the commune received the dossier, not null
     * @param holidays public holidays to skip besides Saturdays and Sundays, not null
     * @return last day of the commune's pre-check: 15 working days later (Điều 7.2)
     */
    public static LocalDate communePreCheckDeadline(LocalDate received, Set<LocalDate> holidays) {
        Objects.requireNonNull(holidays, "holidays");
        LocalDate d = received;
        int left = 15;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * @param productGroup Annex I product group "I" to "VI"
     * @return number of product samples the dossier must include: 5, none for tourism (Điều 6.2.d)
     */
    public static int requiredSamples(String productGroup) {
        return "VI".equals(productGroup) ? 0 : 5;
    }

    // ------------------------------------------------------------------ transition

    /**
     * Which rules govern a dossier (Điều 11 and 12 of Decision 26/2026). The rubric edition is the procedure's.
     *
     * <p>Immutable and thread-safe.
     *
     * @param procedure the procedure that applies, not null
     * @param deadline for a dossier pending on 2026-05-22: last day it may be decided under the old rules; else null
     * @param deadlineMissed whether the decision date is after that deadline (the old rules then no longer apply)
     * @param citation the articles applied, not null
     */
    public record TransitionRuling(Procedure procedure, LocalDate deadline, boolean deadlineMissed, String citation) {
        /**
         * Checks the components.
         *
         * @param procedure the procedure that applies, not null
         * @param deadline for a dossier pending on 2026-05-22: last day it may be decided under the old rules; else null
         * @param deadlineMissed whether the decision date is after that deadline (the old rules then no longer apply)
         * @param citation the articles applied, not null
         * @throws IllegalArgumentException if the deadline is missed but there is no deadline
         */
        public TransitionRuling {
            Objects.requireNonNull(procedure, "procedure");
            Objects.requireNonNull(citation, "citation");
            if (deadlineMissed && deadline == null) {
                throw new IllegalArgumentException("a missed deadline needs the deadline");
            }
        }

        /** @return id of the rubric edition that applies: the procedure's */
        public String editionId() {
            return procedure.rubricEdition();
        }
    }

    /**
     * Decides which procedure and rubric edition govern a dossier. Dossiers filed before 2026-05-22 and not yet
     * decided continue under the 2021–2025 rules (148 with 1489), but must be decided within 60 days (first
     * evaluation, upgrade) or 30 days (re-evaluation) of 2026-05-22; decided later, they fall under 26/2026
     * ({@code deadlineMissed}). Dossiers filed on or after 2026-05-22 follow 26/2026.
     *
     * @param submitted filing date, not null
     * @param kind registration kind, not null
     * @param decision date of the (planned) decision, not before the filing, not null
     * @return the ruling
     * @throws IllegalArgumentException if the decision precedes the filing
     */
    public static TransitionRuling transition(LocalDate submitted, RegistrationKind kind, LocalDate decision) {
        if (decision.isBefore(submitted)) {
            throw new IllegalArgumentException("decision " + decision + " cannot precede the filing " + submitted);
        }
        if (!submitted.isBefore(QD26_EFFECTIVE)) {
            return new TransitionRuling(Procedure.QD_26_2026, null, false, "Điều 11.1");
        }
        // the authorities are those in force when the decision is taken (districts were abolished on 2025-07-01;
        // 1489 amended the procedure from 2025-07-06), within the 2021–2025 rules
        LocalDate lastOldDay = QD26_EFFECTIVE.minusDays(1);
        Procedure old = Procedure.inForceOn(decision.isBefore(lastOldDay) ? decision : lastOldDay);
        if (decision.isBefore(QD26_EFFECTIVE)) {
            return new TransitionRuling(old, null, false, "rules in force when filed and decided");
        }
        int days = kind == RegistrationKind.REEVALUATION ? TRANSITION_DAYS_REEVALUATION : TRANSITION_DAYS_FIRST_OR_UPGRADE;
        LocalDate deadline = QD26_EFFECTIVE.plusDays(days);
        String cit = kind == RegistrationKind.REEVALUATION ? "Điều 12.2.b" : "Điều 12.2.a";
        if (decision.isAfter(deadline)) {
            return new TransitionRuling(Procedure.QD_26_2026, deadline, true, cit + "; Điều 11.2");
        }
        return new TransitionRuling(old, deadline, false, cit);
    }
}
