/**
 * Programme statistics: what the registry says about an area on a date, and checks of the figures reports publish.
 *
 * <p>Start from {@link vn.ocop.statistics.StatisticsSnapshot#of} (OCOP products of an area by star, product group
 * and producer type, with percentages that add up to 100) and {@link vn.ocop.statistics.ReportedStatistics}
 * (published figures entered number by number; {@code check()} finds the slips). {@link
 * vn.ocop.statistics.Percentages} holds the rounding rules both use. Text for people:
 * {@code vn.ocop.format.StatisticsFormatter}.
 */
package vn.ocop.statistics;
