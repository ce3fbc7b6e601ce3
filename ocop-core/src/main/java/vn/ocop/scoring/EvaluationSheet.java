package vn.ocop.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.internal.Text;

/**
 * One council member's evaluation sheet ("phiếu đánh giá"): the edition and rubric set, the member, one answer per
 * criterion, and any knock-out rules the member found to apply.
 *
 * <p>The sheet keeps what it is given, including mistakes (two answers for one criterion, unknown codes, missing
 * answers), so that {@link Evaluator} can report all of them; a sheet with missing answers is a draft that can be
 * scored with {@link Evaluator#scoreDraft} but not classified.
 *
 * <p>JSON form: {@code {"edition":"QD-26-2026","set":1,"member":"Thành viên 1","answers":{"1.1":"c","1.2":"b"},
 * "knockOuts":[]}}; a key repeated inside {@code answers} is kept as a duplicate answer, not silently dropped.
 *
 * <pre>{@code
 * EvaluationSheet sheet = EvaluationSheet.builder("QD-26-2026", 1, "Thành viên 1")
 *     .answer("1.1", "c").answer("1.2", "b") // ... one per criterion
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Text is normalised to NFC.
 *
 * @param edition edition id, not blank
 * @param set rubric set number, 1 to 26
 * @param member name or id of the council member, not blank
 * @param answers the answers in the order given, not null
 * @param knockOuts codes of knock-out rules found to apply, not null
 */
@JsonPropertyOrder({"edition", "set", "member", "answers", "knockOuts"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationSheet(
        @NotBlank String edition,
        @Min(1) @Max(26) int set,
        @NotBlank String member,
        @NotNull @JsonSerialize(using = EvaluationSheet.AnswersWriter.class)
        @JsonDeserialize(using = EvaluationSheet.AnswersReader.class) List<Answer> answers,
        @NotNull List<String> knockOuts) {

    /** Checks, normalises and copies the components. */
    @JsonCreator
    public EvaluationSheet(@JsonProperty("edition") String edition, @JsonProperty("set") int set,
            @JsonProperty("member") String member, @JsonProperty("answers") List<Answer> answers,
            @JsonProperty("knockOuts") List<String> knockOuts) {
        this.edition = Text.nfc(Objects.requireNonNull(edition, "edition"));
        this.set = set;
        this.member = Text.nfc(Objects.requireNonNull(member, "member"));
        this.answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
        List<String> ko = new ArrayList<>();
        for (String k : knockOuts == null ? List.<String>of() : knockOuts) {
            ko.add(Text.nfc(Objects.requireNonNull(k, "knockOut")));
        }
        this.knockOuts = List.copyOf(ko);
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

    /** Writes answers as a JSON object {@code {"1.1": "c", …}} (a duplicate stays a repeated key). */
    static final class AnswersWriter extends JsonSerializer<List<Answer>> {
        @Override
        public void serialize(List<Answer> value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            for (Answer a : value) {
                gen.writeStringField(a.criterion(), a.option());
            }
            gen.writeEndObject();
        }
    }

    /** Reads answers from a JSON object, keeping repeated keys as duplicate answers. */
    static final class AnswersReader extends JsonDeserializer<List<Answer>> {
        @Override
        public List<Answer> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return ctxt.reportInputMismatch(List.class, "answers must be a JSON object {\"criterion\": \"option\"}");
            }
            List<Answer> out = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String criterion = p.currentName();
                JsonToken v = p.nextToken();
                if (v != JsonToken.VALUE_STRING) {
                    return ctxt.reportInputMismatch(List.class, "answer for criterion '" + criterion
                            + "' must be an option code string, found " + v);
                }
                out.add(new Answer(criterion, p.getText()));
            }
            return out;
        }
    }
}
