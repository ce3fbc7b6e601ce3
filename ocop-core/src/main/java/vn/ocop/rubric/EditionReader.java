package vn.ocop.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.ocop.internal.Binder;
import vn.ocop.internal.Term;

/**
 * Reads an {@code edition.json}: its title and dates, star bands, parts and taxonomy, and the names of its set
 * files (read by {@link SetReader}), recording every problem with its JSON path. One reader per file; not
 * thread-safe (used inside a load).
 */
final class EditionReader {
    private static final Set<String> EDITION_KEYS = Set.of("$schema", "id", "title", "citation", "signed", "inForce",
            "bands", "parts", "taxonomy", "sets", "notes", "process");
    private static final Set<String> IN_FORCE_KEYS = Set.of("from", "until", "transitionUntil", "citation");
    private static final Set<String> BAND_KEYS = Set.of("stars", "from", "to", "toInclusive", "citation");
    private static final Set<String> PART_SPEC_KEYS = Set.of("code", "name", "max", "citation");
    private static final Set<String> GROUP_NODE_KEYS = Set.of("code", "name", "nameEn", "nhom");
    private static final Set<String> NHOM_KEYS = Set.of("code", "name", "nameEn", "ministries", "phanNhom", "set");
    private static final Set<String> PHAN_NHOM_KEYS = Set.of("code", "name", "nameEn", "ministries", "set");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Binder b;
    private final Binder.Obj o;
    private String id;
    private String title;
    private String citation;
    private LocalDate signed;
    private DateRange inForce;
    private LocalDate transitionUntil;
    private String inForceCitation;
    private List<StarBand> bands;
    private List<PartSpec> parts;
    private List<TaxonomyNode> taxonomy;
    private List<String> notes;
    private List<String> setFiles;
    private ProcessTerms process;

    private EditionReader(Binder b, Binder.Obj o) {
        this.b = b;
        this.o = o;
    }

    /**
     * Checks that the file is an object with the keys of an edition; reading its values is {@link #read()}.
     *
     * @param b the binder of the file, receives the problems
     * @param root the parsed file
     * @return the reader, or null when the root is not an object (a problem is then recorded)
     */
    static EditionReader open(Binder b, JsonNode root) {
        Binder.Obj o = b.obj(root, "$", EDITION_KEYS);
        return o == null ? null : new EditionReader(b, o);
    }

    /** Reads every value of the edition except its sets, in the order of the format. */
    void read() {
        id = o.str("id", true);
        title = o.str("title", true);
        citation = o.str("citation", true);
        signed = o.date("signed", true);
        readInForce();
        bands = readBands();
        parts = readParts();
        taxonomy = readTaxonomy();
        Set<String> groups = new HashSet<>();
        taxonomy.forEach(g -> groups.add(g.code()));
        process = ProcessReader.read(b, o, inForce, transitionUntil != null ? transitionUntil
                : inForce == null ? null : inForce.until(), groups);
        notes = o.strings("notes");
        setFiles = o.strings("sets");
    }

    /** @return the edition's id, or null when missing */
    String id() {
        return id;
    }

    /** @return the parts the edition fixes */
    List<PartSpec> parts() {
        return parts;
    }

    /** @return the edition's taxonomy */
    List<TaxonomyNode> taxonomy() {
        return taxonomy;
    }

    /** @return the names of the set files, in the order listed */
    List<String> setFiles() {
        return setFiles;
    }

    /**
     * @param index position in the list of set files
     * @param key what is wrong with that set: a key of the {@code loading} bundle
     * @param args the values of its placeholders
     */
    void setProblem(int index, String key, Object... args) {
        b.report(o.path("sets") + "[" + index + "]", key, args);
    }

    /** @return whether every required value was read */
    boolean complete() {
        return id != null && title != null && citation != null && signed != null && inForce != null
                && inForceCitation != null;
    }

    /**
     * @param sets the edition's sets, in any order
     * @return the edition, its sets by number
     */
    Edition build(List<RubricSet> sets) {
        List<RubricSet> sorted = new ArrayList<>(sets);
        sorted.sort((x, y) -> Integer.compare(x.number(), y.number()));
        return new Edition(id, title, citation, signed, inForce, transitionUntil, inForceCitation, bands, parts,
                taxonomy, sorted, notes, process);
    }

    private void readInForce() {
        Binder.Obj f = o.child("inForce", true, IN_FORCE_KEYS);
        if (f == null) {
            return;
        }
        LocalDate from = f.date("from", true);
        LocalDate until = f.date("until", false);
        transitionUntil = f.date("transitionUntil", false);
        inForceCitation = f.str("citation", true);
        if (from != null) {
            if (until != null && !until.isAfter(from)) {
                b.report(f.path("until"), "edition.untilBeforeFrom", until.toString(), from.toString());
            } else {
                inForce = DateRange.of(from, until);
            }
        }
        if (transitionUntil != null && (until == null || !transitionUntil.isAfter(until))) {
            b.report(f.path("transitionUntil"), "edition.transitionBeforeUntil");
        }
    }

    private List<PartSpec> readParts() {
        List<PartSpec> out = new ArrayList<>();
        Set<String> partCodes = new HashSet<>();
        BigDecimal partSum = BigDecimal.ZERO;
        for (Binder.Obj p : o.objects("parts", true, PART_SPEC_KEYS)) {
            String code = p.str("code", true);
            String name = p.str("name", true);
            BigDecimal max = p.dec("max", true);
            String cit = p.str("citation", true);
            if (code != null && !partCodes.add(code)) {
                b.report(p.path("code"), "rubric.duplicatePart", code);
            }
            if (max != null) {
                partSum = partSum.add(max);
            }
            if (code != null && name != null && max != null && cit != null) {
                out.add(new PartSpec(code, name, max, cit));
            }
        }
        if (partSum.compareTo(HUNDRED) != 0) {
            b.report(o.path("parts"), "rubric.partsSum", partSum);
        }
        return out;
    }

