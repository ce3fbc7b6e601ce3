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
     * The edition under which a dossier is evaluated, the one answer to "which rules apply to a dossier of this kind
     * filed on D and decided on E": the edition in force on the filing date, as long as a dossier of that kind may
     * still be decided under it on E ({@link #pendingDeadline}: Điều 12.2 of Decision 26/2026, 60 days for a first
     * evaluation or an upgrade, 30 for a re-evaluation, from the newer edition's {@code transition} terms; an
     * edition without such terms still applies while {@link Edition#appliesInTransition} says so); otherwise the
     * edition in force on the decision date.
     *
     * @param filed the date the dossier was filed, not null
     * @param kind the registration kind, one of {@link ProcessTerms#REGISTRATION_KINDS}, not null
     * @param decided the date of the decision (or the evaluation), not before the filing, not null
     * @return the edition
     * @throws IllegalArgumentException if the kind is unknown or the decision precedes the filing
     * @throws OcopException if no edition is in force on either date
     */
    public Edition editionForDossier(LocalDate filed, String kind, LocalDate decided) {
        ProcessTerms.checkKind(kind);
        if (decided.isBefore(filed)) {
            throw new IllegalArgumentException("decision " + decided + " cannot precede the filing " + filed);
        }
        Edition atFiling = editionInForce(filed);
        Edition atDecision = editionInForce(decided);
        if (atFiling.id().equals(atDecision.id())) {
            return atFiling;
        }
        Optional<LocalDate> last = pendingDeadline(filed, kind, decided);
        if (last.isPresent()) {
            return decided.isAfter(last.get()) ? atDecision : atFiling;
        }
        return atFiling.appliesInTransition(decided) ? atFiling : atDecision;
    }

    /**
     * The last day a dossier pending when a newer edition took effect may be decided under the edition it was filed
     * under: the newer edition's first day plus the days of its {@code transition} terms for the kind (26/2026, Điều
     * 12.2: 2026-05-22 + 60 days = 2026-07-21 for a first evaluation or an upgrade, + 30 days = 2026-06-21 for a
     * re-evaluation), and not after the filing edition stops applying ({@code transitionUntil}, Điều 11.2).
     *
     * @param filed the date the dossier was filed, not null
     * @param kind the registration kind, one of {@link ProcessTerms#REGISTRATION_KINDS}, not null
     * @param decided the date of the decision, not null
     * @return the last day, when the decision falls under a newer edition than the filing and that edition's
     *         transition terms name the filing's; else empty
     * @throws IllegalArgumentException if the kind is unknown
     */
    public Optional<LocalDate> pendingDeadline(LocalDate filed, String kind, LocalDate decided) {
        ProcessTerms.checkKind(kind);
        Edition atFiling = editionInForce(filed);
        Edition atDecision = editionInForce(decided);
        if (atFiling.id().equals(atDecision.id())) {
            return Optional.empty();
        }
        Optional<ProcessTerms.Transition> t = atDecision.process().flatMap(ProcessTerms::transition)
                .filter(x -> x.previousEdition().equals(atFiling.id()));
        if (t.isEmpty()) {
            return Optional.empty();
        }
        LocalDate last = atDecision.inForce().from().plusDays(t.get().days(kind).value());
        LocalDate applies = atFiling.transitionUntil();
        if (applies != null && !last.isBefore(applies)) {
            last = applies.minusDays(1);
        }
        return Optional.of(last);
    }
}
