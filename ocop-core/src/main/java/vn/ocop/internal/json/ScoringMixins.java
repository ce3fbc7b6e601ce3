package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;
import vn.ocop.rubric.KnockOut;
import vn.ocop.scoring.Answer;
import vn.ocop.scoring.Attendance;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.CouncilRules;
import vn.ocop.scoring.CriterionLine;
import vn.ocop.scoring.CriterionScore;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.scoring.Explanation;
import vn.ocop.scoring.FailedMinimum;
import vn.ocop.scoring.KnockOutFinding;
import vn.ocop.scoring.KnockOutOutcome;
import vn.ocop.scoring.KnockOutPolicy;
import vn.ocop.scoring.MemberTotal;
import vn.ocop.scoring.MinimumPolicy;
import vn.ocop.scoring.PolicyAlternative;
import vn.ocop.scoring.Quorum;
import vn.ocop.scoring.SheetScore;

/**
 * The JSON mapping of {@code vn.ocop.scoring}, as Jackson mix-ins.
 *
 * <p>Input, read and written: an {@link EvaluationSheet} is {@code {"edition":"QD-26-2026","set":1,
 * "member":"Thành viên 1","answers":{"1.1":"c",…},"knockOuts":["KO1"]}} ({@code answers} an object of criterion
 * code to option code; a key repeated there is kept as a duplicate answer for the evaluator to report), a
 * {@link Council} is {@code {"chair":…,"appointed":9,"members":[sheet,…],"secondRound":[sheet,…],
 * "agreedSheet":sheet,"knockOuts":[…],"dismissedKnockOuts":[…]}}, {@link CouncilRules} are
 * {@code {"minimumPolicy":…,"knockOutPolicy":…,"quorum":{"percent":75,"chairRequired":true},"outlierPoints":10,
 * "rescoreOutliers":false,"displayScale":2}} (every key optional, absent keys take the defaults).
 *
 * <p>Results, written only: a {@link CouncilResult} is written with its lazy parts ({@code edition}, {@code set},
 * {@code classification}, {@code mean}, {@code meanDisplay}, {@code spread}, {@code members}, {@code outliers},
 * {@code rules}, {@code attendance}, {@code sheets}, {@code explanation}; each once: the explanation leaves out the
 * classification, rules and attendance, and the first round's sheets are not written); a {@link Classification} with its derived {@code bandStars},
 * {@code certifiable} and {@code authority}; a knock-out outcome as {@code {"rule":{…},"verdict":…,"applied":…,
 * "findings":[{"rule":{…},"member":…,"criterion":…,"byCouncil":…}]}}; an {@link Attendance} with its derived
 * {@code quorumMet}; an {@link Explanation} with its {@code band}, {@code policy}, {@code nextStar} and
 * {@code knockOuts} and without a second copy of the classification. Absent values (null) are left out, except a council of one's
 * {@code othersMean}.
 */
public final class ScoringMixins {
    private ScoringMixins() {
    }

