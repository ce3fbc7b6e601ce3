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
    /** Checks and normalises. */
    public Producer {
        id = Text.nfc(Objects.requireNonNull(id, "id"));
        name = Text.nfc(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(representative, "representative");
        provinceCode = Text.nfc(Objects.requireNonNull(provinceCode, "provinceCode"));
        communeCode = Text.nfc(Objects.requireNonNull(communeCode, "communeCode"));
        if (id.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("producer id and name must not be blank");
        }
    }
}
