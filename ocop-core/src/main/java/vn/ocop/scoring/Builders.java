package vn.ocop.scoring;

/**
 * The parts of an evaluator that build a result's lazy parts on request: a {@link CouncilResult} holds them, not
 * the {@link Evaluator}.
 *
 * @param set the compiled set
 * @param scores sheet scores and member totals
 * @param explanations explanations
 */
record Builders(CompiledSet set, ScoreBuilder scores, ExplanationBuilder explanations) {
}
