package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import vn.ocop.internal.Numbers;
import vn.ocop.product.ProducerType;
import vn.ocop.rubric.Star;
import vn.ocop.statistics.ReportedStatistics;
import vn.ocop.statistics.StatisticsSnapshot;

/**
 * The JSON mapping of {@code vn.ocop.statistics}: published statistics are their records with null components left
 * out, their figures JSON numbers or strings as reports write them ({@code "1.234"}, {@code "41,54 %"}, read with
 * {@link Numbers}); a snapshot writes its counts with their totals and percentages, and is read back from its counts
 * only (the totals and percentages are computed again).
 */
final class StatisticsMixins {
    private StatisticsMixins() {
    }

    /**
     * @param module the module to register the mix-ins with, not null
     */
    static void register(SimpleModule module) {
        module.setMixInAnnotation(ReportedStatistics.class, NonNull.class);
        module.setMixInAnnotation(ReportedStatistics.Part.class, PartMixin.class);
        module.setMixInAnnotation(ReportedStatistics.Breakdown.class, BreakdownFiguresMixin.class);
        module.setMixInAnnotation(ReportedStatistics.Bound.class, BoundMixin.class);
        module.setMixInAnnotation(ReportedStatistics.Change.class, ChangeMixin.class);
        module.setMixInAnnotation(StatisticsSnapshot.class, SnapshotMixin.class);
        module.setMixInAnnotation(StatisticsSnapshot.Breakdown.class, BreakdownMixin.class);
        module.setMixInAnnotation(StatisticsSnapshot.Share.class, NonNull.class);
    }

    /** Null components left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class NonNull {
    }

    /** A published part: its count and percentage as numbers or as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class PartMixin {
        @JsonDeserialize(using = CountReader.class)
        abstract Long count();

        @JsonDeserialize(using = PercentReader.class)
        abstract BigDecimal percent();
    }

    /** A published breakdown: its total as a number or as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class BreakdownFiguresMixin {
        @JsonDeserialize(using = CountReader.class)
        abstract Long total();
    }

    /** A published bound: its two figures as numbers or as written. */
    abstract static class BoundMixin {
        @JsonDeserialize(using = CountReader.class)
        abstract long value();

        @JsonDeserialize(using = CountReader.class)
        abstract long limit();
    }

    /** A published change: its figures as numbers or as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class ChangeMixin {
        @JsonDeserialize(using = CountReader.class)
        abstract long actual();

        @JsonDeserialize(using = PercentReader.class)
        abstract BigDecimal percent();

        @JsonDeserialize(using = CountReader.class)
        abstract Long base();
    }

    /** Reads a count: a whole JSON number, or a string as reports write it ("1.234"). */
    static final class CountReader extends JsonDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return p.getLongValue();
            }
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Long) ctxt.handleUnexpectedToken(Long.class, p);
            }
            String text = p.getText();
            try {
                BigDecimal d = Numbers.parse(text, false);
                if (d.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException("'" + text + "' is not a whole count");
                }
                return d.longValueExact();
            } catch (IllegalArgumentException | ArithmeticException e) {
                return (Long) ctxt.handleWeirdStringValue(Long.class, text, e.getMessage());
            }
        }
    }

    /** Reads a percentage: a JSON number, or a string as reports write it ("41,54 %"); the decimals are kept. */
    static final class PercentReader extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            if (t != JsonToken.VALUE_STRING) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            String text = p.getText();
            try {
                return Numbers.parse(text, true);
            } catch (IllegalArgumentException e) {
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, text, e.getMessage());
            }
        }
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
