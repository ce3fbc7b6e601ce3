package vn.ocop.scoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.internal.Beans;
import vn.ocop.internal.Text;

/**
 * One council member's evaluation sheet ("phiếu đánh giá"): the edition and rubric set, the member, one answer per
 * criterion, and any knock-out rules the member found to apply.
 *
 * <p>A sheet says what it is and who filled it: its own fields are checked when it is made (Bean Validation:
 * {@code @NotBlank edition}, {@code @Min(1) @Max(26) set}, {@code @NotBlank member}), and a sheet that breaks them
 * is not made ({@link SheetValidationException} listing every broken constraint). Its answers are kept as given,
 * mistakes included (two answers for one criterion, unknown codes, missing answers), so that {@link Evaluator} can
 * report all of them against the rubric; a sheet with missing answers is a draft that can be scored with
 * {@link Evaluator#scoreDraft} but not classified.
 *
 * <p>JSON form (read and written with {@code OcopJson.mapper()}): {@code {"edition":"QD-26-2026","set":1,
 * "member":"Thành viên 1","answers":{"1.1":"c","1.2":"b"},"knockOuts":[]}}; a key repeated inside {@code answers}
 * is kept as a duplicate answer, not silently dropped.
 *
 * <pre>{@code
 * EvaluationSheet sheet = EvaluationSheet.builder("QD-26-2026", 1, "Thành viên 1")
 *     .answer("1.1", "c").answer("1.2", "b") // ... one per criterion
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Text is normalised to NFC and stripped of surrounding white space.
 *
 * @param edition edition id, not blank
 * @param set rubric set number, 1 to 26
 * @param member name or id of the council member, not blank
 * @param answers the answers in the order given, not null
 * @param knockOuts codes of knock-out rules found to apply, not null (null reads as none)
 */
public record EvaluationSheet(
        @NotBlank(message = "{vn.ocop.constraints.NotBlank.message}") String edition,
        @Min(value = 1, message = "{vn.ocop.constraints.Min.message}")
        @Max(value = 26, message = "{vn.ocop.constraints.Max.message}") int set,
        @NotBlank(message = "{vn.ocop.constraints.NotBlank.message}") String member,
        List<Answer> answers,
        List<String> knockOuts) {

    /**
     * Checks, normalises and copies the components.
     *
     * @param edition edition id, not blank
     * @param set rubric set number, 1 to 26
     * @param member name or id of the council member, not blank
     * @param answers the answers in the order given, not null
     * @param knockOuts codes of knock-out rules found to apply, not null (null reads as none)
     * @throws NullPointerException if {@code edition}, {@code member}, {@code answers} or a knock-out code is null
     * @throws SheetValidationException if the edition or the member is blank or the set is not 1 to 26 (every
     *         broken constraint listed)
     */
    public EvaluationSheet(String edition, int set, String member, List<Answer> answers, List<String> knockOuts) {
        this.edition = Text.nfc(Objects.requireNonNull(edition, "edition"));
        this.set = set;
        this.member = Text.nfc(Objects.requireNonNull(member, "member"));
        this.answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
        List<String> ko = new ArrayList<>();
        for (String k : knockOuts == null ? List.<String>of() : knockOuts) {
            ko.add(Text.nfc(Objects.requireNonNull(k, "knockOut")));
        }
        this.knockOuts = List.copyOf(ko);
        List<SheetProblem> invalid = new ArrayList<>();
        for (Beans.Violation v : Beans.violations(this)) {
            invalid.add(SheetProblem.invalidField(EvaluationSheet.class, this.member, v));
        }
        if (!invalid.isEmpty()) {
            throw this.member.isEmpty() ? new SheetValidationException("context.sheet.unnamed", List.of(), invalid)
                    : new SheetValidationException("context.sheet", List.of(this.member), invalid);
        }
    }

    /**
     * @param edition edition id
     * @param set set number
     * @param member council member
     * @return a builder
     */
    public static Builder builder(String edition, int set, String member) {
        return new Builder(edition, set, member);
    }

    /**
     * @param member another member name
     * @return a copy of this sheet under another member's name
     */
    public EvaluationSheet withMember(String member) {
        return new EvaluationSheet(edition, set, member, answers, knockOuts);
    }

    /**
     * @param criterion a criterion code
     * @param option the option code to choose instead
     * @return a copy with every answer for that criterion replaced by one answer (added if missing)
     */
    public EvaluationSheet withAnswer(String criterion, String option) {
        List<Answer> out = new ArrayList<>();
        boolean done = false;
        String c = Text.nfc(criterion);
        for (Answer a : answers) {
            if (a.criterion().equals(c)) {
                if (!done) {
                    out.add(new Answer(c, option));
                    done = true;
                }
            } else {
                out.add(a);
            }
        }
        if (!done) {
            out.add(new Answer(c, option));
        }
        return new EvaluationSheet(edition, set, member, out, knockOuts);
    }

    /**
     * @param criterion a criterion code
     * @return a copy without any answer for that criterion
     */
    public EvaluationSheet withoutAnswer(String criterion) {
        String c = Text.nfc(criterion);
        return new EvaluationSheet(edition, set, member,
                answers.stream().filter(a -> !a.criterion().equals(c)).toList(), knockOuts);
    }

    /**
     * @param codes knock-out codes found to apply
     * @return a copy with these knock-outs
     */
    public EvaluationSheet withKnockOuts(List<String> codes) {
        return new EvaluationSheet(edition, set, member, answers, codes);
    }

    /** Builds a sheet answer by answer. Not thread-safe. */
    public static final class Builder {
        private final String edition;
        private final int set;
        private final String member;
        private final List<Answer> answers = new ArrayList<>();
        private final List<String> knockOuts = new ArrayList<>();

        private Builder(String edition, int set, String member) {
            this.edition = edition;
            this.set = set;
            this.member = member;
        }

        /**
         * @param criterion criterion code
         * @param option option code (or {@value Answer#NONE})
         * @return this builder
         */
        public Builder answer(String criterion, String option) {
            answers.add(new Answer(criterion, option));
            return this;
        }

        /**
         * @param code code of a knock-out rule found to apply
         * @return this builder
         */
        public Builder knockOut(String code) {
            knockOuts.add(code);
            return this;
        }

        /** @return the sheet */
        public EvaluationSheet build() {
            return new EvaluationSheet(edition, set, member, answers, knockOuts);
        }
    }

    /**
     * Reads one member's evaluation sheet from JSON: the one entry point for a file. Unlike {@code OcopJson.mapper().readValue}, every
     * failure is an {@link vn.ocop.InvalidInputException} whose problems name the source, line, column and JSON
     * path in the reader's language (Vietnamese by default), never the parser's own text.
     *
     * @param in the document (UTF-8, a byte-order mark allowed), not null; read to the end, not closed
     * @param source the file's or stream's name, for problems, not null
     * @return the sheet
     * @throws vn.ocop.InvalidInputException if the document is malformed, too large or breaks a rule of the type
     */
    public static EvaluationSheet read(java.io.InputStream in, String source) {
        return vn.ocop.internal.json.JsonDocuments.read(in, source, EvaluationSheet.class,
                (problems, cause) -> new vn.ocop.InvalidInputException("evaluation sheet file", problems, cause));
    }

    /**
     * @param file a JSON file, not null; its name is the problems' source
     * @return the sheet
     * @throws java.io.IOException if the file cannot be opened
     * @throws vn.ocop.InvalidInputException as {@link #read(java.io.InputStream, String)}
     */
    public static EvaluationSheet read(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }
}