    // ---------------------------------------------------------------- bands

    private List<StarBand> readBands() {
        List<StarBand> read = new ArrayList<>();
        for (Binder.Obj x : o.objects("bands", true, BAND_KEYS)) {
            StarBand band = readBand(x);
            if (band != null) {
                read.add(band);
            }
        }
        List<StarBand> sorted = new ArrayList<>(read);
        sorted.sort((x, y) -> x.from().compareTo(y.from()));
        checkBands(sorted, o.path("bands"));
        sorted.sort((x, y) -> y.from().compareTo(x.from()));
        return sorted;
    }

    private StarBand readBand(Binder.Obj x) {
        Integer stars = x.integer("stars", true);
        BigDecimal from = x.dec("from", true);
        BigDecimal to = x.dec("to", true);
        boolean inclusive = x.bool("toInclusive");
        String cit = x.str("citation", true);
        if (stars != null && (stars < 1 || stars > 5)) {
            b.report(x.path("stars"), "edition.stars", stars);
            stars = null;
        }
        if (from != null && to != null && from.compareTo(to) >= 0) {
            b.report(x.path(), "edition.bandEmpty", from, to);
            return null;
        }
        return stars != null && from != null && to != null && cit != null
                ? new StarBand(Star.of(stars), from, to, inclusive, cit) : null;
    }

    /** The bands, lowest first, cover 0 to 100 without gap or overlap, one per star class, more stars higher up. */
    private void checkBands(List<StarBand> sorted, String path) {
        Set<Star> seen = new HashSet<>();
        for (StarBand s : sorted) {
            if (!seen.add(s.stars())) {
                b.report(path, "edition.twoBands", s.stars().toString());
            }
        }
        if (sorted.isEmpty()) {
            return;
        }
        if (sorted.get(0).from().signum() != 0) {
            b.report(path, "edition.gapFromZero", sorted.get(0).from());
        }
        for (int i = 1; i < sorted.size(); i++) {
            StarBand lo = sorted.get(i - 1);
            StarBand hi = sorted.get(i);
            int c = lo.to().compareTo(hi.from());
            if (c < 0) {
                b.report(path, "edition.gap", band(lo), band(hi));
            } else if (c > 0 || lo.toInclusive()) {
                b.report(path, "edition.overlap", band(lo), band(hi));
            }
            if (lo.stars().level() >= hi.stars().level()) {
                b.report(path, "edition.noMoreStars", band(hi), band(lo));
            }
        }
        StarBand top = sorted.get(sorted.size() - 1);
        if (top.to().compareTo(HUNDRED) != 0 || !top.toInclusive()) {
            b.report(path, "edition.top", band(top));
        }
    }

    /** @return the band in the reader's language ({@code 4★ từ 70 đến dưới 90}) */
    private static Term band(StarBand s) {
        return new Term("loading", s.toInclusive() ? "band.inclusive" : "band", s.stars().toString(), s.from(), s.to());
    }

    // ---------------------------------------------------------------- taxonomy

    private List<TaxonomyNode> readTaxonomy() {
        List<TaxonomyNode> groups = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Integer> setNumbers = new HashSet<>();
        for (Binder.Obj g : o.objects("taxonomy", true, GROUP_NODE_KEYS)) {
            List<TaxonomyNode> nhoms = new ArrayList<>();
            for (Binder.Obj n : g.objects("nhom", false, NHOM_KEYS)) {
                List<TaxonomyNode> phan = new ArrayList<>();
                for (Binder.Obj p : n.objects("phanNhom", false, PHAN_NHOM_KEYS)) {
                    addIfRead(phan, node(p, TaxonomyNode.Level.PHAN_NHOM, List.of(), codes, setNumbers));
                }
                addIfRead(nhoms, node(n, TaxonomyNode.Level.NHOM, phan, codes, setNumbers));
            }
            addIfRead(groups, node(g, TaxonomyNode.Level.GROUP, nhoms, codes, setNumbers));
        }
        return groups;
    }

    private static void addIfRead(List<TaxonomyNode> list, TaxonomyNode node) {
        if (node != null) {
            list.add(node);
        }
    }

    private TaxonomyNode node(Binder.Obj n, TaxonomyNode.Level level, List<TaxonomyNode> children, Set<String> codes,
            Set<Integer> setNumbers) {
        String code = n.str("code", true);
        String name = n.str("name", true);
        String nameEn = n.str("nameEn", false);
        List<String> ministries = level == TaxonomyNode.Level.GROUP ? List.of() : n.strings("ministries");
        Integer set = level == TaxonomyNode.Level.GROUP ? null : n.integer("set", false);
        if (code != null && !codes.add(code)) {
            b.report(n.path("code"), "edition.duplicateTaxonomy", code);
        }
        if (set != null && !setNumbers.add(set)) {
            b.report(n.path("set"), "edition.setTwice", set);
        }
        if (set != null && !children.isEmpty()) {
            b.report(n.path("set"), "edition.setOnPhanNhom");
        }
        if (level == TaxonomyNode.Level.NHOM && set == null && children.isEmpty()) {
            b.report(n.path(), "edition.nhomEmpty");
        }
        if (level == TaxonomyNode.Level.PHAN_NHOM && set == null) {
            b.report(n.path("set"), "bind.missing", "set");
        }
        return code == null || name == null ? null : new TaxonomyNode(code, level, name, nameEn, ministries, set,
                children);
    }
}
