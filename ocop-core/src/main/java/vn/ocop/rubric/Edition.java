package vn.ocop.rubric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.ocop.OcopException;
import vn.ocop.internal.Text;

/**
 * A rubric edition: one legal decision (e.g. Decision 26/2026/QĐ-TTg) with its star bands, parts, product
 * taxonomy and rubric sets.
 *
 * <p>{@link #inForce()} is the period in which the edition governs new dossiers (editions never overlap there);
 * {@link #transitionUntil()} extends that for dossiers filed before {@code inForce().until()} (Điều 11.2 and 12.2
 * of Decision 26/2026: 148 lapses 60 days after 26/2026 takes effect).
 *
 * <p>Immutable and thread-safe.
 */
public final class Edition {
    private final String id;
    private final String title;
    private final String citation;
    private final LocalDate signed;
    private final DateRange inForce;
    private final LocalDate transitionUntil;
    private final String inForceCitation;
    private final List<StarBand> bands;
    private final List<PartSpec> parts;
    private final List<TaxonomyNode> taxonomy;
    private final List<RubricSet> sets;
    private final List<String> notes;
    private final ProcessTerms process;

    /**
     * Creates an edition without process terms; the loader checks its consistency.
     *
     * @param id e.g. "QD-26-2026", not null
     * @param title title of the decision, not null
     * @param citation citation of the decision, not null
     * @param signed signing date, not null
     * @param inForce period in which it governs new dossiers, not null
     * @param transitionUntil first day on which it no longer governs pending dossiers, or null if none
     * @param inForceCitation article stating the dates, not null
     * @param bands star bands, not null
     * @param parts parts A, B, C, not null
     * @param taxonomy product taxonomy, not null
     * @param sets rubric sets, not null (may be empty when the source gives no criterion detail)
     * @param notes remarks, not null
     */
    public Edition(String id, String title, String citation, LocalDate signed, DateRange inForce,
            LocalDate transitionUntil, String inForceCitation, List<StarBand> bands, List<PartSpec> parts,
            List<TaxonomyNode> taxonomy, List<RubricSet> sets, List<String> notes) {
        this(id, title, citation, signed, inForce, transitionUntil, inForceCitation, bands, parts, taxonomy, sets, notes,
                null);
    }

