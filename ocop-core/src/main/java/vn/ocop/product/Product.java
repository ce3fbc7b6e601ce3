package vn.ocop.product;

import java.util.Objects;
import vn.ocop.internal.Text;

/**
 * A product registered in the OCOP programme.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id identifier in the caller's registry, not blank
 * @param name product name (NFC), not blank
 * @param setNumber the rubric set that evaluates it (1 to 26)
 * @param productGroup the Annex I product group, "I" to "VI", not null
 * @param producerId id of its producer, not blank
 * @param provinceCode province code, not blank
 * @param communeCode commune code (or former district code for records before July 2025), not blank
 * @param code product code of the evaluation sheet, or null if not yet assigned
 */
public record Product(String id, String name, int setNumber, String productGroup, String producerId,
        String provinceCode, String communeCode, ProductCode code) {
    /**
     * Checks and normalises.
     *
     * @param id identifier in the caller's registry, not blank
     * @param name product name (NFC), not blank
     * @param setNumber the rubric set that evaluates it (1 to 26)
     * @param productGroup the Annex I product group, "I" to "VI", not null
     * @param producerId id of its producer, not blank
     * @param provinceCode province code, not blank
     * @param communeCode commune code (or former district code for records before July 2025), not blank
     * @param code product code of the evaluation sheet, or null if not yet assigned
     * @throws IllegalArgumentException if a text is blank, the set number is not 1 to 26 or the product group not
     *         I to VI
     */
    public Product {
        id = Text.nonBlank(id, "product id");
        name = Text.nonBlank(name, "product " + id + ": name");
        productGroup = Text.nfc(Objects.requireNonNull(productGroup, "productGroup"));
        producerId = Text.nonBlank(producerId, "product " + id + ": producerId");
        provinceCode = Text.nonBlank(provinceCode, "product " + id + ": provinceCode");
        communeCode = Text.nonBlank(communeCode, "product " + id + ": communeCode");
        if (setNumber < 1 || setNumber > 26) {
            throw new IllegalArgumentException("product " + id + ": set number must be 1 to 26, was " + setNumber);
        }
        if (!productGroup.matches("I|II|III|IV|V|VI")) {
            throw new IllegalArgumentException("product " + id + ": product group must be I to VI, was " + productGroup);
        }
    }
}
