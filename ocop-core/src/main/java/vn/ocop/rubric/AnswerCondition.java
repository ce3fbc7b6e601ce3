package vn.ocop.rubric;

import java.util.List;
import java.util.Objects;
import vn.ocop.internal.Text;

/**
 * One answer that sets off a knock-out rule driven by answers: a criterion and the options of it that do. The law
 * states such rules in terms of the answers themselves ("Nếu được 0 điểm tại một trong các chỉ tiêu trên, sẽ không
 * đánh giá các bước tiếp theo"), so the engine applies them from the sheets, with no member ticking anything.
 *
 * <p>The options are the lowest ones of the criterion: every option scoring at most the most any of them scores is
 * listed (the loader checks this), so "the answer is one of these options" and "the points reached on the criterion
 * are at most theirs" say the same thing; the engine uses the second form for a council's mean. An answer
 * {@code "none"} (no listed option applies, 0 points) is below every option and sets the rule off too.
 *
 * <p>Immutable and thread-safe.
 *
 * @param criterion code of an answerable criterion, not null; normalised to NFC
 * @param options the codes of its options that set the rule off, not empty; normalised to NFC
 */
public record AnswerCondition(String criterion, List<String> options) {
    /**
     * Checks, normalises and copies the components.
     *
     * @param criterion code of an answerable criterion, not null
     * @param options the codes of its options that set the rule off, not empty
     * @throws NullPointerException if the criterion, the list or an option code is null
     * @throws IllegalArgumentException if there is no option
     */
    public AnswerCondition {
        criterion = Text.nfc(Objects.requireNonNull(criterion, "criterion"));
        options = options.stream().map(o -> Text.nfc(Objects.requireNonNull(o, "option"))).toList();
        if (options.isEmpty()) {
            throw new IllegalArgumentException("an answer condition on " + criterion + " needs at least one option");
        }
    }
}
