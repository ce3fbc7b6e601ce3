package vn.ocop.product;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;
import vn.ocop.process.Deadline;
import vn.ocop.process.HolidayCalendar;
import vn.ocop.process.LateFilingReading;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Star;

/**
 * A product's life in the programme: every evaluation, recognition, upgrade, re-evaluation, extension and
 * revocation, in order, and the certificates they produced; so that "what star did this product hold on date D,
 * and under which edition" has one answer ({@link #holdingOn}).
 *
 * <p>Each step returns a new history and checks the rules; an invalid step (revoking an expired certificate,
 * upgrading to a lower star, a re-evaluation filed outside its window, a recognition while another certificate is in
 * effect) throws {@link LifecycleException} naming the article.
 *
 * <pre>{@code
 * ProductHistory h = ProductHistory.of("P1")
 *     .recognise(Certificate.issue("QĐ-12", "P1", Star.THREE, Authority.PROVINCE, "QD-26-2026", RegistrationKind.FIRST, d1))
 *     .recognise(Certificate.issue("QĐ-40", "P1", Star.FOUR, Authority.PROVINCE, "QD-26-2026", RegistrationKind.UPGRADE, d2));
 * h.holdingOn(LocalDate.of(2027, 1, 1));   // 4★ under QD-26-2026, certificate QĐ-40
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param productId the product, not null
 * @param events the events in date order, not null
 * @param certificates every certificate the product received, in issue order, with its current state, not null
 */
public record ProductHistory(String productId, List<Event> events, List<Certificate> certificates) {

    /** Kinds of event. */
    public enum EventType implements Localized {
        /** A council evaluated the product (whatever the result). */
        EVALUATED,
        /** First recognition. */
        RECOGNISED,
        /** Recognition at a higher star replacing the previous certificate. */
        UPGRADED,
        /** Recognition after re-evaluation replacing the previous certificate. */
        RE_EVALUATED,
        /** A re-evaluation dossier was filed. */
        RE_EVALUATION_FILED,
        /** The certificate was kept in effect past expiry for a late re-evaluation (Điều 12.3). */
        EXTENDED,
        /** The certificate reached its end (derived in {@link #timeline}). */
        EXPIRED,
        /** The certificate was revoked (Điều 8). */
        REVOKED;

        /**
         * @param locale the reader's locale, not null
         * @return the name in Vietnamese, or in English for an English locale
         */
        @Override
        public String text(Locale locale) {
            return Messages.of("product").text(locale, "eventType." + name());
        }
    }

