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
     * @param detail readable detail, not null
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
         * @param detail readable detail, not null
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
        return with(new Event(date, EventType.EVALUATED, null, stars, editionId, kind.text(Locale.ENGLISH) + ", mean "
                + mean.toPlainString() + (stars == null ? ", rejected" : ", " + stars)), null, null);
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
                "recognised " + c.stars() + " by " + c.authority().text(Locale.ENGLISH)), c, null);
    }

    private ProductHistory recogniseUpgrade(Certificate c, Optional<Certificate> current) {
        Certificate old = current.orElseThrow(() -> new LifecycleException(LifecycleRule.UPGRADE_NEEDS_CERTIFICATE,
                productId + " holds no certificate on " + c.issued() + "; an upgrade needs a recognised product"));
        if (c.stars().level() <= old.stars().level()) {
            throw new LifecycleException(LifecycleRule.UPGRADE_TO_HIGHER_STAR, "upgrade of " + productId + " to "
                    + c.stars() + " is not above its " + old.stars() + " (certificate " + old.id() + ")");
        }
        return with(new Event(c.issued(), EventType.UPGRADED, c.id(), c.stars(), c.editionId(),
                "upgraded " + old.stars() + " → " + c.stars() + ", replaces " + old.id()), c, old);
    }

    private ProductHistory recogniseReEvaluation(Certificate c, Optional<Certificate> current) {
        Certificate old = current.orElseThrow(() -> new LifecycleException(
                LifecycleRule.REEVALUATION_NEEDS_CERTIFICATE, productId + " holds no certificate in effect on "
                + c.issued() + "; a re-evaluation replaces a valid or extended certificate"));
        return with(new Event(c.issued(), EventType.RE_EVALUATED, c.id(), c.stars(), c.editionId(),
                "re-evaluated " + old.stars() + " → " + c.stars() + ", replaces " + old.id()), c, old);
    }

    /**
     * Records the filing of a re-evaluation dossier for the certificate in effect (Điều 7.6.a): on time from 180
     * to 120 days before expiry; a late filing keeps the certificate in effect until the decision, at most 180 days
     * past expiry (Điều 12.3).
     *
     * @param filed filing date, not null
     * @return the new history
     * @throws LifecycleException if no certificate is in effect ({@link LifecycleRule#REEVALUATION_NEEDS_CERTIFICATE}),
     *         or the filing is too early ({@link LifecycleRule#REEVALUATION_WINDOW})
     */
    public ProductHistory reEvaluationFiled(LocalDate filed) {
        Certificate c = certificateOn(filed).orElseThrow(() -> new LifecycleException(
                LifecycleRule.REEVALUATION_NEEDS_CERTIFICATE, productId
                + " holds no certificate in effect on " + filed + lastStatus(filed)
                + (certificates.isEmpty() ? "" : " (expired on " + certificates.get(certificates.size() - 1).lastValidDay() + ")")
                + "; register a first evaluation instead"));
        ProcessRules.Filing f = ProcessRules.assessReEvaluationFiling(c, filed);
        switch (f) {
            case TOO_EARLY:
                throw new LifecycleException(LifecycleRule.REEVALUATION_WINDOW, "re-evaluation of " + c.id()
                        + " filed on " + filed + ", before its window opens on " + ProcessRules.reEvaluationWindowOpens(c)
                        + ": not earlier than 180 days before expiry " + c.expiryDate());
            case AFTER_EXPIRY:
                throw new LifecycleException(LifecycleRule.REEVALUATION_BEFORE_EXPIRY, "certificate " + c.id()
                        + " expired on " + c.expiryDate() + "; a filing on " + filed
                        + " is a first evaluation, not a re-evaluation");
            case LATE: {
                Certificate ext = c.withExtension(ProcessRules.extendedUntil(c, null));
                ProductHistory h = replace(c, ext);
                return h.with(new Event(filed, EventType.RE_EVALUATION_FILED, c.id(), c.stars(), c.editionId(),
                        "filed late (after " + ProcessRules.reEvaluationWindowCloses(c) + "): certificate kept in effect "
                                + "until the decision, at most to " + ext.extendedUntil() + " (Điều 12.3)"), null, null);
            }
            case ON_TIME:
            default:
                return with(new Event(filed, EventType.RE_EVALUATION_FILED, c.id(), c.stars(), c.editionId(),
                        "filed on time (window " + ProcessRules.reEvaluationWindowOpens(c) + " to "
                                + ProcessRules.reEvaluationWindowCloses(c) + ", Điều 7.6.a)"), null, null);
        }
    }

    /**
     * Records the decision on a late re-evaluation that did not lead to a new certificate (the product failed):
     * the extension ends on the decision date (Điều 12.3).
     *
     * @param decision decision date, not null
     * @return the new history
     */
    public ProductHistory reEvaluationFailed(LocalDate decision) {
        Certificate c = certificates.stream().filter(x -> x.extendedUntil() != null && x.revoked() == null
                && x.replaced() == null).reduce((a, b) -> b).orElse(null);
        ProductHistory h = this;
        if (c != null && decision.isAfter(c.expiryDate())) {
            h = replace(c, c.withExtension(ProcessRules.extendedUntil(c, decision)));
        }
        return h.with(new Event(decision, EventType.EVALUATED, c == null ? null : c.id(), null, null,
                "re-evaluation decided without recognition"), null, null);
    }

    /**
     * Revokes the certificate in effect (Điều 8).
     *
     * @param on date of the revocation decision, not null
     * @param ground the ground, not null
     * @param by the authority deciding, not null
     * @param finding date of the competent body's conclusion that triggers it, not null
     * @return the new history (the event notes a decision later than the 15-day deadline of Điều 8.4)
     * @throws LifecycleException if no certificate is in effect: expired, revoked, replaced
     *         ({@link LifecycleRule#REVOCATION_NEEDS_CERTIFICATE}); the authority has no power to revoke this star
     *         ({@link LifecycleRule#REVOKING_AUTHORITY}); the finding is after the revocation
     *         ({@link LifecycleRule#REVOCATION_AFTER_FINDING})
     */
    public ProductHistory revoke(LocalDate on, RevocationGround ground, Authority by, LocalDate finding) {
        Certificate c = certificateOn(on).orElseThrow(() -> new LifecycleException(
                LifecycleRule.REVOCATION_NEEDS_CERTIFICATE, productId + " has no certificate in effect on " + on
                + " to revoke" + lastStatus(on)));
        Authority competent = ProcessRules.revokingAuthority(c, on);
        if (by != competent) {
            throw new LifecycleException(LifecycleRule.REVOKING_AUTHORITY, "the " + by.text(Locale.ENGLISH)
                    + " cannot revoke " + c.stars() + " certificate " + c.id() + "; the "
                    + competent.text(Locale.ENGLISH) + " decides");
        }
        if (finding.isAfter(on)) {
            throw new LifecycleException(LifecycleRule.REVOCATION_AFTER_FINDING, "revocation on " + on
                    + " precedes its finding of " + finding);
        }
        LocalDate deadline = ProcessRules.revocationDeadline(finding);
        String late = on.isAfter(deadline) ? "; decided after the 15-day deadline " + deadline + " (Điều 8.4)" : "";
        ProductHistory h = replace(c, c.withRevocation(on, ground));
        return h.with(new Event(on, EventType.REVOKED, c.id(), c.stars(), c.editionId(), "revoked by the "
                + by.text(Locale.ENGLISH) + ": " + ground.text(Locale.ENGLISH) + " (" + ground.citation() + ")"
                + late), null, null);
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
            boolean endedOtherwise = (c.revoked() != null && !c.revoked().isAfter(end))
                    || (c.replaced() != null && !c.replaced().isAfter(end));
            if (!endedOtherwise && !end.isAfter(asOf)) {
                out.add(new Event(end, EventType.EXPIRED, c.id(), c.stars(), c.editionId(), "certificate ended after "
                        + c.lastValidDay() + (c.extendedUntil() != null ? " (extended, Điều 12.3)" : " (36 months, Điều 4.3)")));
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
