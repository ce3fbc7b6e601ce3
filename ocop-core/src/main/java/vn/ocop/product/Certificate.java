package vn.ocop.product;

import java.time.LocalDate;
import java.util.Objects;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Star;

/**
 * A recognition decision with its certificate ("giấy chứng nhận kết quả phân hạng sản phẩm OCOP").
 *
 * <p>Validity (Điều 4.3 of Decision 26/2026): 36 months from the date the competent authority issues it. The
 * library reads "36 tháng kể từ ngày … ban hành" with the civil-code convention that a period in months ends on the
 * corresponding day of the last month (Bộ luật Dân sự 2015, Điều 148): a certificate issued on 2023-02-04 is valid
 * through 2026-02-04 ({@link #expiryDate()}, inclusive). The expiry and the last day in effect are computed from the
 * issue date and the extension, never stored.
 *
 * <p>A certificate is created by {@link #issue}; its later events (extension, revocation, replacement) return a new
 * certificate ({@link #withExtension}, {@link #withRevocation}, {@link #withReplacement}). Every certificate keeps
 * its invariants: 3★ to 5★ with a recognising authority, a revocation has both a date and a ground, a replacement
 * both a date and the new certificate's id, no event before the issue date, an extension within 180 days after
 * expiry.
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
    /** Months of validity (Điều 4.3). */
    public static final int VALIDITY_MONTHS = 36;
    /** Longest extension past expiry for a late re-evaluation filer (Điều 12.3). */
    public static final int MAX_EXTENSION_DAYS = 180;

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

    private Certificate(String id, String productId, Star stars, Authority authority, String editionId,
            RegistrationKind kind, LocalDate issued, LocalDate extendedUntil, LocalDate revoked,
            RevocationGround revocationGround, LocalDate replaced, String replacedBy) {
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
        checkRules();
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
        if (extendedUntil != null && (extendedUntil.isBefore(expiryDate())
                || extendedUntil.isAfter(expiryDate().plusDays(MAX_EXTENSION_DAYS)))) {
            throw new LifecycleException(LifecycleRule.EXTENSION_LIMIT, "certificate " + id + ": an extension ends "
                    + "between the expiry date and " + MAX_EXTENSION_DAYS + " days after it, not on " + extendedUntil);
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
        if (revoked != null && revoked.isBefore(issued) || replaced != null && replaced.isBefore(issued)) {
            throw new IllegalArgumentException("certificate " + id + " issued on " + issued + " cannot be revoked or "
                    + "replaced before that");
        }
    }

    /**
     * A newly issued certificate.
     *
     * @param id certificate or decision number, not null
     * @param productId the product, not null
     * @param stars star class, 3★ to 5★, not null
     * @param authority the authority that recognised it, not {@link Authority#NONE}, not null
     * @param editionId rubric edition it was evaluated under, not null
     * @param kind kind of the registration that led to it, not null
     * @param issued decision date, not null
     * @return the certificate
     * @throws LifecycleException for 1★ or 2★ ({@link LifecycleRule#CERTIFIED_STARS}) or without an authority
     *         ({@link LifecycleRule#RECOGNISING_AUTHORITY})
     */
    public static Certificate issue(String id, String productId, Star stars, Authority authority, String editionId,
            RegistrationKind kind, LocalDate issued) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, null, null, null, null, null);
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

    /** @return last day of an extension under Điều 12.3, or null */
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

    /** @return last day of the 36-month validity (inclusive) */
    public LocalDate expiryDate() {
        return issued.plusMonths(VALIDITY_MONTHS);
    }

    /** @return last day the certificate is in effect, not counting revocation or replacement */
    public LocalDate lastValidDay() {
        return extendedUntil != null ? extendedUntil : expiryDate();
    }

    /**
     * @param date a date, not null
     * @return the status on that date
     */
    public CertificateStatus statusOn(LocalDate date) {
        if (date.isBefore(issued)) {
            return CertificateStatus.NOT_YET_ISSUED;
        }
        if (revoked != null && !date.isBefore(revoked)) {
            return CertificateStatus.REVOKED;
        }
        if (replaced != null && !date.isBefore(replaced)) {
            return CertificateStatus.REPLACED;
        }
        if (!date.isAfter(expiryDate())) {
            return CertificateStatus.VALID;
        }
        if (extendedUntil != null && !date.isAfter(extendedUntil)) {
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
     * @param until last day of the extension, from the expiry date to 180 days after it, not null
     * @return a copy extended under Điều 12.3
     * @throws LifecycleException if the extension ends outside that span ({@link LifecycleRule#EXTENSION_LIMIT})
     */
    public Certificate withExtension(LocalDate until) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued,
                Objects.requireNonNull(until, "until"), revoked, revocationGround, replaced, replacedBy);
    }

    /**
     * @param on revocation date, not before the issue date, not null
     * @param ground ground, not null
     * @return a revoked copy
     * @throws IllegalArgumentException if the date is before the issue date
     */
    public Certificate withRevocation(LocalDate on, RevocationGround ground) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, extendedUntil,
                Objects.requireNonNull(on, "on"), Objects.requireNonNull(ground, "ground"), replaced, replacedBy);
    }

    /**
     * @param on date of the newer certificate, not before the issue date, not null
     * @param newId its id, not null
     * @return a replaced copy
     * @throws IllegalArgumentException if the date is before the issue date
     */
    public Certificate withReplacement(LocalDate on, String newId) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, extendedUntil, revoked,
                revocationGround, Objects.requireNonNull(on, "on"), Objects.requireNonNull(newId, "newId"));
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
                && Objects.equals(replacedBy, c.replacedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, productId, stars, authority, editionId, kind, issued, extendedUntil, revoked,
                revocationGround, replaced, replacedBy);
    }

    @Override
    public String toString() {
        return "Certificate[id=" + id + ", productId=" + productId + ", stars=" + stars + ", authority=" + authority
                + ", editionId=" + editionId + ", kind=" + kind + ", issued=" + issued + ", extendedUntil="
                + extendedUntil + ", revoked=" + revoked + ", revocationGround=" + revocationGround + ", replaced="
                + replaced + ", replacedBy=" + replacedBy + "]";
    }
}