    /**
     * One event.
     *
     * @param date date, not null
     * @param type type, not null
     * @param certificateId the certificate concerned, or null
     * @param stars the star concerned, or null
     * @param editionId the rubric edition concerned, or null
     * @param detail readable detail, in Vietnamese (the language of the register), not null
     */
    public record Event(LocalDate date, EventType type, String certificateId, Star stars, String editionId,
            String detail) {
        /**
         * Checks the components.
         *
         * @param date date, not null
         * @param type type, not null
         * @param certificateId the certificate concerned, or null
         * @param stars the star concerned, or null
         * @param editionId the rubric edition concerned, or null
         * @param detail readable detail, in Vietnamese (the language of the register), not null
         */
        public Event {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * What a product holds on a date: a certificate in effect and its status then. The star and the edition are the
     * certificate's.
     *
     * <p>Immutable and thread-safe.
     *
     * @param certificate the certificate, not null
     * @param status {@link CertificateStatus#VALID} or {@link CertificateStatus#EXTENDED}, not null
     */
    public record Holding(Certificate certificate, CertificateStatus status) {
        /**
         * Checks the components.
         *
         * @param certificate the certificate, not null
         * @param status {@link CertificateStatus#VALID} or {@link CertificateStatus#EXTENDED}, not null
         * @throws IllegalArgumentException if the status is not one in effect (valid or extended)
         */
        public Holding {
            Objects.requireNonNull(certificate, "certificate");
            if (status != CertificateStatus.VALID && status != CertificateStatus.EXTENDED) {
                throw new IllegalArgumentException("a holding is a certificate in effect (valid or extended), not "
                        + status);
            }
        }

        /** @return the star class held, the certificate's */
        public Star stars() {
            return certificate.stars();
        }

        /** @return the rubric edition the product was evaluated under, the certificate's */
        public String editionId() {
            return certificate.editionId();
        }
    }

    /**
     * Checks and copies.
     *
     * @param productId the product, not null
     * @param events the events in date order, not null
     * @param certificates every certificate the product received, in issue order, with its current state, not null
     * @throws IllegalArgumentException if a certificate is of another product, or two certificates share an id
     */
    public ProductHistory {
        Objects.requireNonNull(productId, "productId");
        events = List.copyOf(events);
        certificates = List.copyOf(certificates);
        for (int i = 0; i < certificates.size(); i++) {
            checkOwnAndNew(productId, certificates.get(i), certificates.subList(0, i));
        }
    }

    /** A certificate of this product whose id is not among the earlier ones. */
    private static void checkOwnAndNew(String productId, Certificate c, List<Certificate> earlier) {
        if (!c.productId().equals(productId)) {
            throw new IllegalArgumentException("certificate " + c.id() + " is for product " + c.productId() + ", not "
                    + productId);
        }
        if (earlier.stream().anyMatch(x -> x.id().equals(c.id()))) {
            throw new IllegalArgumentException("certificate " + c.id() + " is already recorded for " + productId);
        }
    }

    /**
     * @param productId the product, not null
     * @return an empty history
     */
    public static ProductHistory of(String productId) {
        return new ProductHistory(productId, List.of(), List.of());
    }

    /**
     * @param date a date, not null
     * @return the certificate in effect (valid or extended) on that date, if any
     */
    public Optional<Certificate> certificateOn(LocalDate date) {
        Certificate found = null;
        for (Certificate c : certificates) {
            if (c.inEffectOn(date)) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * @param date a date, not null
     * @return the star, edition and certificate the product holds on that date, if any
     */
    public Optional<Holding> holdingOn(LocalDate date) {
        return certificateOn(date).map(c -> new Holding(c, c.statusOn(date)));
    }

    /**
     * Records an evaluation.
     *
     * @param date date of the council, not null
     * @param editionId rubric edition, not null
     * @param kind registration kind, not null
     * @param stars the star class found, or null when rejected by a knock-out
     * @param mean the council's mean, not null
     * @return the new history
     */
    public ProductHistory evaluated(LocalDate date, String editionId, RegistrationKind kind, Star stars, BigDecimal mean) {
        return with(new Event(date, EventType.EVALUATED, null, stars, editionId, stars == null
                ? text("event.evaluatedRejected", kind, mean) : text("event.evaluated", kind, mean, stars)), null, null);
    }

    /**
     * Records a recognition and its certificate. A first recognition needs no certificate in effect; an upgrade
     * needs one in effect with fewer stars, which the new one replaces (Điều 7.5); a re-evaluation replaces the
     * latest certificate, which must be in effect (valid or extended) on the decision date (Điều 7.6, 12.3).
     *
     * @param c the new certificate, of this product and not recorded yet, not null
     * @return the new history
     * @throws LifecycleException if the step breaks a rule ({@link LifecycleRule#FIRST_EVALUATION},
     *         {@link LifecycleRule#UPGRADE_NEEDS_CERTIFICATE}, {@link LifecycleRule#UPGRADE_TO_HIGHER_STAR},
     *         {@link LifecycleRule#REEVALUATION_NEEDS_CERTIFICATE})
     * @throws IllegalArgumentException if the certificate is of another product or already recorded
     */
    public ProductHistory recognise(Certificate c) {
        checkOwnAndNew(productId, c, certificates);
        Optional<Certificate> current = certificateOn(c.issued());
        switch (c.kind()) {
            case FIRST:
                return recogniseFirst(c, current);
            case UPGRADE:
                return recogniseUpgrade(c, current);
            case REEVALUATION:
            default:
                return recogniseReEvaluation(c, current);
        }
    }

    private ProductHistory recogniseFirst(Certificate c, Optional<Certificate> current) {
        if (current.isPresent()) {
            throw new LifecycleException(LifecycleRule.FIRST_EVALUATION, productId + " already holds "
                    + current.get().stars() + " (certificate " + current.get().id() + ") on " + c.issued()
                    + "; register an upgrade or a re-evaluation");
        }
        return with(new Event(c.issued(), EventType.RECOGNISED, c.id(), c.stars(), c.editionId(),
                text("event.recognised", c.stars(), c.authority())), c, null);
    }

    private ProductHistory recogniseUpgrade(Certificate c, Optional<Certificate> current) {
        Certificate old = current.orElseThrow(() -> new LifecycleException(LifecycleRule.UPGRADE_NEEDS_CERTIFICATE,
                productId + " holds no certificate on " + c.issued() + "; an upgrade needs a recognised product"));
        if (c.stars().level() <= old.stars().level()) {
            throw new LifecycleException(LifecycleRule.UPGRADE_TO_HIGHER_STAR, "upgrade of " + productId + " to "
                    + c.stars() + " is not above its " + old.stars() + " (certificate " + old.id() + ")");
        }
        return with(new Event(c.issued(), EventType.UPGRADED, c.id(), c.stars(), c.editionId(),
                text("event.upgraded", old.stars(), c.stars(), old.id())), c, old);
    }

    private ProductHistory recogniseReEvaluation(Certificate c, Optional<Certificate> current) {
        Certificate old = current.orElseThrow(() -> new LifecycleException(
                LifecycleRule.REEVALUATION_NEEDS_CERTIFICATE, productId + " holds no certificate in effect on "
                + c.issued() + "; a re-evaluation replaces a valid or extended certificate"));
        if (old.reEvaluationFiled() == null
                && ProcessRules.termsInForce(c.issued()).reEvaluationWindowOpens().isPresent()) {
            throw new LifecycleException(LifecycleRule.REEVALUATION_NEEDS_FILING, "noFiling", c.id(), old.id(),
                    ProcessRules.reEvaluationWindowOpens(old).orElseThrow(),
                    ProcessRules.reEvaluationWindowCloses(old).orElseThrow());
        }
        return with(new Event(c.issued(), EventType.RE_EVALUATED, c.id(), c.stars(), c.editionId(),
                text("event.reEvaluated", old.stars(), c.stars(), old.id())), c, old);
    }

    /**
     * Records the filing of a re-evaluation dossier under the default, transitional reading of Điều 12.3, the
     * complete dossier taken as received by the province on the filing date ({@link #reEvaluationFiled(LocalDate,
     * LocalDate, LateFilingReading, HolidayCalendar)}).
     *
     * @param filed filing date, not null
     * @return the new history
     * @throws LifecycleException if the filing is refused (see the full method)
     */
    public ProductHistory reEvaluationFiled(LocalDate filed) {
        return reEvaluationFiled(filed, filed, LateFilingReading.TRANSITIONAL, HolidayCalendar.bundled());
    }

    /**
     * Records the filing of a re-evaluation dossier for the product's certificate (Điều 7.6.a): in its window, from
     * 180 to 120 days before expiry, the filing is recorded with the last day for the decision (Điều 7.6.g: 45 days
     * from the complete dossier, Bộ luật Dân sự 2015 Điều 147 and 148.5); after the window, the filing is a
     * re-evaluation only where the reading of Điều 12.3 covers the certificate, which then stays in effect until the
     * result, at most 180 days after expiry. Under the rules of 148/2023 (no window in the sources) any filing is
     * recorded.
     *
     * @param filed filing date, not null
     * @param completeDossier date the province received the complete dossier from the commune, the start of the 45
     *        days (the filing date when unknown: the decision deadline is then the earliest it can be), not null
     * @param reading the reading of Điều 12.3's scope, not null
     * @param calendar the calendar of days off for the decision deadline, not null
     * @return the new history
     * @throws LifecycleException if the product has no certificate the filing can concern
     *         ({@link LifecycleRule#REEVALUATION_NEEDS_CERTIFICATE}), the filing is too early or late outside Điều
     *         12.3 ({@link LifecycleRule#REEVALUATION_WINDOW}), or after expiry outside Điều 12.3
     *         ({@link LifecycleRule#REEVALUATION_BEFORE_EXPIRY})
     */
    public ProductHistory reEvaluationFiled(LocalDate filed, LocalDate completeDossier, LateFilingReading reading,
            HolidayCalendar calendar) {
        Objects.requireNonNull(filed, "filed");
        Objects.requireNonNull(completeDossier, "completeDossier");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(calendar, "calendar");
        Certificate c = certificateOn(filed).orElseGet(() -> lapsedCoveredCertificate(filed, reading));
        if (c == null) {
            throw new LifecycleException(LifecycleRule.REEVALUATION_NEEDS_CERTIFICATE, productId
                    + " holds no certificate in effect on " + filed + lastStatus(filed)
                    + (certificates.isEmpty() ? "" : " (expired on " + certificates.get(certificates.size() - 1).lastValidDay() + ")")
                    + "; register a first evaluation instead");
        }
        ProcessRules.Filing f = ProcessRules.assessReEvaluationFiling(c, filed);
        switch (f) {
            case TOO_EARLY:
                throw new LifecycleException(LifecycleRule.REEVALUATION_WINDOW, "tooEarly", c.id(), filed,
                        ProcessRules.reEvaluationWindowOpens(c).orElseThrow(), c.expiryDate());
            case LATE:
            case AFTER_EXPIRY: {
                if (!ProcessRules.lateFilingCovered(c, filed, reading)) {
                    if (f == ProcessRules.Filing.AFTER_EXPIRY) {
                        throw new LifecycleException(LifecycleRule.REEVALUATION_BEFORE_EXPIRY, "afterExpiry", c.id(),
                                c.expiryDate(), filed, reading);
                    }
                    throw new LifecycleException(LifecycleRule.REEVALUATION_WINDOW, "late", c.id(), filed,
                            ProcessRules.reEvaluationWindowCloses(c).orElseThrow(), reading);
                }
                Certificate ext = c.withReEvaluationFiled(filed, null).withExtension(ProcessRules.extendedUntil(c, null));
                ProductHistory h = replace(c, ext);
                return h.with(new Event(filed, EventType.RE_EVALUATION_FILED, c.id(), c.stars(), c.editionId(),
                        text("event.filedLate", ProcessRules.reEvaluationWindowCloses(c).orElseThrow(),
                                ext.extendedUntil())), null, null);
            }
            case NO_WINDOW:
                return replace(c, c.withReEvaluationFiled(filed, null)).with(new Event(filed,
                        EventType.RE_EVALUATION_FILED, c.id(), c.stars(), c.editionId(), text("event.filedNoWindow")),
                        null, null);
            case ON_TIME:
            default: {
                Optional<Deadline> due = ProcessRules.reEvaluationDecisionDeadline(completeDossier, calendar);
                Certificate filedOn = c.withReEvaluationFiled(filed, due.map(Deadline::lastDay).orElse(null));
                return replace(c, filedOn).with(new Event(filed, EventType.RE_EVALUATION_FILED, c.id(), c.stars(),
                        c.editionId(), text("event.filedOnTime", ProcessRules.reEvaluationWindowOpens(c).orElseThrow(),
                                ProcessRules.reEvaluationWindowCloses(c).orElseThrow())
                                + due.map(d -> text("event.decisionDue", d)).orElse("")), null, null);
            }
        }
    }

    /** The latest certificate that lapsed by expiry and whose late filing the reading covers, or null. */
    private Certificate lapsedCoveredCertificate(LocalDate filed, LateFilingReading reading) {
        for (int i = certificates.size() - 1; i >= 0; i--) {
            Certificate c = certificates.get(i);
            if (c.revoked() == null && c.replaced() == null && c.reEvaluationFiled() == null
                    && filed.isAfter(c.expiryDate()) && ProcessRules.lateFilingCovered(c, filed, reading)) {
                return c;
            }
        }
        return null;
    }

    /** Event details are in Vietnamese, the language of the register. */
    private static String text(String key, Object... args) {
        return Messages.of("process").text(vn.ocop.format.Formats.VIETNAMESE_LOCALE, key, args);
    }

    /**
     * Records the decision on a re-evaluation that did not lead to a new certificate (the product failed): an
     * extension under Điều 12.3 ends on the decision date ("đến ngày có kết quả xử lý"); a decision on or before
     * the expiry date leaves no extension, so the certificate ends at its expiry.
     *
     * @param decision decision date, not null
     * @return the new history
     * @throws LifecycleException if no re-evaluation is pending: no certificate records a filing without a result
     *         ({@link LifecycleRule#REEVALUATION_NEEDS_FILING})
     */
    public ProductHistory reEvaluationFailed(LocalDate decision) {
        Objects.requireNonNull(decision, "decision");
        Certificate c = certificates.stream().filter(x -> x.reEvaluationFiled() != null
                && x.reEvaluationRefused() == null && x.revoked() == null && x.replaced() == null
                && !x.reEvaluationFiled().isAfter(decision)).reduce((a, b) -> b).orElseThrow(() ->
                new LifecycleException(LifecycleRule.REEVALUATION_NEEDS_FILING, "noPendingFiling", productId,
                        decision));
        Certificate refused = c.withReEvaluationRefused(decision);
        return replace(c, refused).with(new Event(decision, EventType.EVALUATED, c.id(), null, null,
                text("event.refused", refused.lastValidDay())), null, null);
    }

    /**
     * Revokes the certificate in effect (Điều 8), or one that ended after a finding made while it was in effect,
     * when the decision comes within the revocation period of that finding (Điều 8.4: 15 days, on the bundled
     * calendar): the revocation and its ground are recorded and the status stays expired.
     *
     * @param on date of the revocation decision, not null
     * @param ground the ground, not null
     * @param by the authority deciding, not null
     * @param finding date of the competent body's conclusion that triggers it, not null
     * @return the new history (the event notes a decision later than the 15-day deadline of Điều 8.4)
     * @throws LifecycleException if no certificate is in effect (nor one that lapsed as above): expired, revoked,
     *         replaced
     *         ({@link LifecycleRule#REVOCATION_NEEDS_CERTIFICATE}); the authority has no power to revoke this star
     *         ({@link LifecycleRule#REVOKING_AUTHORITY}); the finding is after the revocation
     *         ({@link LifecycleRule#REVOCATION_AFTER_FINDING})
     */
    public ProductHistory revoke(LocalDate on, RevocationGround ground, Authority by, LocalDate finding) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(finding, "finding");
        if (finding.isAfter(on)) {
            throw new LifecycleException(LifecycleRule.REVOCATION_AFTER_FINDING, "revocation on " + on
                    + " precedes its finding of " + finding);
        }
        Optional<Deadline> deadline = ProcessRules.revocationDeadline(finding);
        Certificate c = certificateOn(on).orElseGet(() -> lapsedWithFinding(on, finding, deadline.orElse(null)));
        if (c == null) {
            throw new LifecycleException(LifecycleRule.REVOCATION_NEEDS_CERTIFICATE, productId
                    + " has no certificate in effect on " + on + " to revoke" + lastStatus(on));
        }
        Authority competent = ProcessRules.revokingAuthority(c, on);
        if (by != competent) {
            throw new LifecycleException(LifecycleRule.REVOKING_AUTHORITY, "the " + by.text(Locale.ENGLISH)
                    + " cannot revoke " + c.stars() + " certificate " + c.id() + "; the "
                    + competent.text(Locale.ENGLISH) + " decides");
        }
        boolean lapsed = !c.inEffectOn(on);
        String late = deadline.filter(d -> !d.isMetBy(on)).map(d -> text("event.revokedLate", d)).orElse("");
        ProductHistory h = replace(c, c.withRevocation(on, ground));
        return h.with(new Event(on, EventType.REVOKED, c.id(), c.stars(), c.editionId(), text(lapsed
                ? "event.revokedAfterLapse" : "event.revoked", by, ground, ground.citation(), c.lastValidDay())
                + late), null, null);
    }

    /**
     * A certificate that ended before {@code on} and whose revocation Điều 8.4 still allows: the finding was made
     * while it was in effect and the decision is within the revocation period of the finding.
     */
    private Certificate lapsedWithFinding(LocalDate on, LocalDate finding, Deadline deadline) {
        if (deadline == null || !deadline.isMetBy(on)) {
            return null;
        }
        for (int i = certificates.size() - 1; i >= 0; i--) {
            Certificate c = certificates.get(i);
            if (c.revoked() == null && c.inEffectOn(finding) && c.lastValidDay().isBefore(on)
                    && (c.replaced() == null || c.replaced().isAfter(on))) {
                return c;
            }
        }
        return null;
    }

    private String lastStatus(LocalDate on) {
        return certificates.isEmpty() ? ": it was never recognised"
                : ": its last certificate " + certificates.get(certificates.size() - 1).id() + " is "
                + certificates.get(certificates.size() - 1).statusOn(on).text(Locale.ENGLISH);
    }

    /**
     * The events up to a date, with the derived expiry events, in date order.
     *
     * @param asOf last date to include, not null
     * @return the timeline
     */
    public List<Event> timeline(LocalDate asOf) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (!e.date().isAfter(asOf)) {
                out.add(e);
            }
        }
        for (Certificate c : certificates) {
            LocalDate end = c.lastValidDay().plusDays(1);
            boolean endedOtherwise = (c.revoked() != null && !c.revoked().isAfter(c.lastValidDay()))
                    || (c.replaced() != null && !c.replaced().isAfter(end));
            if (!endedOtherwise && !end.isAfter(asOf)) {
                out.add(new Event(end, EventType.EXPIRED, c.id(), c.stars(), c.editionId(), c.lastValidDay()
                        .isAfter(c.expiryDate()) ? text("event.endedExtended", c.lastValidDay())
                        : text("event.ended", c.lastValidDay(), c.validityMonths())
                        + c.decisionOverdueSince(end).map(d -> text("status.decisionOverdue", c.reEvaluationFiled(),
                                d)).orElse("")));
            }
        }
        out.sort(Comparator.comparing(Event::date));
        return out;
    }

    private ProductHistory replace(Certificate old, Certificate now) {
        List<Certificate> cs = new ArrayList<>(certificates);
        cs.set(cs.indexOf(old), now);
        return new ProductHistory(productId, events, cs);
    }

    private ProductHistory with(Event e, Certificate added, Certificate replacedOld) {
        List<Event> es = new ArrayList<>(events);
        es.add(e);
        es.sort(Comparator.comparing(Event::date));
        List<Certificate> cs = new ArrayList<>(certificates);
        if (replacedOld != null) {
            cs.set(cs.indexOf(replacedOld), replacedOld.withReplacement(added.issued(), added.id()));
        }
        if (added != null) {
            cs.add(added);
        }
        return new ProductHistory(productId, es, cs);
    }
}
