/**
 * Plans of the OCOP programme and their tracking: provincial plans ("kế hoạch") with targets by period and area,
 * and their progress on a date, judged against the linear pace of the period.
 *
 * <pre>{@code
 * Areas areas = Areas.read(in, "areas.json");             // units with validity dates, old → new successions
 * Registry registry = Registry.of(products, producers, certificates);
 * Plan plan = Plan.read(planIn, "plan.json");             // targets, allocations, baseline date
 * Tracker tracker = Tracker.of(registry, areas).withReported(ReportedValue.readList(reportsIn, "reports.json"));
 * ProgressReport report = tracker.progress(plan, LocalDate.of(2024, 8, 31));
 * System.out.println(ProgressReportFormatter.of(Locale.forLanguageTag("vi")).table(report));
 * }</pre>
 *
 * <p>Start from {@link vn.ocop.plan.Tracker} (progress of a plan, the actual of one indicator) and
 * {@link vn.ocop.plan.Plan} with its {@link vn.ocop.plan.Target}s (the model, allocation checks, combining merged
 * provinces' plans). What a target measures is an indicator of {@code vn.ocop.indicator}. The result is a
 * {@link vn.ocop.plan.ProgressReport} of {@link vn.ocop.plan.TargetProgress} per target and
 * {@link vn.ocop.plan.AreaProgress} per line; text and CSV for people come from
 * {@code vn.ocop.format.ProgressReportFormatter}.
 *
 * <p>Judgement calls are documented where they are made: the pace rule and the at-risk threshold in
 * {@link vn.ocop.plan.Tracker} and {@link vn.ocop.plan.ProgressOptions}; what counts as a new recognition in
 * {@code vn.ocop.indicator.NewRecognitions}; attribution of records to areas in
 * {@link vn.ocop.plan.Tracker} and {@code vn.ocop.area.Areas}.
 */
package vn.ocop.plan;
