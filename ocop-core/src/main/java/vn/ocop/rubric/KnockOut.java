package vn.ocop.rubric;

import java.util.Objects;

/**
 * A rule that ends an evaluation: "Hồ sơ bị loại khi …" (the dossier is rejected), "Bị loại nếu …", or a note that
 * stops the evaluation of the other items (e.g. hazardous foreign matter in the sensory check).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code code within the set, e.g. "KO1", not null
 * @param label the condition in our concise wording, not null
 * @param citation where it stands in the decision, not null
 * @param criterion code of the criterion the note belongs to, or null for a rule of the whole set
 */
public record KnockOut(String code, String label, String citation, String criterion) {
    /**
     * Checks the components.
     *
     * @param code code within the set, e.g. "KO1", not null
     * @param label the condition in our concise wording, not null
     * @param citation where it stands in the decision, not null
     * @param criterion code of the criterion the note belongs to, or null for a rule of the whole set
     */
    public KnockOut {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citation, "citation");
    }
}