    /**
     * Creates an edition; the loader checks its consistency.
     *
     * @param id e.g. "QD-26-2026", not null
     * @param title title of the decision, not null
     * @param citation citation of the decision, not null
     * @param signed signing date, not null
     * @param inForce period in which it governs new dossiers, not null
     * @param transitionUntil first day on which it no longer governs pending dossiers, or null if none
     * @param inForceCitation article stating the dates, not null
     * @param bands star bands, not null
     * @param parts parts A, B, C, not null
     * @param taxonomy product taxonomy, not null
     * @param sets rubric sets, not null (may be empty when the source gives no criterion detail)
     * @param notes remarks, not null
     * @param process the process terms of the decision (certificates, periods, rounds, authorities, dossier), or
     *        null when the edition states none (a draft of rubric sets)
     */
    public Edition(String id, String title, String citation, LocalDate signed, DateRange inForce,
            LocalDate transitionUntil, String inForceCitation, List<StarBand> bands, List<PartSpec> parts,
            List<TaxonomyNode> taxonomy, List<RubricSet> sets, List<String> notes, ProcessTerms process) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.citation = Objects.requireNonNull(citation, "citation");
        this.signed = Objects.requireNonNull(signed, "signed");
        this.inForce = Objects.requireNonNull(inForce, "inForce");
        this.transitionUntil = transitionUntil;
        this.inForceCitation = Objects.requireNonNull(inForceCitation, "inForceCitation");
        this.bands = List.copyOf(bands);
        this.parts = List.copyOf(parts);
        this.taxonomy = List.copyOf(taxonomy);
        this.sets = List.copyOf(sets);
        this.notes = List.copyOf(notes);
        this.process = process;
    }

    /** @return e.g. "QD-26-2026" */
    public String id() {
        return id;
    }

    /** @return title of the decision */
    public String title() {
        return title;
    }

    /** @return citation of the decision */
    public String citation() {
        return citation;
    }

    /** @return signing date */
    public LocalDate signed() {
        return signed;
    }

    /** @return the period in which this edition governs new dossiers */
    public DateRange inForce() {
        return inForce;
    }

    /** @return first day on which the edition no longer governs pending dossiers, or null */
    public LocalDate transitionUntil() {
        return transitionUntil;
    }

    /** @return the article that states the dates */
    public String inForceCitation() {
        return inForceCitation;
    }

    /**
     * @param date a date, not null
     * @return whether the edition still applies on that date to dossiers filed while it was in force
     */
    public boolean appliesInTransition(LocalDate date) {
        LocalDate end = transitionUntil != null ? transitionUntil : inForce.until();
        return !date.isBefore(inForce.from()) && (end == null || date.isBefore(end));
    }

    /** @return star bands, highest first */
    public List<StarBand> bands() {
        return bands;
    }

    /** @return parts A, B, C */
    public List<PartSpec> parts() {
        return parts;
    }

    /** @return product taxonomy */
    public List<TaxonomyNode> taxonomy() {
        return taxonomy;
    }

    /** @return the rubric sets, by number */
    public List<RubricSet> sets() {
        return sets;
    }

    /** @return remarks and doubts */
    public List<String> notes() {
        return notes;
    }

    /**
     * @return the process terms of the decision (certificate validity, re-evaluation window, periods, rounds,
     *         authorities, transition, dossier components), if the edition states them
     */
    public Optional<ProcessTerms> process() {
        return Optional.ofNullable(process);
    }

    /**
     * @return the first day on which the edition no longer applies to any dossier: {@link #transitionUntil()} if
     *         set, else the end of {@link #inForce()}; null while open-ended
     */
    public LocalDate appliesUntil() {
        return transitionUntil != null ? transitionUntil : inForce.until();
    }

    /**
     * @param points a mean total between 0 and 100, not null
     * @return the band containing it
     * @throws OcopException if no band contains it (outside 0 to 100)
     */
    public StarBand band(BigDecimal points) {
        for (StarBand b : bands) {
            if (b.contains(points)) {
                return b;
            }
        }
        throw new OcopException(id + ": no star band contains " + points.toPlainString() + " (points run from 0 to 100)");
    }

    /**
     * @param stars a star class
     * @return its band
     */
    public StarBand band(Star stars) {
        for (StarBand b : bands) {
            if (b.stars() == stars) {
                return b;
            }
        }
        throw new OcopException(id + ": no band for " + stars);
    }

    /**
     * @param number set number, 1 to 26
     * @return the set
     * @throws OcopException if the edition has no such set (the message lists the ones it has)
     */
    public RubricSet set(int number) {
        return findSet(number).orElseThrow(() -> new OcopException(id + " has no rubric set " + number
                + (sets.isEmpty() ? " (this edition carries no criterion detail)" : " (it has sets "
                + sets.get(0).number() + " to " + sets.get(sets.size() - 1).number() + ")")));
    }

    /**
     * @param number set number
     * @return the set, if present
     */
    public Optional<RubricSet> findSet(int number) {
        for (RubricSet s : sets) {
            if (s.number() == number) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the set that evaluates products of a taxonomy node ("which set is this product in").
     *
     * @param taxonomyCode a leaf code such as "I.1.a" or "I.6", or a code of a taxonomy node with exactly one set
     * @return the set
     * @throws OcopException if the code is unknown or names a node with several sets
     */
    public RubricSet setForTaxonomy(String taxonomyCode) {
        String code = Text.nfc(taxonomyCode);
        TaxonomyNode node = findNode(taxonomy, code);
        if (node == null) {
            throw new OcopException(id + ": unknown taxonomy code '" + taxonomyCode + "'");
        }
        List<Integer> numbers = new ArrayList<>();
        collectSets(node, numbers);
        if (numbers.size() != 1) {
            throw new OcopException(id + ": taxonomy node " + code + " (" + node.name() + ") covers sets " + numbers
                    + "; name a phân nhóm");
        }
        return set(numbers.get(0));
    }

    /**
     * Finds the set whose name matches a product category name, ignoring case and Unicode form.
     *
     * @param name e.g. "Rau, củ, quả, hạt tươi", not null
     * @return the set, if one has exactly that name
     */
    public Optional<RubricSet> setByName(String name) {
        String k = Text.key(name);
        return sets.stream().filter(s -> Text.key(s.name()).equals(k)).findFirst();
    }

    /**
     * @param code a taxonomy code
     * @return the node, if present
     */
    public Optional<TaxonomyNode> taxonomyNode(String code) {
        return Optional.ofNullable(findNode(taxonomy, Text.nfc(code)));
    }

    static TaxonomyNode findNode(List<TaxonomyNode> nodes, String code) {
        for (TaxonomyNode n : nodes) {
            if (n.code().equals(code)) {
                return n;
            }
            TaxonomyNode f = findNode(n.children(), code);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static void collectSets(TaxonomyNode n, List<Integer> out) {
        if (n.set() != null) {
            out.add(n.set());
        }
        for (TaxonomyNode c : n.children()) {
            collectSets(c, out);
        }
    }

    @Override
    public String toString() {
        return id + " (" + citation + ")";
    }
}
