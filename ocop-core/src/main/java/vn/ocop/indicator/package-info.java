/**
 * What plan targets measure: indicators computed from the registry (new recognitions, products and producers in
 * effect, shares of producer types and product groups, coverage) or taken from reported values.
 *
 * <p>Start from {@link vn.ocop.indicator.Indicators} (the built-in indicators); implement
 * {@link vn.ocop.indicator.Indicator} for more. An indicator adds its records to a {@link vn.ocop.indicator.Tally}
 * per administrative unit, over a {@link vn.ocop.indicator.Scope} (the registry, the units and the dates).
 */
package vn.ocop.indicator;
