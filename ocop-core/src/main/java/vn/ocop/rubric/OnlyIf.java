package vn.ocop.rubric;

import java.util.List;
import java.util.Objects;

/**
 * The condition of a criterion that applies only in some cases ("Chỉ áp dụng khi …"): it applies when the answer
 * to another criterion is one of the listed options; otherwise it is not applicable and scores 0.
 *
 * <p>Immutable and thread-safe.
 *
 * @param criterion code of the criterion the condition looks at, not null
 * @param options option codes of that criterion for which this one applies, not null
 * @param label the condition in words, not null
 */
public record OnlyIf(String criterion, List<String> options, String label) {
    /**
     * Checks the components and copies the list.
     *
     * @param criterion code of the criterion the condition looks at, not null
     * @param options option codes of that criterion for which this one applies, not null
     * @param label the condition in words, not null
     */
    public OnlyIf {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(label, "label");
        options = List.copyOf(options);
    }
}
