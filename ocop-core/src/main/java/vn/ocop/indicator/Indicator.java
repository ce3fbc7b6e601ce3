package vn.ocop.indicator;

import java.util.Locale;
import vn.ocop.format.Localized;

/**
 * What a plan target measures: a count or a share computed from the registry as of a date, or a value the library
 * cannot derive and takes from reported values. The built-in indicators are in {@link Indicators}; users add their
 * own by implementing this interface (and, for JSON, registering the class with
 * {@code mapper.registerSubtypes(new NamedType(MyIndicator.class, "myIndicator"))}).
 *
 * <p>An indicator is computed by {@link #tally}: it adds each counted record's contribution to a {@link Tally}
 * under the administrative unit the record belongs to; the tracker then maps units to the plan's areas, so one
 * pass over the registry serves the total and every allocated area. Contributions are additive: a count adds 1 to
 * the numerator; a share adds 1 to the denominator for each member of the population and 1 to the numerator for
 * each member that has the property. The value of a count is its numerator; the value of a share is
 * {@code 100 × numerator / denominator} percent.
 *
 * <p>What is counted, in words, is {@link #text(Locale)}: Vietnamese by default, English on request.
 *
 * <p>JSON form: an object with a {@code "type"} naming the indicator, e.g.
 * {@code {"type":"newRecognitions","minStars":3,"kinds":["FIRST"]}}.
 *
 * <p>Implementations must be immutable and thread-safe, and must implement {@code equals} and {@code hashCode}
 * (records do) so that targets sharing an indicator share one computation.
 */
public interface Indicator extends Localized {
    /** Whether the value is a level on a date or an amount accumulated within the period. */
    enum Nature {
        /** Counted within the plan period up to the date (new recognitions in 2024); zero at the period start. */
        FLOW,
        /** A level on the date (valid products on 2024-12-31); the baseline is its value on the baseline date. */
        STOCK
    }

    /** @return a short stable code for CSV and JSON, e.g. {@code new≥3★[FIRST]}, not null */
    String code();

    /** @return flow or stock, not null */
    Nature nature();

    /** @return whether the value is a percentage of a denominator; false (the default) for a count */
    default boolean share() {
        return false;
    }

    /** @return whether the value is taken from reported values instead of being computed from the registry */
    default boolean reported() {
        return false;
    }

    /**
     * @return whether the plan did not say whether it counts a stock or a flow and this indicator reads it one way,
     *         {@link #nature()}: progress reports then say so beside the figures; false (the default) when the plan
     *         said
     */
    default boolean natureAssumed() {
        return false;
    }

    /**
     * Adds the contributions of the records in scope. For a {@link Nature#FLOW} indicator the scope is the period
     * from {@link Scope#from()} to {@link Scope#asOf()} inclusive; for a {@link Nature#STOCK} indicator it is the
     * situation on {@link Scope#asOf()}. Reported indicators add nothing.
     *
     * @param scope the registry and dates, not null
     * @param tally receives the contributions, not null
     */
    void tally(Scope scope, Tally tally);
}
