package vn.ocop.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One problem of an evaluation sheet.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what is wrong, not null
 * @param member the member whose sheet it is, not null
 * @param criterion the criterion concerned, may be null
 * @param option the option concerned, may be null
 * @param message a readable explanation, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SheetProblem(Kind kind, String member, String criterion, String option, String message) {
    /** Kinds of sheet problems. */
    public enum Kind {
        /** The sheet is for another edition or set than the evaluator's. */
        WRONG_SET,
        /** The criterion code is not a criterion an evaluator answers in this set. */
        UNKNOWN_CRITERION,
        /** The criterion has no option with this code. */
        UNKNOWN_OPTION,
        /** Two answers were given for one criterion. */
        DUPLICATE_ANSWER,
        /** No answer for a criterion that applies. */
        MISSING_ANSWER,
        /** An option was chosen for a criterion whose "only if" condition is not met. */
        NOT_APPLICABLE,
        /** The knock-out code is not a rule of this set. */
        UNKNOWN_KNOCK_OUT,
        /** A constraint on the sheet's fields (blank member, set out of range) is broken. */
        INVALID_FIELD
    }

    /** Checks the components. */
    public SheetProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return kind + " [" + member + (criterion == null ? "" : ", " + criterion) + "]: " + message;
    }
}