    /** @param module the module to register the mix-ins with */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(EvaluationSheet.class, SheetMixin.class);
        module.setMixInAnnotation(Council.class, CouncilMixin.class);
        module.setMixInAnnotation(CouncilResult.class, CouncilResultMixin.class);
        module.setMixInAnnotation(Classification.class, ClassificationMixin.class);
        module.setMixInAnnotation(KnockOutFinding.class, KnockOutFindingMixin.class);
        module.setMixInAnnotation(KnockOutOutcome.class, KnockOutOutcomeMixin.class);
        module.setMixInAnnotation(CouncilRules.class, CouncilRulesMixin.class);
        module.setMixInAnnotation(Quorum.class, QuorumMixin.class);
        module.setMixInAnnotation(Attendance.class, AttendanceMixin.class);
        module.setMixInAnnotation(PolicyAlternative.class, NonNullMixin.class);
        module.setMixInAnnotation(Explanation.class, ExplanationMixin.class);
        module.setMixInAnnotation(CriterionScore.class, NonNullMixin.class);
        module.setMixInAnnotation(CriterionLine.class, NonNullMixin.class);
        module.setMixInAnnotation(FailedMinimum.class, NonNullMixin.class);
        module.setMixInAnnotation(SheetScore.class, PlainMixin.class);
        module.setMixInAnnotation(MemberTotal.class, PlainMixin.class);
    }

    @JsonPropertyOrder({"edition", "set", "member", "answers", "knockOuts"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class SheetMixin {
        @JsonCreator
        SheetMixin(@JsonProperty("edition") String edition, @JsonProperty("set") int set,
                @JsonProperty("member") String member,
                @JsonProperty("answers") @JsonDeserialize(using = AnswersReader.class) List<Answer> answers,
                @JsonProperty("knockOuts") List<String> knockOuts) {
        }

        @JsonSerialize(using = AnswersWriter.class)
        abstract List<Answer> answers();
    }

    @JsonPropertyOrder({"chair", "appointed", "members", "secondRound", "agreedSheet", "knockOuts",
        "dismissedKnockOuts"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class CouncilMixin {
        @JsonCreator
        CouncilMixin(@JsonProperty("members") List<EvaluationSheet> members,
                @JsonProperty("agreedSheet") EvaluationSheet agreedSheet,
                @JsonProperty("knockOuts") List<String> knockOuts, @JsonProperty("chair") String chair,
                @JsonProperty("appointed") Integer appointed,
                @JsonProperty("secondRound") List<EvaluationSheet> secondRound,
                @JsonProperty("dismissedKnockOuts") List<String> dismissedKnockOuts) {
        }

        @JsonIgnore
        abstract boolean hasSecondRound();
    }

    @JsonPropertyOrder({"minimumPolicy", "knockOutPolicy", "quorum", "outlierPoints", "rescoreOutliers",
        "displayScale"})
    @JsonIgnoreProperties(value = {"$schema"}, allowGetters = false)
    abstract static class CouncilRulesMixin {
        @JsonCreator
        static CouncilRules fromFile(@JsonProperty("minimumPolicy") MinimumPolicy minimumPolicy,
                @JsonProperty("knockOutPolicy") KnockOutPolicy knockOutPolicy,
                @JsonProperty("quorum") java.util.Map<String, Object> quorum,
                @JsonProperty("outlierPoints") BigDecimal outlierPoints,
                @JsonProperty("rescoreOutliers") Boolean rescoreOutliers,
                @JsonProperty("displayScale") Integer displayScale) {
            return null;
        }

        @JsonProperty("minimumPolicy")
        abstract MinimumPolicy minimumPolicy();

        @JsonProperty("knockOutPolicy")
        abstract KnockOutPolicy knockOutPolicy();

        @JsonProperty("quorum")
        abstract Quorum quorum();

        @JsonProperty("outlierPoints")
        abstract BigDecimal outlierPoints();

        @JsonProperty("rescoreOutliers")
        abstract boolean rescoreOutliers();

        @JsonProperty("displayScale")
        abstract int displayScale();
    }

    @JsonPropertyOrder({"percent", "chairRequired"})
    abstract static class QuorumMixin {
        @JsonIgnore
        abstract boolean isNone();
    }

    @JsonPropertyOrder({"present", "appointed", "chair", "chairPresent", "quorum", "quorumMet"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class AttendanceMixin {
        @JsonProperty("quorumMet")
        abstract boolean quorumMet();
    }

    @JsonPropertyOrder({"rule", "verdict", "applied", "findings"})
    abstract static class KnockOutOutcomeMixin {
        @JsonProperty("applied")
        abstract boolean applied();
    }

    @JsonPropertyOrder({"edition", "set", "classification", "mean", "meanDisplay", "spread", "members", "outliers",
        "rules", "attendance", "sheets", "explanation"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class CouncilResultMixin {
        @JsonProperty("edition")
        abstract String edition();

        @JsonProperty("set")
        abstract int set();

        @JsonProperty("classification")
        abstract Classification classification();

        @JsonProperty("mean")
        abstract BigDecimal mean();

        @JsonProperty("meanDisplay")
        abstract BigDecimal meanDisplay();

        @JsonProperty("spread")
        abstract BigDecimal spread();

        @JsonProperty("members")
        abstract List<MemberTotal> members();

        @JsonProperty("outliers")
        abstract List<String> outliers();

        @JsonProperty("sheets")
        abstract List<SheetScore> sheets();

        @JsonIgnore
        abstract List<SheetScore> firstRound();

        @JsonIgnore
        abstract List<KnockOutOutcome> knockOuts();

        @JsonIgnore
        abstract MinimumPolicy policy();

        @JsonIgnore
        abstract List<PolicyAlternative> alternatives();

        @JsonIgnore
        abstract List<String> rescored();

        @JsonProperty("rules")
        abstract CouncilRules rules();

        @JsonProperty("attendance")
        abstract Attendance attendance();

        @JsonProperty("explanation")
        abstract Explanation explanation();
    }

    @JsonPropertyOrder({"status", "stars", "bandStars", "band", "mean", "certifiable", "authority", "knockOuts",
        "rescore"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class ClassificationMixin {
        @JsonProperty("bandStars")
        abstract Star bandStars();

        @JsonProperty("certifiable")
        abstract boolean certifiable();

        @JsonProperty("authority")
        abstract Authority authority();

        @JsonIgnore
        abstract List<KnockOut> knockOutRules();

        @JsonIgnore
        abstract List<KnockOut> pendingKnockOuts();
    }

    @JsonPropertyOrder({"rule", "member", "criterion", "byCouncil"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class KnockOutFindingMixin {
        @JsonProperty("byCouncil")
        abstract boolean byCouncil();
    }

    @JsonPropertyOrder({"edition", "editionCitation", "set", "setName", "setNameEn", "criteria", "parts",
        "rescored", "band", "policy", "knockOuts", "failedMinimums", "nextStar",
        "pointsToNextBand", "minimumsForNextStar", "alternatives"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class ExplanationMixin {
        @JsonIgnore
        abstract Classification classification();

        @JsonIgnore
        abstract CouncilRules rules();

        @JsonIgnore
        abstract Attendance attendance();

        @JsonProperty("band")
        abstract StarBand band();

        @JsonProperty("nextStar")
        abstract Star nextStar();

        @JsonProperty("knockOuts")
        abstract List<KnockOutOutcome> knockOuts();

        @JsonProperty("policy")
        abstract MinimumPolicy policy();
    }

    /** Records written with their components, absent values left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class NonNullMixin {
    }

    /** Records written with all their components. */
    abstract static class PlainMixin {
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
