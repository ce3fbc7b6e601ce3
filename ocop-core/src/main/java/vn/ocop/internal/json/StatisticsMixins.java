package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import vn.ocop.product.ProducerType;
import vn.ocop.rubric.Star;
import vn.ocop.statistics.ReportedStatistics;
import vn.ocop.statistics.StatisticsSnapshot;

/**
 * The JSON mapping of {@code vn.ocop.statistics}: published statistics are their records with null components left
 * out; a snapshot writes its counts with their totals and percentages, and is read back from its counts only (the
 * totals and percentages are computed again).
 */
final class StatisticsMixins {
    private StatisticsMixins() {
    }

    /**
     * @param module the module to register the mix-ins with, not null
     */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(ReportedStatistics.class, NonNull.class);
        module.setMixInAnnotation(ReportedStatistics.Part.class, NonNull.class);
        module.setMixInAnnotation(ReportedStatistics.Breakdown.class, NonNull.class);
        module.setMixInAnnotation(ReportedStatistics.Change.class, NonNull.class);
        module.setMixInAnnotation(StatisticsSnapshot.class, SnapshotMixin.class);
        module.setMixInAnnotation(StatisticsSnapshot.Breakdown.class, BreakdownMixin.class);
        module.setMixInAnnotation(StatisticsSnapshot.Share.class, NonNull.class);
    }

    /** Null components left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class NonNull {
    }

    /** A snapshot: the area, the date, the breakdowns; the totals written only. */
    @JsonPropertyOrder({"area", "areaName", "date", "cumulative", "products", "producers", "byStar", "byGroup",
        "byProducerType", "unattributed", "unplacedUnits"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class SnapshotMixin {
        @JsonCreator
        SnapshotMixin(@JsonProperty("area") String area, @JsonProperty("areaName") String areaName,
                @JsonProperty("date") LocalDate date, @JsonProperty("cumulative") boolean cumulative,
                @JsonProperty("byStar") StatisticsSnapshot.Breakdown<Star> byStar,
                @JsonProperty("byGroup") StatisticsSnapshot.Breakdown<String> byGroup,
                @JsonProperty("byProducerType") StatisticsSnapshot.Breakdown<ProducerType> byProducerType,
                @JsonProperty("unattributed") long unattributed,
                @JsonProperty("unplacedUnits") Set<String> unplacedUnits) {
        }

        @JsonProperty("area")
        abstract String area();

        @JsonProperty("areaName")
        abstract String areaName();

        @JsonProperty("date")
        abstract LocalDate date();

        @JsonProperty("cumulative")
        abstract boolean cumulative();

        @JsonProperty(value = "products", access = JsonProperty.Access.READ_ONLY)
        abstract long products();

        @JsonProperty(value = "producers", access = JsonProperty.Access.READ_ONLY)
        abstract long producers();

        @JsonProperty("byStar")
        abstract StatisticsSnapshot.Breakdown<Star> byStar();

        @JsonProperty("byGroup")
        abstract StatisticsSnapshot.Breakdown<String> byGroup();

        @JsonProperty("byProducerType")
        abstract StatisticsSnapshot.Breakdown<ProducerType> byProducerType();

        @JsonProperty("unattributed")
        abstract long unattributed();

        @JsonProperty("unplacedUnits")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract SortedSet<String> unplacedUnits();
    }

    /** A breakdown: its total (written only) and its categories. */
    @JsonPropertyOrder({"total", "shares"})
    abstract static class BreakdownMixin<K> {
        @JsonCreator
        BreakdownMixin(@JsonProperty("shares") List<StatisticsSnapshot.Share<K>> shares) {
        }

        @JsonProperty(value = "total", access = JsonProperty.Access.READ_ONLY)
        abstract long total();

        @JsonProperty("shares")
        abstract List<StatisticsSnapshot.Share<K>> shares();
    }
}
