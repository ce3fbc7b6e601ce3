package vn.ocop.product;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.Authority;

/**
 * A recognition decision with its certificate ("giấy chứng nhận kết quả phân hạng sản phẩm OCOP").
 *
 * <p>Validity (Điều 4.3 of Decision 26/2026): 36 months from the date the competent authority issues it. The
 * library reads "36 tháng kể từ ngày … ban hành" with the civil-code convention that a period in months ends on the
 * corresponding day of the last month (Bộ luật Dân sự 2015, Điều 148): a certificate issued on 2023-02-04 is valid
 * through 2026-02-04 ({@link #expiryDate()}, inclusive).
 *
 * <p>Immutable and thread-safe; events (extension, revocation, replacement) return a new certificate.
 *
 * @param id certificate or decision number, not blank
 * @param productId the product, not blank
 * @param stars star class, 3★ to 5★
 * @param authority the authority that recognised it, not {@link Authority#NONE}
 * @param editionId rubric edition it was evaluated under, not null
 * @param kind kind of the registration that led to it, not null
 * @param issued decision date, not null
 * @param extendedUntil last day of an extension under Điều 12.3, or null
 * @param revoked date of revocation, or null
 * @param revocationGround ground of revocation, or null
 * @param replaced date a newer certificate replaced it, or null
 * @param replacedBy id of that certificate, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Certificate(String id, String productId, Star stars, Authority authority, String editionId,
        RegistrationKind kind, LocalDate issued, LocalDate extendedUntil, LocalDate revoked,
        RevocationGround revocationGround, LocalDate replaced, String replacedBy) {

    /** Months of validity (Điều 4.3). */
    public static final int VALIDITY_MONTHS = 36;
    /** Longest extension past expiry for a late re-evaluation filer (Điều 12.3). */
    public static final int MAX_EXTENSION_DAYS = 180;

    /** Checks the components. */
    public Certificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(stars, "stars");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(editionId, "editionId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(issued, "issued");
        if (!stars.isCertifiable()) {
            throw new OcopException("certificate " + id + ": only 3★ to 5★ are certified (Điều 4.1), not " + stars);
        }
        if (authority == Authority.NONE) {
            throw new OcopException("certificate " + id + ": a certificate needs a recognising authority");
        }
        if ((revoked == null) != (revocationGround == null)) {
            throw new OcopException("certificate " + id + ": a revocation needs both a date and a ground");
        }
        if (extendedUntil != null && (extendedUntil.isBefore(issued.plusMonths(VALIDITY_MONTHS))
                || extendedUntil.isAfter(issued.plusMonths(VALIDITY_MONTHS).plusDays(MAX_EXTENSION_DAYS)))) {
            throw new OcopException("certificate " + id + ": an extension ends between the expiry date and "
                    + MAX_EXTENSION_DAYS + " days after it (Điều 12.3), not on " + extendedUntil);
        }
    }

    /**
     * A newly issued certificate.
     *
     * @param id certificate id
     * @param productId product id
     * @param stars star class
     * @param authority recognising authority
     * @param editionId rubric edition
     * @param kind registration kind
     * @param issued decision date
     * @return the certificate
     */
    public static Certificate issue(String id, String productId, Star stars, Authority authority, String editionId,
            RegistrationKind kind, LocalDate issued) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, null, null, null, null, null);
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
     * @param date a date
     * @return whether the product holds its star through this certificate on that date (valid or extended)
     */
    public boolean inEffectOn(LocalDate date) {
        CertificateStatus s = statusOn(date);
        return s == CertificateStatus.VALID || s == CertificateStatus.EXTENDED;
    }

    /**
     * @param until last day of the extension
     * @return a copy extended under Điều 12.3
     */
    public Certificate withExtension(LocalDate until) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, until, revoked,
                revocationGround, replaced, replacedBy);
    }

    /**
     * @param on revocation date
     * @param ground ground
     * @return a revoked copy
     */
    public Certificate withRevocation(LocalDate on, RevocationGround ground) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, extendedUntil, on, ground,
                replaced, replacedBy);
    }

    /**
     * @param on date of the newer certificate
     * @param newId its id
     * @return a replaced copy
     */
    public Certificate withReplacement(LocalDate on, String newId) {
        return new Certificate(id, productId, stars, authority, editionId, kind, issued, extendedUntil, revoked,
                revocationGround, on, newId);
    }
}
