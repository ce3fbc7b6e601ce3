package vn.ocop.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.OcopException;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;
import vn.ocop.process.Deadline;
import vn.ocop.process.HolidayCalendar;
import vn.ocop.process.LateFilingReading;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.ProcessTerms;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.Star;

/**
 * The process rules of Decision 26/2026/QĐ-TTg (and of the earlier decisions that still govern certificates issued
 * under them), each a small named function that cites its article. The numbers (validity, window, periods,
 * authorities, transition) are read from the {@code process} terms of the bundled editions ({@link ProcessTerms}):
 * the terms of the edition in force on the day that matters ({@link #termsInForce}), or of the certificate's
 * edition ({@link #termsOf}); a decision that sets no term (148/2023 has no re-evaluation window in the sources)
 * gets no check.
 *
 * <p>Day counting (Bộ luật Dân sự 2015): a period in days runs from the day after the event (Điều 147), so "within
 * 45 days of 2026-06-01" ends on 2026-07-16 inclusive, and when its last day is a weekly rest day or a holiday it
 * ends at the end of the next working day (Điều 148.5), on the {@link HolidayCalendar#bundled() bundled calendar}
 * unless one is given; "not earlier than 180 days before expiry" is {@code expiry − 180 days}, inclusive (a
 * window's bounds are counted back from the expiry and are not moved). The transition's limits of Điều 12.2 are
 * not moved either: they say until when the 2021–2025 rules still apply, as Điều 11.2 says when Decision 148 lapses.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProcessRules {

    private ProcessRules() {
    }

    // ------------------------------------------------------------------ authorities

    /**
     * Who recognises (and certifies) a star class on the first day of a procedure, from the edition data: 26/2026
     * Điều 4.1 and 1489: province 3★/4★, ministry 5★; 148 from 2023-02-24: district 3★, province 4★, central level
     * 5★; 1048: province 3★/4★, central 5★. For a decision on a given date use
     * {@link #recognisingAuthority(Star, String, LocalDate)}: under 148 the district recognised 3★ only until the
     * districts ended on 2025-07-01, although 1489 amended the procedure from 2025-07-06.
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
        return recognisingAuthority(stars, procedure.rubricEdition(), procedure.from())
                .orElseGet(() -> Authority.recognising(stars));
    }

    /**
     * Who recognises a star class on a date, from the authorities table of the edition (Điều 4.1; 148/2023: the
     * district 3★ until the districts ended on 2025-07-01, the province from then): the table of the certificate's
     * edition for the period containing the date, or else that of the edition in force on the date.
     *
     * @param stars 3★ to 5★, not null
     * @param editionId the edition the product was evaluated under, not null
     * @param on the date of the recognition decision, not null
     * @return the competent authority, or empty when the data has no source for this star class then (no check)
     * @throws OcopException if the edition is unknown or has no process terms
     */
    public static Optional<Authority> recognisingAuthority(Star stars, String editionId, LocalDate on) {
        Objects.requireNonNull(stars, "stars");
        Optional<ProcessTerms.Authorities> a = termsOf(editionId).authoritiesOn(on);
        if (a.isEmpty()) {
            a = termsInForce(on).authoritiesOn(on);
        }
        return a.flatMap(t -> t.recognises(stars));
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
        Optional<Authority> fromData = termsInForce(on).authoritiesOn(on).flatMap(t -> t.revokes(certificate.stars()));
        if (fromData.isPresent()) {
            return fromData.get();
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
        /**
         * Later than 120 days before expiry but not after it: a re-evaluation only where Điều 12.3 covers the
         * certificate ({@link LateFilingReading}), which then stays in effect until the result, at most 180 days.
         */
        LATE,
        /**
         * After expiry: the certificate has lapsed and the product registers as a first evaluation, unless the
         * transitional reading of Điều 12.3 covers the certificate ({@link LateFilingReading#TRANSITIONAL}).
         */
        AFTER_EXPIRY,
        /** The rules in force on the expiry date set no window (148/2023 in the sources): any filing is accepted. */
        NO_WINDOW;

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
     * @return first day a re-evaluation dossier may be filed: 180 days before expiry (Điều 7.6.a), by the terms in
     *         force on the expiry date; empty when they set no window
     */
    public static Optional<LocalDate> reEvaluationWindowOpens(Certificate certificate) {
        return termsInForce(certificate.expiryDate()).reEvaluationWindowOpens()
                .map(t -> certificate.expiryDate().minusDays(t.value()));
    }

    /**
     * @param certificate the certificate, not null
     * @return last day of the window: 120 days before expiry (Điều 7.6.a); empty when no window is set
     */
    public static Optional<LocalDate> reEvaluationWindowCloses(Certificate certificate) {
        return termsInForce(certificate.expiryDate()).reEvaluationWindowCloses()
                .map(t -> certificate.expiryDate().minusDays(t.value()));
    }

    /**
     * @param certificate the certificate, not null
     * @param filed filing date, not null
     * @return how the filing stands relative to the window
     */
    public static Filing assessReEvaluationFiling(Certificate certificate, LocalDate filed) {
        Optional<LocalDate> opens = reEvaluationWindowOpens(certificate);
        if (opens.isEmpty()) {
            return Filing.NO_WINDOW;
        }
        if (filed.isBefore(opens.get())) {
            return Filing.TOO_EARLY;
        }
        if (!filed.isAfter(reEvaluationWindowCloses(certificate).orElseThrow())) {
            return Filing.ON_TIME;
        }
        return filed.isAfter(certificate.expiryDate()) ? Filing.AFTER_EXPIRY : Filing.LATE;
    }

    /**
     * Whether Điều 12.3 covers a certificate whose re-evaluation is filed late, under a reading of its scope.
     *
     * @param certificate the certificate, not null
     * @param filed the late filing's date, not null
     * @param reading the reading of Điều 12.3's scope, not null
     * @return whether the certificate is extended until the result
     */
    public static boolean lateFilingCovered(Certificate certificate, LocalDate filed, LateFilingReading reading) {
        Optional<LocalDate> opens = reEvaluationWindowOpens(certificate);
        int days = lateFilingExtensionDays(certificate.expiryDate());
        if (opens.isEmpty() || days == 0) {
            return false;
        }
        Edition in = RubricCatalog.bundled().editionInForce(certificate.expiryDate());
        return reading.covers(opens.get(), certificate.expiryDate(), in.inForce().from(), filed, days);
    }

    /**
     * @param completeDossier date the province received the complete dossier, not null
     * @return last day for the re-evaluation decision: 45 days later (Điều 7.6.g), moved to the next working day on
     *         the bundled calendar (Bộ luật Dân sự 2015, Điều 148.5); empty when the terms in force set no period
     */
    public static Optional<Deadline> reEvaluationDecisionDeadline(LocalDate completeDossier) {
        return reEvaluationDecisionDeadline(completeDossier, HolidayCalendar.bundled());
    }

    /**
     * @param completeDossier date the province received the complete dossier, not null
     * @param calendar the calendar of days off, not null
     * @return last day for the re-evaluation decision (Điều 7.6.g); empty when the terms in force set no period
     */
    public static Optional<Deadline> reEvaluationDecisionDeadline(LocalDate completeDossier, HolidayCalendar calendar) {
        return termsInForce(completeDossier).reEvaluationDecisionDays()
                .map(t -> calendar.daysAfter(completeDossier, t.value(), t.citation()));
    }

    /**
     * The extension of a certificate whose holder filed late (Điều 12.3): valid until the decision, at most 180
     * days (the terms in force on the expiry date) after expiry.
     *
     * @param certificate the certificate, not null
     * @param decision date of the decision on the re-evaluation, or null while pending
     * @return the last day of validity
     */
    public static LocalDate extendedUntil(Certificate certificate, LocalDate decision) {
        LocalDate cap = certificate.expiryDate().plusDays(lateFilingExtensionDays(certificate.expiryDate()));
        if (decision == null || decision.isAfter(cap)) {
            return cap;
        }
        return decision.isAfter(certificate.expiryDate()) ? decision : certificate.expiryDate();
    }

    // ------------------------------------------------------------------ other deadlines

    /**
     * @param finding date of the competent body's conclusion (or the commune's confirmation that production
     *        stopped), not null
     * @return last day for the revocation decision: 15 days later (Điều 8.4), moved to the next working day on the
     *         bundled calendar (Bộ luật Dân sự 2015, Điều 148.5); empty when the terms in force set no period
     */
    public static Optional<Deadline> revocationDeadline(LocalDate finding) {
        return revocationDeadline(finding, HolidayCalendar.bundled());
    }

    /**
     * @param finding date of the competent body's conclusion, not null
     * @param calendar the calendar of days off, not null
     * @return last day for the revocation decision (Điều 8.4); empty when the terms in force set no period
     */
    public static Optional<Deadline> revocationDeadline(LocalDate finding, HolidayCalendar calendar) {
        return termsInForce(finding).revocationDays().map(t -> calendar.daysAfter(finding, t.value(), t.citation()));
    }

    /**
     * @param received date the commune received the dossier, not null
     * @param calendar the calendar of days off (the bundled one, or a province's), not null
     * @return last day of the commune's check: 15 working days later (Điều 7.2); empty when the terms in force set
     *         no period
     */
    public static Optional<Deadline> communePreCheckDeadline(LocalDate received, HolidayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return termsInForce(received).communeWorkingDays()
                .map(t -> calendar.workingDaysAfter(received, t.value(), t.citation()));
    }

    /**
     * @param productGroup Annex I product group "I" to "VI"
     * @return number of product samples the dossier the commune sends on must include (Điều 6.2.d: 5, none for
     *         tourism), from the dossier components of the newest edition that lists them
     */
    public static int requiredSamples(String productGroup) {
        List<Edition> editions = RubricCatalog.bundled().editions();
        for (int i = editions.size() - 1; i >= 0; i--) {
            Optional<ProcessTerms> t = editions.get(i).process();
            if (t.isPresent() && !t.get().dossier().isEmpty()) {
                return t.get().dossier().stream().filter(c -> c.stage() == ProcessTerms.Stage.COMMUNE
                        && c.quantity() > 1 && c.appliesTo(productGroup)).mapToInt(ProcessTerms.Component::quantity)
                        .max().orElse(0);
            }
        }
        return 0;
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
     * Decides which procedure and rubric edition govern a dossier: the edition is the catalog's
     * ({@link RubricCatalog#editionForDossier}, the one source of the answer), the procedure the one in force on the
     * decision date within that edition's period. Dossiers filed before 2026-05-22 and not yet decided continue under
     * the 2021–2025 rules (148 with 1489), but must be decided within 60 days (first evaluation, upgrade) or 30 days
     * (re-evaluation) of 2026-05-22 (Điều 12.2, the {@code transition} terms of the new edition); decided later,
     * they fall under 26/2026 ({@code deadlineMissed}). Dossiers filed on or after 2026-05-22 follow 26/2026.
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
        RubricCatalog catalog = RubricCatalog.bundled();
        Edition e = catalog.editionForDossier(submitted, kind.name(), decision);
        Optional<LocalDate> deadline = catalog.pendingDeadline(submitted, kind.name(), decision);
        boolean missed = deadline.isPresent() && decision.isAfter(deadline.get());
        LocalDate until = e.inForce().until();
        LocalDate day = until != null && !decision.isBefore(until) ? until.minusDays(1) : decision;
        // the authorities are those in force when the decision is taken (districts were abolished on 2025-07-01;
        // 1489 amended the procedure from 2025-07-06), within the edition's own period
        Procedure p = Procedure.inForceOn(day);
        String citation;
        if (deadline.isPresent()) {
            ProcessTerms.Term t = termsOf(catalog.editionInForce(decision).id()).transition().orElseThrow()
                    .days(kind.name());
            citation = missed ? t.citation() + "; Điều 11.2" : t.citation();
        } else {
            citation = e.inForceCitation();
        }
        return new TransitionRuling(p, deadline.orElse(null), missed, citation);
    }

    // ------------------------------------------------------------------ terms of the editions

    /**
     * @param editionId an edition of the bundled catalog, not null
     * @return its process terms
     * @throws OcopException if the edition is unknown or has no process terms
     */
    public static ProcessTerms termsOf(String editionId) {
        Edition e = RubricCatalog.bundled().edition(Objects.requireNonNull(editionId, "editionId"));
        return e.process().orElseThrow(() -> new OcopException("edition " + editionId + " has no process terms"));
    }

    /**
     * @param date a date, not null
     * @return the process terms of the edition in force on that date
     * @throws OcopException if no edition is in force then, or it has no process terms
     */
    public static ProcessTerms termsInForce(LocalDate date) {
        return termsOf(RubricCatalog.bundled().editionInForce(Objects.requireNonNull(date, "date")).id());
    }

    /** @return the days Điều 12.3 extends a late filer's certificate past an expiry on that date, 0 if none */
    static int lateFilingExtensionDays(LocalDate expiry) {
        return termsInForce(expiry).lateFilingExtensionDays().map(ProcessTerms.Term::value).orElse(0);
    }
}
