package vn.ocop.scoring;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.ocop.Problem;
import vn.ocop.format.Formats;
import vn.ocop.internal.Beans;
import vn.ocop.internal.Messages;

/**
 * One problem of an evaluation sheet or of a council's input: what is wrong ({@link Kind}), on whose sheet, which
 * criterion, option or knock-out code, and where in the sheet's JSON form ({@link #path()}).
 *
 * <p>Its text is in Vietnamese ({@link #message()}) or in English on request ({@link #message(Locale)});
 * {@link #toProblem(Locale)} gives it as a {@link Problem} whose source is the member's sheet.
 *
 * <p>Made by the engine only. Immutable, thread-safe and serialisable.
 */
public final class SheetProblem implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Messages TEXT = Messages.of("scoring");

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
        /** A constraint on the input's own fields is broken (a blank member or edition, a set out of 1 to 26, a
         * council without members or with fewer than one appointed member). */
        INVALID_FIELD,
        /** Two sheets of one round for the same member (names compared in NFC, trimmed). */
        DUPLICATE_MEMBER,
        /** A second-round sheet of someone who has no sheet in the first round. */
        UNKNOWN_MEMBER,
        /** The code of a rule on answers named as a finding: the engine applies such a rule from the answers. */
        ANSWER_RULE,
        /** A knock-out rule the council both upholds and dismisses. */
        KNOCK_OUT_DECIDED_TWICE,
        /**
         * The council rules set a quorum, but the council does not say how many members were appointed, or who
         * chairs it when the chair must take part.
         */
        QUORUM_UNKNOWN,
        /** More members took part than were appointed. */
        TOO_MANY_MEMBERS
    }

    /** What is wrong. */
    private final Kind kind;
    /** The member whose sheet it is, or null for the council's own input. */
    private final String member;
    /** The criterion concerned, or null. */
    private final String criterion;
    /** The option or knock-out code concerned, or null. */
    private final String option;
    /** Where it is in the sheet's (or council's) JSON form. */
    private final String path;
    /** The message's key in the scoring bundle (for {@link Kind#INVALID_FIELD}: the property whose constraint is broken). */
    private final String key;
    /** The values the message names, in Vietnamese. */
    private final List<String> vietnamese;
    /** The values the message names in English (the rubric's English names where they differ). */
    private final List<String> english;
    /** For a broken Bean Validation constraint: the input type it is declared on; else null. */
    private final Class<?> inputType;
    /** For a broken Bean Validation constraint: the value that breaks it; else null. */
    private final Serializable value;

    private SheetProblem(Kind kind, String member, String criterion, String option, String path, String key,
            List<String> vietnamese, List<String> english, Class<?> inputType, Serializable value) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.member = member;
        this.criterion = criterion;
        this.option = option;
        this.path = Objects.requireNonNull(path, "path");
        this.key = Objects.requireNonNull(key, "key");
        this.vietnamese = List.copyOf(vietnamese);
        this.english = List.copyOf(english);
        this.inputType = inputType;
        this.value = value;
    }

    /** A problem whose message names these values in Vietnamese, and these in English. */
    SheetProblem(Kind kind, String member, String criterion, String option, String path, String key,
            List<String> vietnamese, List<String> english) {
        this(kind, member, criterion, option, path, key, vietnamese, english, null, null);
    }

    /** A problem whose message names the same values in both languages. */
    SheetProblem(Kind kind, String member, String criterion, String option, String path, String key,
            List<String> values) {
        this(kind, member, criterion, option, path, key, values, values);
    }

    /**
     * A broken constraint of an input record's field.
     *
     * @param type the input record, e.g. {@code EvaluationSheet.class}
     * @param member whose input it is, or null for the council's
     * @param violation the constraint violation
     */
    static SheetProblem invalidField(Class<?> type, String member, Beans.Violation violation) {
        Object v = violation.value();
        Serializable value = v instanceof java.util.Collection<?> c ? new java.util.ArrayList<>(c)
                : v instanceof Serializable s ? s : String.valueOf(v);
        List<String> shown = List.of(String.valueOf(v));
        return new SheetProblem(Kind.INVALID_FIELD, member, null, null, "$." + violation.property(),
                violation.property(), shown, shown, type, value);
    }

    /** @return what is wrong, not null */
    public Kind kind() {
        return kind;
    }

    /** @return the member whose sheet it is, or null for the council's own input (its knock-out codes, members) */
    public String member() {
        return member;
    }

    /** @return the criterion concerned, or null */
    public String criterion() {
        return criterion;
    }

    /** @return the option or knock-out code concerned, or null */
    public String option() {
        return option;
    }

    /**
     * @return where the problem is in the sheet's JSON form: {@code $.answers["1.5"]}, {@code $.knockOuts[0]},
     *         {@code $.set}… (in the council's JSON form for the council's own input: {@code $.knockOuts[0]},
     *         {@code $.members})
     */
    public String path() {
        return path;
    }

    /** @return what is wrong, in Vietnamese */
    public String message() {
        return message(Formats.VIETNAMESE_LOCALE);
    }

    /**
     * @param locale the reader's locale, not null: English for an English locale, Vietnamese for every other
     * @return what is wrong, in that language
     */
    public String message(Locale locale) {
        List<String> values = Formats.isEnglish(locale) ? english : vietnamese;
        if (inputType != null) {
            String what = Beans.message(inputType, key, value, locale);
            return TEXT.text(locale, "problem.INVALID_FIELD", Beans.propertyName(key, locale), what, values.get(0));
        }
        return TEXT.text(locale, key, values.toArray());
    }

    /**
     * @param locale the reader's locale, not null
     * @return the problem with its source (the member's sheet, or the council), its path and its message in that
     *         language
     */
    public Problem toProblem(Locale locale) {
        String source = member == null ? TEXT.text(locale, "source.council")
                : member.isEmpty() ? TEXT.text(locale, "source.sheet.unnamed") : TEXT.text(locale, "source.sheet", member);
        return new Problem(source, path, message(locale));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SheetProblem p && kind == p.kind && Objects.equals(member, p.member)
                && Objects.equals(criterion, p.criterion) && Objects.equals(option, p.option) && path.equals(p.path)
                && key.equals(p.key) && vietnamese.equals(p.vietnamese) && english.equals(p.english)
                && Objects.equals(inputType, p.inputType) && Objects.equals(value, p.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, member, criterion, option, path, key, vietnamese);
    }

    /** @return the problem in English with its source and path, for logs */
    @Override
    public String toString() {
        return toProblem(Locale.ENGLISH).toString();
    }
}
