package vn.ocop.product;

import java.util.Objects;
import vn.ocop.internal.Text;

/**
 * The legal representative of a producer, as recorded for statistics and for criterion 3.2 of the 26/2026 sets
 * ("Đại diện pháp luật của chủ thể là nữ; hoặc đồng bào dân tộc thiểu số; hoặc người khuyết tật").
 *
 * <p>Immutable and thread-safe.
 *
 * @param name full name (NFC), not blank
 * @param female whether a woman
 * @param ethnicity ethnic group, e.g. "Kinh", "Khmer", "Tày" (NFC), not null
 * @param disabled whether a person with a disability
 */
public record LegalRepresentative(String name, boolean female, String ethnicity, boolean disabled) {
    /**
     * Checks and normalises.
     *
     * @param name full name (NFC), not blank
     * @param female whether a woman
     * @param ethnicity ethnic group, e.g. "Kinh", "Khmer", "Tày" (NFC), not null
     * @param disabled whether a person with a disability
     * @throws IllegalArgumentException if the name is blank
     */
    public LegalRepresentative {
        name = Text.nonBlank(name, "legal representative name");
        ethnicity = Text.nfc(Objects.requireNonNull(ethnicity, "ethnicity"));
    }

    /** @return whether an ethnic minority person (any group other than Kinh) */
    public boolean ethnicMinority() {
        return !Text.key(ethnicity).equals("kinh");
    }

    /** @return whether criterion 3.2 scores its point: woman, ethnic minority or disabled */
    public boolean qualifiesForCriterion32() {
        return female || ethnicMinority() || disabled;
    }
}
