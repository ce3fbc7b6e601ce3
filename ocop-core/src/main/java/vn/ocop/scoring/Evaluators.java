package vn.ocop.scoring;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import vn.ocop.OcopException;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;

/**
 * The evaluators of a catalog's sets, each built once, on first use, and shared: what a service scoring sheets of
 * any set keeps.
 *
 * <pre>{@code
 * Evaluators evaluators = Evaluators.of(RubricCatalog.bundled());
 * CouncilResult r = evaluators.forSet("QD-26-2026", 1).evaluate(council);
 * }</pre>
 *
 * <p>Thread-safe: threads asking for the same set at the same time get the same evaluator.
 */
public final class Evaluators {
    private final RubricCatalog catalog;
    private final ConcurrentMap<String, ConcurrentMap<Integer, Evaluator>> bySet = new ConcurrentHashMap<>();

    private Evaluators(RubricCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * @param catalog the editions whose sets are evaluated, not null
     * @return an empty cache over them
     */
    public static Evaluators of(RubricCatalog catalog) {
        return new Evaluators(catalog);
    }

    /** @return the catalog, not null */
    public RubricCatalog catalog() {
        return catalog;
    }

    /**
     * @param editionId an edition of the catalog (NFC or NFD), not null
     * @param setNumber one of its sets
     * @return the set's evaluator
     * @throws OcopException if the catalog has no such edition or set
     */
    public Evaluator forSet(String editionId, int setNumber) {
        Edition edition = catalog.edition(editionId);
        return bySet.computeIfAbsent(edition.id(), k -> new ConcurrentHashMap<>())
                .computeIfAbsent(setNumber, n -> Evaluator.of(edition, n));
    }

    /**
     * @param sheet a sheet, not null
     * @return the evaluator of the edition and set the sheet names
     * @throws OcopException if the catalog has no such edition or set
     */
    public Evaluator forSheet(EvaluationSheet sheet) {
        return forSet(sheet.edition(), sheet.set());
    }
}
