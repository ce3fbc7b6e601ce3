/**
 * Scoring of evaluation sheets ("phiếu đánh giá"), council averaging and star classification with explanations.
 *
 * <pre>{@code
 * RubricCatalog catalog = RubricCatalog.bundled();
 * Evaluator evaluator = Evaluator.of(catalog.edition("QD-26-2026"), 1);
 * CouncilResult result = evaluator.evaluate(Council.of(sheets));
 * System.out.println(result.explanation().toText());
 * }</pre>
 */
package vn.ocop.scoring;
