package vn.ocop.rubric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ocop.OcopException;
import vn.ocop.Problem;

/**
 * The editions a program works with, and the answers to "which edition is in force on date D" and "which rubric
 * set evaluates this product".
 *
 * <pre>{@code
 * RubricCatalog catalog = RubricCatalog.bundled();
 * Edition current = catalog.editionInForce(LocalDate.of(2026, 11, 23));   // QD-26-2026
 * RubricSet set = current.setForTaxonomy("I.1.a");                        // set 1
 * }</pre>
 *
 * <p>Immutable and thread-safe; load it once and share it.
 */
public final class RubricCatalog {
    private final List<Edition> editions;

    private RubricCatalog(List<Edition> editions) {
        List<Edition> sorted = new ArrayList<>(editions);
        sorted.sort(Comparator.comparing(e -> e.inForce().from()));
        this.editions = List.copyOf(sorted);
    }

    /**
     * The editions bundled in {@code ocop-rubric-data} (Decisions 1048/2019, 148/2023 and 26/2026), loaded and
     * checked once per class loader.
     *
     * @return the bundled catalog
     * @throws RubricValidationException if the bundled data is missing or broken
     */
    public static RubricCatalog bundled() {
        return Bundled.CATALOG;
    }

    /** Lazy holder: loads on first use, thread-safe by class initialisation. */
    private static final class Bundled {
        static final RubricCatalog CATALOG = new RubricCatalog(RubricLoader.loadBundled());
    }

    /**
     * A catalog of the given editions (e.g. the bundled ones plus a draft).
     *
     * @param editions editions with distinct ids whose in-force periods do not overlap, not null
     * @return the catalog
     * @throws RubricValidationException if ids repeat or periods overlap
     */
    public static RubricCatalog of(List<Edition> editions) {
        List<Problem> problems = new ArrayList<>();
        RubricLoader.checkEditions(editions, "catalog", problems);
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return new RubricCatalog(editions);
    }

    /** @return the editions, oldest first */
    public List<Edition> editions() {
        return editions;
    }

    /**
     * @param id e.g. "QD-26-2026"
     * @return the edition
     * @throws OcopException if unknown (the message lists the known ids)
     */
    public Edition edition(String id) {
        return findEdition(id).orElseThrow(() -> new OcopException("unknown rubric edition '" + id + "'; known: "
                + editions.stream().map(Edition::id).toList()));
    }

    /**
     * @param id an edition id
     * @return the edition, if known
     */
    public Optional<Edition> findEdition(String id) {
        String c = vn.ocop.internal.Text.nfc(id);
        return editions.stream().filter(e -> e.id().equals(c)).findFirst();
    }

    /**
     * The edition that governs dossiers filed on a date.
     *
     * @param date a date, not null
     * @return the edition in force on that date
     * @throws OcopException if no edition is in force then (before the oldest one)
     */
    public Edition editionInForce(LocalDate date) {
        for (Edition e : editions) {
            if (e.inForce().contains(date)) {
                return e;
            }
        }
        throw new OcopException("no rubric edition is in force on " + date + "; the catalog covers "
                + (editions.isEmpty() ? "nothing" : "from " + editions.get(0).inForce().from()));
    }

    /**
     * Every edition that still applies on a date: the one in force, plus an older one during its transition
     * period (for dossiers filed before the new edition took effect).
     *
     * @param date a date, not null
     * @return the editions, newest first
     */
    public List<Edition> editionsApplicable(LocalDate date) {
        List<Edition> out = new ArrayList<>();
        for (int i = editions.size() - 1; i >= 0; i--) {
            Edition e = editions.get(i);
            if (e.inForce().contains(date) || e.appliesInTransition(date)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The edition under which a dossier is evaluated: the one in force on its filing date, as long as that
     * edition still applies on the evaluation date (Điều 11.2, 12.2 of Decision 26/2026); otherwise the edition in
     * force on the evaluation date.
     *
     * @param filed the date the dossier was filed, not null
     * @param evaluated the date of the evaluation, not null
     * @return the edition
     */
    public Edition editionForDossier(LocalDate filed, LocalDate evaluated) {
        Edition atFiling = editionInForce(filed);
        return atFiling.appliesInTransition(evaluated) ? atFiling : editionInForce(evaluated);
    }
}
