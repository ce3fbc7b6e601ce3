/**
 * Rubric editions (one per legal decision), their rubric sets, criteria and options, the star bands, the product
 * taxonomy, who recognises a star class, and the loader that reads and checks editions from JSON, reporting every
 * problem with its file and JSON path.
 *
 * <p>Start from {@link vn.ocop.rubric.RubricCatalog}: {@code bundled()} gives the editions of the
 * {@code ocop-rubric-data} module; an {@link vn.ocop.rubric.Edition} gives its sets; a
 * {@link vn.ocop.rubric.RubricSet} its criteria. {@link vn.ocop.rubric.RubricLoader} reads a draft edition or set.
 *
 * <pre>{@code
 * RubricCatalog catalog = RubricCatalog.bundled();
 * Edition current = catalog.editionInForce(LocalDate.of(2026, 11, 23));   // QD-26-2026
 * RubricSet set = current.setForTaxonomy("I.1.a");                        // set 1
 * }</pre>
 */
package vn.ocop.rubric;
