/**
 * Rubric editions (one per legal decision), their rubric sets, criteria and options, the star bands, the product
 * taxonomy, and the loader that reads and checks them from JSON.
 *
 * <pre>{@code
 * RubricCatalog catalog = RubricCatalog.bundled();
 * Edition current = catalog.editionInForce(LocalDate.now());
 * RubricSet set = current.setForTaxonomy("I.1.a");
 * }</pre>
 */
package vn.ocop.rubric;
