package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.rubric.AnswerCondition;
import vn.ocop.rubric.CaseSpec;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.CriterionGroup;
import vn.ocop.rubric.DateRange;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.OnlyIf;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.Part;
import vn.ocop.rubric.PartSpec;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;
import vn.ocop.rubric.TaxonomyNode;

/**
 * The JSON mapping of {@code vn.ocop.rubric}: how editions, sets, criteria and options are written (the bundled data
 * itself is read by {@code RubricLoader}, which checks it), a star as its number (1 to 5), a date range as
 * {@code {"from":…,"until":…}} with an open end as null, a knock-out rule without its null criterion and without an
 * empty {@code when} (a finding).
 */
final class RubricMixins {
    private RubricMixins() {
    }

    /**
     * @param module the module to register the mix-ins with, not null
     */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(Star.class, StarMixin.class);
        module.setMixInAnnotation(DateRange.class, DateRangeMixin.class);
        module.setMixInAnnotation(Edition.class, EditionMixin.class);
        module.setMixInAnnotation(RubricSet.class, RubricSetMixin.class);
        module.setMixInAnnotation(Criterion.class, CriterionMixin.class);
        module.setMixInAnnotation(CriterionGroup.class, CommonMixins.NonNull.class);
        module.setMixInAnnotation(KnockOut.class, CommonMixins.NonEmpty.class);
        module.setMixInAnnotation(AnswerCondition.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(Option.class, OptionMixin.class);
        module.setMixInAnnotation(TaxonomyNode.class, CommonMixins.NonEmpty.class);
        // plain records, written as they are: listed so that the mapping of every rubric type is found here
        module.setMixInAnnotation(CaseSpec.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(OnlyIf.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(Part.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(PartSpec.class, CommonMixins.Plain.class);
        module.setMixInAnnotation(StarBand.class, CommonMixins.Plain.class);
    }

    /** A star as its number. */
    abstract static class StarMixin {
        @JsonValue
        abstract int level();

        @JsonCreator
        static Star of(int level) {
            return Star.of(level);
        }
    }

    /** Both ends always written, an open end as null. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract static class DateRangeMixin {
    }

    /** An edition in the order of its file. */
    @JsonPropertyOrder({"id", "title", "citation", "signed", "inForce", "transitionUntil", "bands", "parts",
        "taxonomy", "sets", "notes"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class EditionMixin {
        @JsonProperty
        abstract String id();

        @JsonProperty
        abstract String title();

        @JsonProperty
        abstract String citation();

        @JsonProperty
        abstract LocalDate signed();

        @JsonProperty
        abstract DateRange inForce();

        @JsonProperty
        abstract LocalDate transitionUntil();

        @JsonProperty
        abstract String inForceCitation();

        @JsonProperty
        abstract List<StarBand> bands();

        @JsonProperty
        abstract List<PartSpec> parts();

        @JsonProperty
        abstract List<TaxonomyNode> taxonomy();

        @JsonProperty
        abstract List<RubricSet> sets();

        @JsonProperty
        abstract List<String> notes();
    }

    /** A set in the order of its file; its knock-out list always written, even when empty. */
    @JsonPropertyOrder({"edition", "number", "name", "nameEn", "taxonomy", "citation", "knockOuts", "parts", "doubts",
        "unverified"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract static class RubricSetMixin {
        @JsonProperty("edition")
        abstract String editionId();

        @JsonProperty("number")
        abstract int number();

        @JsonProperty("name")
        abstract String name();

        @JsonProperty("nameEn")
        abstract String nameEn();

        @JsonProperty("taxonomy")
        abstract String taxonomy();

        @JsonProperty("citation")
        abstract String citation();

        @JsonProperty("knockOuts")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        abstract List<KnockOut> knockOuts();

        @JsonProperty("parts")
        abstract List<Part> parts();

        @JsonProperty("doubts")
        abstract List<String> doubts();

        @JsonProperty("unverified")
        abstract boolean unverified();

        @JsonIgnore
        abstract List<Criterion> leafCriteria();
    }

    /** A criterion without its derived views. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract static class CriterionMixin {
        @JsonIgnore
        abstract boolean isLeaf();

        @JsonIgnore
        abstract List<Criterion> leaves();
    }

    /** An option's case code under the key {@code case}, as in the data files. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract static class OptionMixin {
        @JsonProperty("case")
        abstract String caseCode();
    }
}
