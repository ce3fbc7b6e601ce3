/**
 * Producers, products, dossiers and certificates, and the process rules of a product's life under Decision
 * 26/2026/QĐ-TTg and the decisions before it: recognition and its authority, upgrade, re-evaluation and its window,
 * extension of a late filer's certificate, revocation, the evaluation rounds and the 2026 transition.
 *
 * <p>Start from {@link vn.ocop.product.ProductHistory}: each step (recognise, file a re-evaluation, revoke) returns
 * a new history and checks the rules, so that "which star did this product hold on date D, under which edition"
 * has one answer. {@link vn.ocop.product.ProcessRules} holds the rules as small named functions, each citing its
 * article; {@link vn.ocop.product.Certificate} computes its expiry and status on any date. A step that breaks a rule
 * throws {@link vn.ocop.product.LifecycleException} carrying the {@link vn.ocop.product.LifecycleRule} and its
 * article.
 *
 * <pre>{@code
 * ProductHistory h = ProductHistory.of("P1")
 *         .recognise(Certificate.issue("QĐ-12", "P1", Star.THREE, Authority.PROVINCE, "QD-26-2026",
 *                 RegistrationKind.FIRST, LocalDate.of(2026, 6, 1)));
 * h.holdingOn(LocalDate.of(2027, 1, 1)).map(ProductHistory.Holding::stars);   // 3★
 * }</pre>
 */
package vn.ocop.product;
