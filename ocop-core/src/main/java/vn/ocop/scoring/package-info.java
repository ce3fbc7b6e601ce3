/**
 * Scoring of evaluation sheets ("phiếu đánh giá"), council averaging ("tổng điểm trung bình") and star
 * classification ("phân hạng sao") under Decision 26/2026/QĐ-TTg (and the earlier editions' rubric data), with an
 * explanation of every result.
 *
 * <p>Start from {@link vn.ocop.scoring.Evaluator}: one per rubric set ({@link vn.ocop.scoring.Evaluators} keeps one
 * per set of a catalog), fed with {@link vn.ocop.scoring.EvaluationSheet}s grouped in a
 * {@link vn.ocop.scoring.Council}, under the province's {@link vn.ocop.scoring.CouncilRules} (how star minimums are
 * met, {@link vn.ocop.scoring.MinimumPolicy}; who decides knock-out findings, {@link vn.ocop.scoring.KnockOutPolicy};
 * the {@link vn.ocop.scoring.Quorum}; the second round), read from a JSON file or built in code. A
 * {@link vn.ocop.scoring.CouncilResult} holds the {@link vn.ocop.scoring.Classification} (status, star class, band,
 * exact mean, what became of each knock-out rule raised, {@link vn.ocop.scoring.KnockOutOutcome}; certificate and
 * authority derived from the star), who took part ({@link vn.ocop.scoring.Attendance}) and, on request, each member's {@link vn.ocop.scoring.SheetScore}, the member
 * totals and the {@link vn.ocop.scoring.Explanation}. Text for people comes from
 * {@code vn.ocop.format.ExplanationFormatter}; JSON from {@code vn.ocop.OcopJson.mapper()}. Invalid sheets are
 * reported all at once ({@link vn.ocop.scoring.SheetValidationException}).
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.of(RubricCatalog.bundled().edition("QD-26-2026"), 1);
 * CouncilResult result = evaluator.evaluate(Council.of(sheets));
 * result.classification().stars();                 // e.g. 4★
 * System.out.println(ExplanationFormatter.of(Locale.forLanguageTag("vi")).format(result.explanation()));
 * }</pre>
 *
 * <p>Everything else in the package is the engine behind {@code Evaluator}: the set compiled into tables, the sheet
 * resolver, the classifier, exact fixed-point arithmetic and the builders of the lazy parts of a result.
 */
package vn.ocop.scoring;
