/**
 * Presentation: results turned into text, HTML and CSV a person reads, in Vietnamese (the default) or English.
 * Domain types carry no formatting; the formatters here do, so the same result prints in either language.
 *
 * <p>Start from {@link vn.ocop.format.Formats} (dates and numbers per language) and the formatter of the result
 * at hand: {@link vn.ocop.format.ProgressReportFormatter} (progress of a plan: tables, CSV),
 * {@link vn.ocop.format.StatisticsFormatter} (programme statistics), {@link vn.ocop.format.ProblemFormatter}
 * (problems of input data). Values with a human name implement {@link vn.ocop.format.Localized}. The evaluation sheet a council
 * member fills in and signs: {@link vn.ocop.format.EvaluationSheetForm}, printed by
 * {@link vn.ocop.format.SheetFormRenderer}.
 */
package vn.ocop.format;
