/**
 * Plan-target tracking and programme statistics: provincial plans ("kế hoạch") with targets by period and area,
 * indicators computed from the product and certificate registry, progress and consistency checks.
 *
 * <pre>{@code
 * Areas areas = Areas.read(in, "areas.json");             // units with validity dates, old → new successions
 * Registry registry = Registry.of(products, producers, certificates);
 * Plan plan = Plan.read(planIn, "plan.json");             // targets, allocations, baseline date
 * Tracker tracker = Tracker.of(registry, areas).withReported(reportedValues);
 * ProgressReport report = tracker.progress(plan, LocalDate.of(2024, 8, 31));
 * System.out.println(report.toTable());                  // also report.toCsv(), or JSON with OcopJson.mapper()
 * StatisticsSnapshot s = tracker.snapshot("84", LocalDate.of(2024, 12, 31));
 * List<ReportedStatistics.Finding> slips = publishedFigures.slips();
 * }</pre>
 *
 * <p>Entry points: {@link vn.ocop.plan.Tracker} (progress, actuals, snapshots), {@link vn.ocop.plan.Plan} and
 * {@link vn.ocop.plan.Target} (the model, allocation checks, combining merged provinces' plans),
 * {@link vn.ocop.plan.Indicators} (built-in indicators; implement {@link vn.ocop.plan.Indicator} for more),
 * {@link vn.ocop.plan.Areas} (administrative units over time), {@link vn.ocop.plan.ReportedStatistics} (checking
 * published figures), {@link vn.ocop.plan.SyntheticRegistry} (a national-size data set for benchmarks).
 *
 * <p>Judgement calls are documented where they are made: the pace rule and the at-risk threshold in
 * {@link vn.ocop.plan.Tracker} and {@link vn.ocop.plan.ProgressOptions}; what counts as a new recognition in
 * {@link vn.ocop.plan.Indicators.NewRecognitions}; attribution of records to areas in {@link vn.ocop.plan.Tracker}
 * and {@link vn.ocop.plan.Areas}; rounding of percentages in {@link vn.ocop.plan.Percentages}; tolerances of the
 * consistency check in {@link vn.ocop.plan.ReportedStatistics}.
 */
package vn.ocop.plan;
