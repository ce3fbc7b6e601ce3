package vn.ocop.product;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.internal.Messages;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Star;

/**
 * A recognition decision with its certificate ("giấy chứng nhận kết quả phân hạng sản phẩm OCOP").
 *
 * <p>Validity: the months the certificate's edition sets ({@code process.validityMonths} of its
 * {@code edition.json}: 36 under 1048/2019, 148/2023 and 26/2026, Điều 4.3) from the date the competent authority
 * issues it. The library reads "36 tháng kể từ ngày … ban hành" with the civil-code convention that a period in
 * months ends on the corresponding day of the last month (Bộ luật Dân sự 2015, Điều 148.3): a certificate issued on
 * 2023-02-04 is valid through 2026-02-04 ({@link #expiryDate()}, inclusive). The expiry and the last day in effect
 * are computed from the issue date, the extension and the re-evaluation's result, never stored.
 *
 * <p>The recognising authority is checked against the edition's table for the issue date (Điều 4.1: 3★ and 4★
 * the province, 5★ the ministry; under 148/2023 a district recognised 3★ until the districts ended on 2025-07-01):
 * a 5★ certificate issued by a province, a 3★ by the ministry or by a district in 2027 is refused
 * ({@link LifecycleRule#RECOGNISING_AUTHORITY}). A star class the edition's table leaves out (5★ under 1048) is not
 * checked.
 *
 * <p>A re-evaluation ({@link ProductHistory#reEvaluationFiled}) records its filing on the certificate; a filing
 * after the window that Điều 12.3 covers extends the certificate past its expiry "đến ngày có kết quả xử lý của cơ
 * quan có thẩm quyền, nhưng không quá 180 ngày": the extension ends on the day of a result without recognition
 * ({@link #withReEvaluationRefused}), at its cap at the latest, and a result with recognition replaces the
 * certificate from the new one's issue date. A result without recognition on or before the expiry date leaves no
 * extension: the certificate ends at its expiry.
 *
 * <p>A certificate is created by {@link #issue}; its later events return a new certificate ({@link
 * #withReEvaluationFiled}, {@link #withExtension}, {@link #withReEvaluationRefused}, {@link #withRevocation},
 * {@link #withReplacement}). Every certificate keeps its invariants: 3★ to 5★ with the competent recognising
 * authority, a revocation has both a date and a ground, a replacement both a date and the new certificate's id, no
 * event before the issue date, an extension within the days Điều 12.3 allows after expiry.
 *
 * <pre>{@code
 * Certificate c = Certificate.issue("QĐ-12", "P1", Star.THREE, Authority.PROVINCE, "QD-26-2026",
 *         RegistrationKind.FIRST, LocalDate.of(2026, 6, 1));
 * c.expiryDate();                              // 2029-06-01
 * c.statusOn(LocalDate.of(2029, 6, 2));        // EXPIRED
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Certificate {
    private static final Messages TEXT = Messages.of("process");

    private final String id;
    private final String productId;
    private final Star stars;
    private final Authority authority;
    private final String editionId;
    private final RegistrationKind kind;
    private final LocalDate issued;
    private final LocalDate extendedUntil;
    private final LocalDate revoked;
    private final RevocationGround revocationGround;
    private final LocalDate replaced;
    private final String replacedBy;
    private final LocalDate reEvaluationFiled;
    private final LocalDate reEvaluationDecisionDue;
    private final LocalDate reEvaluationRefused;
    /** Derived from the edition: months of validity. */
    private final transient int validityMonths;

    private Certificate(String id, String productId, Star stars, Authority authority, String editionId,
            RegistrationKind kind, LocalDate issued, LocalDate extendedUntil, LocalDate revoked,
            RevocationGround revocationGround, LocalDate replaced, String replacedBy, LocalDate reEvaluationFiled,
            LocalDate reEvaluationDecisionDue, LocalDate reEvaluationRefused) {
        this.id = Objects.requireNonNull(id, "id");
        this.productId = Objects.requireNonNull(productId, "productId");
        this.stars = Objects.requireNonNull(stars, "stars");
        this.authority = Objects.requireNonNull(authority, "authority");
        this.editionId = Objects.requireNonNull(editionId, "editionId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.issued = Objects.requireNonNull(issued, "issued");
        this.extendedUntil = extendedUntil;
        this.revoked = revoked;
        this.revocationGround = revocationGround;
        this.replaced = replaced;
        this.replacedBy = replacedBy;
        this.reEvaluationFiled = reEvaluationFiled;
        this.reEvaluationDecisionDue = reEvaluationDecisionDue;
        this.reEvaluationRefused = reEvaluationRefused;
        checkRules();
        this.validityMonths = ProcessRules.termsOf(editionId).validityMonths().value();
        checkExtension();
        checkEvents();
    }

    private void checkRules() {
        if (!stars.isCertifiable()) {
            throw new LifecycleException(LifecycleRule.CERTIFIED_STARS, "certificate " + id + ": only 3★ to 5★ are "
                    + "certified, not " + stars);
        }
        if (authority == Authority.NONE) {
            throw new LifecycleException(LifecycleRule.RECOGNISING_AUTHORITY, "certificate " + id
                    + ": a certificate needs a recognising authority");
        }
        Optional<Authority> competent = ProcessRules.recognisingAuthority(stars, editionId, issued);
        if (competent.isPresent() && competent.get() != authority) {
            throw new LifecycleException(LifecycleRule.RECOGNISING_AUTHORITY, "authority", id, stars, authority,
                    issued, competent.get());
        }
    }

    private void checkExtension() {
        if (extendedUntil == null) {
            return;
        }
        int max = ProcessRules.lateFilingExtensionDays(expiryDate());
        if (extendedUntil.isBefore(expiryDate()) || extendedUntil.isAfter(expiryDate().plusDays(max))) {
            throw new LifecycleException(LifecycleRule.EXTENSION_LIMIT, "extension", id, expiryDate(),
                    expiryDate().plusDays(max), extendedUntil);
        }
    }

    private void checkEvents() {
        if ((revoked == null) != (revocationGround == null)) {
            throw new IllegalArgumentException("certificate " + id + ": a revocation needs both a date and a ground");
        }
        if ((replaced == null) != (replacedBy == null)) {
            throw new IllegalArgumentException("certificate " + id + ": a replacement needs both a date and the id "
                    + "of the new certificate");
        }
        if (revoked != null && revoked.isBefore(issued) || replaced != null && replaced.isBefore(issued)
                || reEvaluationFiled != null && reEvaluationFiled.isBefore(issued)) {
            throw new IllegalArgumentException("certificate " + id + " issued on " + issued + " cannot be revoked, "
                    + "replaced or re-evaluated before that");
        }
        if ((reEvaluationDecisionDue != null || reEvaluationRefused != null || extendedUntil != null)
                && reEvaluationFiled == null) {
            throw new IllegalArgumentException("certificate " + id + ": a re-evaluation's deadline, result or "
                    + "extension needs its filing date");
        }
        if (reEvaluationRefused != null && reEvaluationRefused.isBefore(reEvaluationFiled)) {
            throw new IllegalArgumentException("certificate " + id + ": the re-evaluation's result "
                    + reEvaluationRefused + " precedes its filing " + reEvaluationFiled);
        }
    }

    /**
     * A newly issued certificate.
     *
     * @param id certificate or decision number, not null
     * @param productId the product, not null
     * @param stars star class, 3★ to 5★, not null
     * @param authority the authority that recognised it, the one the edition gives for the star class on the issue
     *        date, not null
     * @param editionId rubric edition it was evaluated under, one of the bundled catalog, not null
     * @param kind kind of the registration that led to it, not null
     * @param issued decision date, not null
     * @return the certificate
     * @throws LifecycleException for 1★ or 2★ ({@link LifecycleRule#CERTIFIED_STARS}), without an authority or with
     *         one that has no power to recognise the star class on that date ({@link
     *         LifecycleRule#RECOGNISING_AUTHORITY})
     * @throws vn.ocop.OcopException if the edition is unknown or has no process terms
     */
    public static Certificate issue(String id, String productId, Star stars, Authority authority, String editionId,
            RegistrationKind kind, LocalDate issued) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, null, null, null, null, null,
                null, null, null);
    }

    /** @return certificate or decision number */
    public String id() {
        return id;
    }

    /** @return the product */
    public String productId() {
        return productId;
    }

    /** @return star class, 3★ to 5★ */
    public Star stars() {
        return stars;
    }

    /** @return the authority that recognised it, never {@link Authority#NONE} */
    public Authority authority() {
        return authority;
    }

    /** @return rubric edition it was evaluated under */
    public String editionId() {
        return editionId;
    }

    /** @return kind of the registration that led to it */
    public RegistrationKind kind() {
        return kind;
    }

    /** @return decision date */
    public LocalDate issued() {
        return issued;
    }

    /**
     * @return the latest day an extension under Điều 12.3 may reach (expiry plus 180 days), or null when the
     *         certificate is not extended; the extension ends earlier on a result without recognition
     *         ({@link #lastValidDay()})
     */
    public LocalDate extendedUntil() {
        return extendedUntil;
    }

    /** @return date of revocation, or null */
    public LocalDate revoked() {
        return revoked;
    }

    /** @return ground of revocation, or null (null exactly when {@link #revoked()} is) */
    public RevocationGround revocationGround() {
        return revocationGround;
    }

    /** @return date a newer certificate replaced it, or null */
    public LocalDate replaced() {
        return replaced;
    }

    /** @return id of the certificate that replaced it, or null (null exactly when {@link #replaced()} is) */
    public String replacedBy() {
        return replacedBy;
    }

    /** @return date a re-evaluation dossier was filed for it (Điều 7.6.a), or null */
    public LocalDate reEvaluationFiled() {
        return reEvaluationFiled;
    }

    /**
     * @return last day for the decision on a re-evaluation filed in its window (Điều 7.6.g: 45 days from the
     *         complete dossier, moved to the next working day when it falls on a day off, Bộ luật Dân sự 2015 Điều
     *         148.5), or null
     */
    public LocalDate reEvaluationDecisionDue() {
        return reEvaluationDecisionDue;
    }

    /** @return date of a decision on the re-evaluation without recognition, or null */
    public LocalDate reEvaluationRefused() {
        return reEvaluationRefused;
    }

    /** @return months of validity the certificate's edition sets (Điều 4.3: 36) */
    public int validityMonths() {
        return validityMonths;
    }

    /** @return last day of the validity (inclusive): the issue date plus {@link #validityMonths()} */
    public LocalDate expiryDate() {
        return issued.plusMonths(validityMonths);
    }

    /**
     * @return last day the certificate is in effect, not counting revocation or replacement: its expiry, or the end
     *         of its extension (the day of a result without recognition, or the extension's cap)
     */
    public LocalDate lastValidDay() {
        if (extendedUntil == null) {
            return expiryDate();
        }
        if (reEvaluationRefused == null) {
            return extendedUntil;
        }
        if (!reEvaluationRefused.isAfter(expiryDate())) {
            return expiryDate();
        }
        return reEvaluationRefused.isBefore(extendedUntil) ? reEvaluationRefused : extendedUntil;
    }

    /**
     * The status on a date. A revocation decided after the certificate ended (Điều 8.4: within 15 days of a finding
     * made while it was valid) is recorded but leaves the status {@link CertificateStatus#EXPIRED}.
     *
     * @param date a date, not null
     * @return the status on that date
     */
    public CertificateStatus statusOn(LocalDate date) {
        if (date.isBefore(issued)) {
            return CertificateStatus.NOT_YET_ISSUED;
        }
        LocalDate last = lastValidDay();
        if (revoked != null && !date.isBefore(revoked) && !revoked.isAfter(last)) {
            return CertificateStatus.REVOKED;
        }
        if (replaced != null && !date.isBefore(replaced)) {
            return CertificateStatus.REPLACED;
        }
        if (!date.isAfter(expiryDate())) {
            return CertificateStatus.VALID;
        }
        if (!date.isAfter(last)) {
            return CertificateStatus.EXTENDED;
        }
        return CertificateStatus.EXPIRED;
    }

    /**
     * @param date a date, not null
     * @return whether the product holds its star through this certificate on that date (valid or extended)
     */
    public boolean inEffectOn(LocalDate date) {
        CertificateStatus s = statusOn(date);
        return s == CertificateStatus.VALID || s == CertificateStatus.EXTENDED;
    }

    /**
     * The first day of the status the certificate has on a date.
     *
     * @param date a date on or after the issue date, not null
     * @return the issue date (valid), the day after the expiry (extended), the day after the last day in effect
     *         (expired), the revocation or replacement date
     * @throws IllegalArgumentException before the issue date
     */
    public LocalDate statusSince(LocalDate date) {
        switch (statusOn(date)) {
            case NOT_YET_ISSUED:
                throw new IllegalArgumentException("certificate " + id + " is not issued on " + date);
            case VALID:
                return issued;
            case EXTENDED:
                return expiryDate().plusDays(1);
            case REVOKED:
                return revoked;
            case REPLACED:
                return replaced;
            case EXPIRED:
            default:
                return lastValidDay().plusDays(1);
        }
    }

    /**
     * Whether the authority is late with the decision on a re-evaluation filed in its window (Điều 7.6.g): the
     * decision deadline has passed on the date and no decision (a replacement or a result without recognition) was
     * recorded by its deadline. The certificate still expires at its expiry date, as the letter says; this tells the
     * register that the gap is the authority's delay.
     *
     * @param date a date, not null
     * @return the first day the decision is overdue, if it is overdue on that date
     */
    public Optional<LocalDate> decisionOverdueSince(LocalDate date) {
        if (reEvaluationDecisionDue == null || !date.isAfter(reEvaluationDecisionDue)) {
            return Optional.empty();
        }
        LocalDate decided = replaced != null ? replaced : reEvaluationRefused;
        if (decided != null && !decided.isAfter(reEvaluationDecisionDue)) {
            return Optional.empty();
        }
        if (decided != null && !decided.isAfter(date)) {
            return Optional.empty();
        }
        return Optional.of(reEvaluationDecisionDue.plusDays(1));
    }

    /**
     * The status on a date as a sentence for a register: the status and since when, and for an expired
     * certificate whose re-evaluation was filed on time, that the decision is overdue since when, e.g. "hết hiệu lực
     * từ 02/09/2026; hồ sơ đánh giá lại nộp đúng hạn ngày 10/04/2026, quyết định quá hạn từ 26/05/2026".
     *
     * @param date a date, not null
     * @param locale the reader's locale, not null
     * @return the sentence in Vietnamese, or in English for an English locale
     */
    public String statusText(LocalDate date, Locale locale) {
        CertificateStatus s = statusOn(date);
        if (s == CertificateStatus.NOT_YET_ISSUED) {
            return s.text(locale);
        }
        String t = TEXT.text(locale, "status.since", s, statusSince(date));
        if (s == CertificateStatus.VALID || s == CertificateStatus.EXTENDED) {
            t = t + TEXT.text(locale, "status.until", s == CertificateStatus.VALID ? expiryDate() : lastValidDay());
        }
        Optional<LocalDate> overdue = decisionOverdueSince(date);
        if (overdue.isPresent()) {
            t = t + TEXT.text(locale, "status.decisionOverdue", reEvaluationFiled, overdue.get());
        }
        if (revoked != null && revoked.isAfter(lastValidDay()) && !date.isBefore(revoked)) {
            t = t + TEXT.text(locale, "status.revokedAfterLapse", revoked, revocationGround);
        }
        return t;
    }

    /**
     * @param filed date the re-evaluation dossier was filed, not before the issue date, not null
     * @param decisionDue last day for the decision (Điều 7.6.g), or null when the filing is late or no term applies
     * @return a copy that records the filing
     * @throws IllegalArgumentException if the filing precedes the issue date
     */
    public Certificate withReEvaluationFiled(LocalDate filed, LocalDate decisionDue) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, extendedUntil, revoked,
                revocationGround, replaced, replacedBy, Objects.requireNonNull(filed, "filed"), decisionDue,
                reEvaluationRefused);
    }

    /**
     * @param until the latest day of the extension, from the expiry date to the days Điều 12.3 allows after it, not
     *        null
     * @return a copy extended under Điều 12.3
     * @throws LifecycleException if the extension ends outside that span ({@link LifecycleRule#EXTENSION_LIMIT})
     * @throws IllegalArgumentException if no re-evaluation filing is recorded
     */
    public Certificate withExtension(LocalDate until) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued,
                Objects.requireNonNull(until, "until"), revoked, revocationGround, replaced, replacedBy,
                reEvaluationFiled, reEvaluationDecisionDue, reEvaluationRefused);
    }

    /**
     * @param on date of the decision on the re-evaluation without recognition, not before the filing, not null
     * @return a copy whose extension (if any) ends on that date, or at the expiry when the result came before it
     * @throws IllegalArgumentException if no filing is recorded or the result precedes it
     */
    public Certificate withReEvaluationRefused(LocalDate on) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, extendedUntil, revoked,
                revocationGround, replaced, replacedBy, reEvaluationFiled, reEvaluationDecisionDue,
                Objects.requireNonNull(on, "on"));
    }

    /**
     * @param on revocation date, not before the issue date, not null
     * @param ground ground, not null
     * @return a revoked copy
     * @throws IllegalArgumentException if the date is before the issue date
     */
    public Certificate withRevocation(LocalDate on, RevocationGround ground) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, extendedUntil,
                Objects.requireNonNull(on, "on"), Objects.requireNonNull(ground, "ground"), replaced, replacedBy,
                reEvaluationFiled, reEvaluationDecisionDue, reEvaluationRefused);
    }

    /**
     * @param on date of the newer certificate, not before the issue date, not null
     * @param newId its id, not null
     * @return a replaced copy
     * @throws IllegalArgumentException if the date is before the issue date
     */
    public Certificate withReplacement(LocalDate on, String newId) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, extendedUntil, revoked,
                revocationGround, Objects.requireNonNull(on, "on"), Objects.requireNonNull(newId, "newId"),
                reEvaluationFiled, reEvaluationDecisionDue, reEvaluationRefused);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Certificate)) {
            return false;
        }
        Certificate c = (Certificate) o;
        return id.equals(c.id) && productId.equals(c.productId) && stars == c.stars && authority == c.authority
                && editionId.equals(c.editionId) && kind == c.kind && issued.equals(c.issued)
                && Objects.equals(extendedUntil, c.extendedUntil) && Objects.equals(revoked, c.revoked)
                && revocationGround == c.revocationGround && Objects.equals(replaced, c.replaced)
                && Objects.equals(replacedBy, c.replacedBy) && Objects.equals(reEvaluationFiled, c.reEvaluationFiled)
                && Objects.equals(reEvaluationDecisionDue, c.reEvaluationDecisionDue)
                && Objects.equals(reEvaluationRefused, c.reEvaluationRefused);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, productId, stars, authority, editionId, kind, issued, extendedUntil, revoked,
                revocationGround, replaced, replacedBy, reEvaluationFiled, reEvaluationDecisionDue,
                reEvaluationRefused);
    }

    @Override
    public String toString() {
        return "Certificate[id=" + id + ", productId=" + productId + ", stars=" + stars + ", authority=" + authority
                + ", editionId=" + editionId + ", kind=" + kind + ", issued=" + issued + ", extendedUntil="
                + extendedUntil + ", revoked=" + revoked + ", revocationGround=" + revocationGround + ", replaced="
                + replaced + ", replacedBy=" + replacedBy + ", reEvaluationFiled=" + reEvaluationFiled
                + ", reEvaluationDecisionDue=" + reEvaluationDecisionDue + ", reEvaluationRefused="
                + reEvaluationRefused + "]";
    }
}
