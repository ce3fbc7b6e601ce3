package vn.ocop.registry;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * Why a product of the register cannot be a row of {@code PTNT_OCOP} ({@link PtntOcop}): its unit is not a commune
 * on the date, or a value is longer than its field. Its text, in Vietnamese by default, names the product, the value
 * and the field.
 *
 * <p>Immutable and thread-safe.
 *
 * @param productId the product's id in the registry, not null
 * @param reason what is wrong, not null
 * @param value the value that cannot be written, not null
 * @param date the export's date, not null
 */
public record PtntOcopRefusal(String productId, Reason reason, String value, LocalDate date) implements Localized {
    private static final Messages TEXT = Messages.of("registry");

    /** What keeps a product out of {@code PTNT_OCOP}. */
    public enum Reason implements Localized {
        /**
         * {@code Ma_DonViHanhChinh}: the product's unit code is not the code of a commune on the date (a district
         * code, a commune merged away by then, an unknown code).
         */
        UNIT_NOT_A_COMMUNE,
        /** {@code Ma_SanPham}: the product's id has more than 10 characters. */
        PRODUCT_ID_TOO_LONG,
        /** {@code TenSanPham}: the product's name has more than 255 characters. */
        NAME_TOO_LONG,
        /** {@code ChuTheSXKD}: the producer's name has more than 255 characters. */
        PRODUCER_NAME_TOO_LONG;

        @Override
        public String text(Locale locale) {
            return TEXT.text(locale, "ptnt.reason." + name());
        }
    }

    /**
     * @param productId the product's id in the registry, not null
     * @param reason what is wrong, not null
     * @param value the value that cannot be written, not null
     * @param date the export's date, not null
     */
    public PtntOcopRefusal {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(date, "date");
    }

    /**
     * @param locale the reader's language, not null
     * @return the refusal as a sentence: the product, what is wrong and the value
     */
    @Override
    public String text(Locale locale) {
        return TEXT.text(locale, "ptnt.refusal." + reason.name(), productId, value, date);
    }
}
