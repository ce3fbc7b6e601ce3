package vn.ocop.product;

import java.util.Objects;
import vn.ocop.internal.Text;

/**
 * An OCOP producer ("chủ thể OCOP", Điều 2.3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id identifier in the caller's registry, not blank
 * @param name name (NFC), not blank
 * @param type producer type, not null
 * @param representative legal representative, not null
 * @param provinceCode code of the province, not blank
 * @param communeCode code of the commune (or of the district for records before July 2025), not blank
 */
public record Producer(String id, String name, ProducerType type, LegalRepresentative representative,
        String provinceCode, String communeCode) {
    /**
     * Checks and normalises.
     *
     * @param id identifier in the caller's registry, not blank
     * @param name name (NFC), not blank
     * @param type producer type, not null
     * @param representative legal representative, not null
     * @param provinceCode code of the province, not blank
     * @param communeCode code of the commune (or of the district for records before July 2025), not blank
     * @throws IllegalArgumentException if a text is blank
     */
    public Producer {
        id = Text.nonBlank(id, "producer id");
        name = Text.nonBlank(name, "producer " + id + ": name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(representative, "representative");
        provinceCode = Text.nonBlank(provinceCode, "producer " + id + ": provinceCode");
        communeCode = Text.nonBlank(communeCode, "producer " + id + ": communeCode");
    }
}
