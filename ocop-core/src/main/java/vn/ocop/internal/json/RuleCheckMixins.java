package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.Star;
import vn.ocop.rulecheck.RuleCheckCase;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.MinimumPolicy;

/**
 * The JSON mapping of {@code vn.ocop.rulecheck}'s case files, as Jackson mix-ins: a case and its parts are read
 * through their constructors (which check every key), a sheet's {@code times} defaults to 1, the bases are
 * {@code "allBest"} and {@code "allLowest"}, and an expected {@code stars} is a star class or {@code "rejected"}.
 * The format is described on {@link RuleCheckCase}.
 */
public final class RuleCheckMixins {
    private RuleCheckMixins() {
    }

    /** @param module the module to register the mix-ins with */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(RuleCheckCase.Base.class, BaseMixin.class);
        module.setMixInAnnotation(RuleCheckCase.Sheet.class, SheetMixin.class);
        module.setMixInAnnotation(RuleCheckCase.Expected.class, ExpectedMixin.class);
    }

    enum BaseMixin {
        @JsonProperty("allBest")
        ALL_BEST,
        @JsonProperty("allLowest")
        ALL_LOWEST
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class SheetMixin {
        @JsonCreator
        SheetMixin(@JsonProperty("name") String name, @JsonProperty("base") RuleCheckCase.Base base,
                @JsonProperty("answers") Map<String, String> answers,
                @JsonProperty("knockOuts") List<String> knockOuts, @JsonProperty("times") Integer times) {
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class ExpectedMixin {
        @JsonCreator
        static RuleCheckCase.Expected fromFile(@JsonProperty("totals") List<BigDecimal> totals,
                @JsonProperty("parts") Map<String, BigDecimal> parts,
                @JsonProperty("criteria") Map<String, BigDecimal> criteria,
                @JsonProperty("mean") BigDecimal mean, @JsonProperty("meanDisplay") BigDecimal meanDisplay,
                @JsonProperty("bandStars") Star bandStars, @JsonProperty("stars") Object stars,
                @JsonProperty("failedMinimums") List<RuleCheckCase.ExpectedMinimum> failedMinimums,
                @JsonProperty("minimumsForNextStar") List<RuleCheckCase.ExpectedMinimum> minimumsForNextStar,
                @JsonProperty("pointsToNextBand") BigDecimal pointsToNextBand,
                @JsonProperty("certifiable") Boolean certifiable, @JsonProperty("authority") Authority authority,
                @JsonProperty("knockOuts") List<String> knockOuts,
                @JsonProperty("sheetProblems") List<RuleCheckCase.ExpectedProblem> sheetProblems,
                @JsonProperty("status") Classification.Status status, @JsonProperty("rescore") List<String> rescore,
                @JsonProperty("alternatives") Map<MinimumPolicy, Object> alternatives,
                @JsonProperty("routes") List<vn.ocop.product.Routing.Route> routes) {
            return null;
        }
    }
}
