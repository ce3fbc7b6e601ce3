package vn.ocop.process;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * The two readings of the scope of Điều 12.3 of Decision 26/2026: "Những sản phẩm thuộc đối tượng đánh giá, phân
 * hạng lại, nhưng thời gian nộp hồ sơ không đáp ứng được thời hạn theo quy định tại điểm a khoản 6 Điều 7 Quyết
 * định này, thì giấy chứng nhận tiếp tục có hiệu lực đến ngày có kết quả xử lý của cơ quan có thẩm quyền, nhưng
 * không quá 180 ngày tính từ ngày hết thời hạn."
 *
 * <p>The clause sits in the transitional article (Điều 12 "Điều khoản chuyển tiếp"), and the window of Điều 7.6.a
 * (file not earlier than 180 and not later than 120 days before expiry) did not exist under Decision 148/2023:
 * holders whose window had opened before 2026-05-22 could not have met it. {@link #TRANSITIONAL}, the default, reads
 * the clause as covering those certificates only; {@link #EVERY_LATE_FILER} reads it as a permanent rule for every
 * late filer. Under the permanent reading an on-time filer whose decision comes after expiry loses the star at
 * expiry while a late filer keeps it, which is why it is not the default; a province whose council rules read the
 * clause that way chooses it explicitly.
 *
 * <p>Immutable and thread-safe.
 */
public enum LateFilingReading implements Localized {
    /**
     * Điều 12.3 covers the certificates due for re-evaluation whose filing window had already closed, wholly or in
     * part, when the decision took effect (the window opened before 2026-05-22, the certificate was still valid
     * then): a late filing, before or after the expiry, keeps the certificate in effect until the result, at most
     * 180 days after expiry; a filing after those 180 days is a first evaluation. Other late filers are refused.
     */
    TRANSITIONAL,
    /**
     * Điều 12.3 covers every certificate whose re-evaluation is filed after its window closed and not after its
     * expiry (the certificate must still be in effect to "tiếp tục có hiệu lực").
     */
    EVERY_LATE_FILER;

    /**
     * Whether the reading covers a late filing.
     *
     * @param windowOpens the first day of the certificate's window, not null
     * @param expiry the certificate's expiry date, not null
     * @param effective the day the decision with Điều 12.3 took effect (2026-05-22), not null
     * @param filed the filing's date, after the window closed, not null
     * @param extensionDays the longest extension, in days after expiry (180)
     * @return whether the certificate is extended until the result
     */
    public boolean covers(LocalDate windowOpens, LocalDate expiry, LocalDate effective, LocalDate filed,
            int extensionDays) {
        Objects.requireNonNull(windowOpens, "windowOpens");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(filed, "filed");
        if (this == EVERY_LATE_FILER) {
            return !filed.isAfter(expiry);
        }
        return windowOpens.isBefore(effective) && !expiry.isBefore(effective)
                && !filed.isAfter(expiry.plusDays(extensionDays));
    }

    /**
     * @param locale the reader's locale, not null
     * @return the reading's name in Vietnamese, or in English for an English locale
     */
    @Override
    public String text(Locale locale) {
        return Messages.of("process").text(locale, "lateFilingReading." + name());
    }
}
