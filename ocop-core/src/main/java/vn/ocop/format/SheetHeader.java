package vn.ocop.format;

import java.time.LocalDate;
import vn.ocop.internal.Text;

/**
 * The fields at the head of an evaluation sheet ("phiếu đánh giá", Annex II of Decision 26/2026/QĐ-TTg, with the
 * product and producer fields of its Annex III forms): the council, the product, its code, the producer, its
 * telephone and address, and the place and date of the evaluation and the member's name above the signature.
 *
 * <p>Every field is optional: a field that is not given is printed as a dotted line to fill in by hand. Text is
 * normalised to NFC and stripped; blank text counts as not given (null).
 *
 * <pre>{@code
 * SheetHeader header = SheetHeader.blank()
 *     .withCouncil("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Đắk Lắk")
 *     .withProduct("Cà phê bột Buôn Ma Thuột")
 *     .withDate(LocalDate.of(2026, 6, 15));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param council the council ("Hội đồng đánh giá, phân hạng sản phẩm OCOP …"), or null
 * @param product the product's name, or null
 * @param productCode the product code {@code (T)-(X)-(STT)-year}, or null
 * @param producer the producer ("chủ thể sản xuất"), or null
 * @param phone the producer's telephone number, or null
 * @param address the producer's address, or null
 * @param place the place written before the date of signature, or null
 * @param date the date of the evaluation, or null
 * @param member the council member who fills in the sheet ("người đánh giá"), or null
 */
public record SheetHeader(String council, String product, String productCode, String producer, String phone,
        String address, String place, LocalDate date, String member) {

    private static final SheetHeader BLANK = new SheetHeader(null, null, null, null, null, null, null, null, null);

    /**
     * Normalises the text fields (NFC, stripped, blank to null).
     *
     * @param council the council, or null
     * @param product the product's name, or null
     * @param productCode the product code, or null
     * @param producer the producer, or null
     * @param phone the producer's telephone number, or null
     * @param address the producer's address, or null
     * @param place the place written before the date of signature, or null
     * @param date the date of the evaluation, or null
     * @param member the council member's name, or null
     */
    public SheetHeader {
        council = clean(council);
        product = clean(product);
        productCode = clean(productCode);
        producer = clean(producer);
        phone = clean(phone);
        address = clean(address);
        place = clean(place);
        member = clean(member);
    }

    /** @return a header with no field given: every field is printed as a line to fill in */
    public static SheetHeader blank() {
        return BLANK;
    }

    private static String clean(String s) {
        String t = Text.nfc(s);
        return t == null || t.isEmpty() ? null : t;
    }

    /**
     * @param value the council, or null
     * @return a copy with it
     */
    public SheetHeader withCouncil(String value) {
        return new SheetHeader(value, product, productCode, producer, phone, address, place, date, member);
    }

    /**
     * @param value the product's name, or null
     * @return a copy with it
     */
    public SheetHeader withProduct(String value) {
        return new SheetHeader(council, value, productCode, producer, phone, address, place, date, member);
    }

    /**
     * @param value the product code, or null
     * @return a copy with it
     */
    public SheetHeader withProductCode(String value) {
        return new SheetHeader(council, product, value, producer, phone, address, place, date, member);
    }

    /**
     * @param value the producer, or null
     * @return a copy with it
     */
    public SheetHeader withProducer(String value) {
        return new SheetHeader(council, product, productCode, value, phone, address, place, date, member);
    }

    /**
     * @param value the producer's telephone number, or null
     * @return a copy with it
     */
    public SheetHeader withPhone(String value) {
        return new SheetHeader(council, product, productCode, producer, value, address, place, date, member);
    }

    /**
     * @param value the producer's address, or null
     * @return a copy with it
     */
    public SheetHeader withAddress(String value) {
        return new SheetHeader(council, product, productCode, producer, phone, value, place, date, member);
    }

    /**
     * @param value the place written before the date of signature, or null
     * @return a copy with it
     */
    public SheetHeader withPlace(String value) {
        return new SheetHeader(council, product, productCode, producer, phone, address, value, date, member);
    }

    /**
     * @param value the date of the evaluation, or null
     * @return a copy with it
     */
    public SheetHeader withDate(LocalDate value) {
        return new SheetHeader(council, product, productCode, producer, phone, address, place, value, member);
    }

    /**
     * @param value the council member's name, or null
     * @return a copy with it
     */
    public SheetHeader withMember(String value) {
        return new SheetHeader(council, product, productCode, producer, phone, address, place, date, value);
    }
}
