package vn.ocop.rubric;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;

/**
 * A rule that ends an evaluation: "Hồ sơ bị loại khi …" (the dossier is rejected), "Bị loại nếu …", "Không đánh
 * giá những sản phẩm …", or a note that stops the evaluation of the other items ("sẽ không đánh giá các bước tiếp
 * theo", e.g. hazardous foreign matter in the sensory check).
 *
 * <p>Two kinds, by what sets the rule off:
 * <ul>
 * <li>a <b>finding</b> ({@link #when()} empty): a fact the sheet does not record (a forged dossier, a copy of
 * another producer's product, hazardous foreign matter); a council member or the council raises it by its code;</li>
 * <li>a rule <b>on answers</b> ({@link #answerDriven()}): the clause follows from the answers themselves (set 16 of
 * Decision 26/2026: 0 points on any of the sensory criteria 6.1 to 6.4 stops the evaluation); the engine applies it
 * from the sheets, and nobody ticks it.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code code within the set, e.g. "KO1", not null
 * @param label the condition in our concise wording, not null
 * @param citation where it stands in the decision, not null
 * @param criterion code of the criterion the note stands under, or null for a rule of the whole set (or of a group)
 * @param effect what the law makes of it, not null
 * @param when the answers that set it off, any one of them sufficing; empty for a finding; not null
 */
public record KnockOut(String code, String label, String citation, String criterion, Effect effect,
        List<AnswerCondition> when) {

    /** What a knock-out rule does, in the law's words. */
    public enum Effect implements Localized {
        /** "Hồ sơ bị loại khi …", "Bị loại nếu …", "… sẽ bị loại bỏ": the dossier or the product is eliminated. */
        REJECT,
        /** "Không đánh giá những sản phẩm …": the product is not evaluated at all. */
        NOT_EVALUATED,
        /**
         * "… sẽ không đánh giá các bước tiếp theo", "Không xem xét các chỉ tiêu khác nếu …": the evaluation ends at
         * that point, and the product is not classified.
         */
        STOP;

        private static final Messages TEXT = Messages.of("rubric");

        /**
         * @param locale the reader's locale, not null
         * @return what the rule does, e.g. "dừng đánh giá" / "evaluation stopped"
         */
        @Override
        public String text(Locale locale) {
            return TEXT.text(locale, "knockOutEffect." + name());
        }
    }

    /**
     * Checks the components and copies the list.
     *
     * @param code code within the set, e.g. "KO1", not null
     * @param label the condition in our concise wording, not null
     * @param citation where it stands in the decision, not null
     * @param criterion code of the criterion the note stands under, or null for a rule of the whole set
     * @param effect what the law makes of it, not null
     * @param when the answers that set it off, any one of them sufficing; empty for a finding; not null
     * @throws NullPointerException if a component that must not be null is null
     */
    public KnockOut {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(effect, "effect");
        when = List.copyOf(when);
    }

    /**
     * A finding (no answer sets it off).
     *
     * @param code code within the set, not null
     * @param label the condition in our concise wording, not null
     * @param citation where it stands in the decision, not null
     * @param criterion code of the criterion the note stands under, or null
     * @param effect what the law makes of it, not null
     * @return the rule
     */
    public static KnockOut finding(String code, String label, String citation, String criterion, Effect effect) {
        return new KnockOut(code, label, citation, criterion, effect, List.of());
    }

    /** @return whether the rule follows from the answers (the engine applies it; nobody raises it) */
    public boolean answerDriven() {
        return !when.isEmpty();
    }
}
