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
 * @param businessRegistration the business registration number ("số đăng ký kinh doanh"), or null when not recorded;
 *        a household registers a product only with one (Điều 2.3: "hộ gia đình có đăng ký kinh doanh")
 */
public record Producer(String id, String name, ProducerType type, LegalRepresentative representative,
        String provinceCode, String communeCode, String businessRegistration) {
    /**
     * Checks and normalises.
     *
     * @param id identifier in the caller's registry, not blank
     * @param name name (NFC), not blank
     * @param type producer type, not null
     * @param representative legal representative, not null
     * @param provinceCode code of the province, not blank
     * @param communeCode code of the commune (or of the district for records before July 2025), not blank
     * @param businessRegistration the business registration number, or null when not recorded (not blank)
     * @throws IllegalArgumentException if a text is blank
     */
    public Producer {
        id = Text.nonBlank(id, "producer id");
        name = Text.nonBlank(name, "producer " + id + ": name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(representative, "representative");
        provinceCode = Text.nonBlank(provinceCode, "producer " + id + ": provinceCode");
        communeCode = Text.nonBlank(communeCode, "producer " + id + ": communeCode");
        if (businessRegistration != null) {
            businessRegistration = Text.nonBlank(businessRegistration, "producer " + id + ": businessRegistration");
        }
    }

    /**
     * A producer whose business registration is not recorded.
     *
     * @param id identifier in the caller's registry, not blank
     * @param name name (NFC), not blank
     * @param type producer type, not null
     * @param representative legal representative, not null
     * @param provinceCode code of the province, not blank
     * @param communeCode code of the commune (or of the district for records before July 2025), not blank
     * @throws IllegalArgumentException if a text is blank
     */
    public Producer(String id, String name, ProducerType type, LegalRepresentative representative,
            String provinceCode, String communeCode) {
        this(id, name, type, representative, provinceCode, communeCode, null);
    }
}
