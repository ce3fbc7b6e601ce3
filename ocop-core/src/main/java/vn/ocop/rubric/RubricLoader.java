package vn.ocop.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.Problem;
import vn.ocop.internal.Binder;
import vn.ocop.internal.JsonTree;

/**
 * Loads rubric editions from JSON: the editions bundled in {@code ocop-rubric-data} (from the class path, no
 * network and no file paths), or a user-supplied edition folder or set file (e.g. a province testing a draft
 * rubric).
 *
 * <p>Loading checks everything and reports <b>all</b> problems at once in a {@link RubricValidationException}:
 * malformed JSON, unknown or duplicate keys, options above their criterion's maximum, criteria that do not sum
 * to their group, groups to their part, parts to 100, duplicate codes, bands with gaps or overlaps, a star marker
 * of a higher class below one of a lower class, and editions whose dates overlap.
 *
 * <pre>{@code
 * List<Edition> editions = RubricLoader.loadBundled();
 * Edition draft = RubricLoader.loadEdition(Path.of("my-draft-edition"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class RubricLoader {
    /** Class-path folder of the bundled editions. */
    public static final String BUNDLED_ROOT = "ocop-rubric/";

    private static final Set<String> INDEX_KEYS = Set.of("editions");
    private static final Set<String> EDITION_KEYS = Set.of("$schema", "id", "title", "citation", "signed", "inForce",
            "bands", "parts", "taxonomy", "sets", "notes");
    private static final Set<String> IN_FORCE_KEYS = Set.of("from", "until", "transitionUntil", "citation");
    private static final Set<String> BAND_KEYS = Set.of("stars", "from", "to", "toInclusive", "citation");
    private static final Set<String> PART_SPEC_KEYS = Set.of("code", "name", "max", "citation");
    private static final Set<String> GROUP_NODE_KEYS = Set.of("code", "name", "nameEn", "nhom");
    private static final Set<String> NHOM_KEYS = Set.of("code", "name", "nameEn", "ministries", "phanNhom", "set");
    private static final Set<String> PHAN_NHOM_KEYS = Set.of("code", "name", "nameEn", "ministries", "set");
    private static final Set<String> SET_KEYS = Set.of("$schema", "edition", "number", "name", "nameEn", "taxonomy",
            "citation", "knockOuts", "parts", "doubts", "unverified");
    private static final Set<String> KO_KEYS = Set.of("code", "label", "citation", "criterion");
    private static final Set<String> PART_KEYS = Set.of("code", "max", "groups");
    private static final Set<String> GROUP_KEYS = Set.of("code", "name", "nameEn", "max", "criteria");
    private static final Set<String> CRITERION_KEYS = Set.of("code", "name", "nameEn", "max", "options", "criteria",
            "yesNo", "requirement", "notes", "onlyIf", "cases", "doubts", "unverified");
    private static final Set<String> ONLY_IF_KEYS = Set.of("criterion", "options", "label");
    private static final Set<String> CASE_KEYS = Set.of("code", "label");
    private static final Set<String> OPTION_KEYS = Set.of("code", "points", "label", "minStars", "case", "doubts");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String FILE_NOT_FOUND = "file not found";

    private RubricLoader() {
    }

    /** Opens a named resource of one edition (its edition.json or a set file). */
    @FunctionalInterface
    public interface ResourceOpener {
        /**
         * @param name file name relative to the edition, e.g. "set-01.json"
         * @return the stream, or null if there is no such resource
         * @throws IOException on a read failure
         */
        InputStream open(String name) throws IOException;
    }

    /**
     * Loads every edition bundled in {@code ocop-rubric-data} from the class path.
     *
     * @return the editions, in the order of the bundled index
     * @throws RubricValidationException if the bundled data is missing or broken
     */
    public static List<Edition> loadBundled() {
        ClassLoader cl = RubricLoader.class.getClassLoader();
        List<Problem> problems = new ArrayList<>();
        String indexName = BUNDLED_ROOT + "index.json";
        JsonNode index = read(name -> cl.getResourceAsStream(name), indexName, indexName, problems);
        if (index == null && problems.size() == 1 && problems.get(0).message().equals(FILE_NOT_FOUND)) {
            throw new RubricValidationException(List.of(new Problem(indexName, "$",
                    "bundled rubric index not found: add the ocop-rubric-data artifact (module vn.ocop.rubric.data)")));
        }
        List<Edition> editions = new ArrayList<>();
        if (index != null) {
            Binder b = new Binder(indexName, problems);
            Binder.Obj o = b.obj(index, "$", INDEX_KEYS);
            if (o != null) {
                for (String id : o.strings("editions")) {
                    String base = BUNDLED_ROOT + id + "/";
                    Edition e = loadEdition(base, name -> cl.getResourceAsStream(base + name), problems);
                    if (e != null) {
                        editions.add(e);
                    }
                }
            }
        }
        checkEditions(editions, indexName, problems);
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return List.copyOf(editions);
    }

    /**
     * Loads one edition from a folder holding {@code edition.json} and its set files.
     *
     * @param folder the folder, not null
     * @return the edition
     * @throws RubricValidationException listing every problem
     */
    public static Edition loadEdition(Path folder) {
        List<Problem> problems = new ArrayList<>();
        Edition e = loadEdition(folder.toString() + "/", name -> {
            Path p = folder.resolve(name);
            return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
        }, problems);
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return e;
    }

    /**
     * Loads one edition through a resource opener (e.g. files in a zip, or a database).
     *
     * @param sourcePrefix prefix naming the edition's location in problems, e.g. "drafts/QD-X/"
     * @param opener opens edition.json and the set files
     * @return the edition
     * @throws RubricValidationException listing every problem
     */
    public static Edition loadEdition(String sourcePrefix, ResourceOpener opener) {
        List<Problem> problems = new ArrayList<>();
        Edition e = loadEdition(sourcePrefix, opener, problems);
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return e;
    }

    /**
     * Loads a single set file against an existing edition (its parts, taxonomy and id), e.g. a province's draft
     * of one set.
     *
     * @param in the JSON, not null; not closed
     * @param sourceName name of the source for problems
     * @param edition the edition the set belongs to, not null
     * @return the set
     * @throws RubricValidationException listing every problem
     */
    public static RubricSet loadSet(InputStream in, String sourceName, Edition edition) {
        List<Problem> problems = new ArrayList<>();
        JsonNode root = JsonTree.read(in, sourceName, problems);
        RubricSet s = root == null ? null : readSet(new Binder(sourceName, problems), root, edition.id(),
                edition.parts(), edition.taxonomy());
        if (!problems.isEmpty()) {
            throw new RubricValidationException(problems);
        }
        return s;
    }

    /**
     * Checks that editions can live in one catalog: unique ids and no overlap of the periods in which they govern
     * new dossiers.
     *
     * @param editions the editions
     * @param source name for problems
     * @param problems receives problems
     */
    static void checkEditions(List<Edition> editions, String source, List<Problem> problems) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < editions.size(); i++) {
            Edition a = editions.get(i);
            if (!ids.add(a.id())) {
                problems.add(new Problem(source, "$.editions[" + i + "]", "duplicate edition id " + a.id()));
            }
            for (int j = 0; j < i; j++) {
                Edition b = editions.get(j);
                if (a.inForce().overlaps(b.inForce())) {
                    problems.add(new Problem(source, "$.editions[" + i + "]", "edition " + a.id() + " in force "
                            + a.inForce() + " overlaps " + b.id() + " in force " + b.inForce()
                            + " (use transitionUntil for dossiers that finish under the old edition)"));
                }
            }
        }
    }

    private static Edition loadEdition(String prefix, ResourceOpener opener, List<Problem> problems) {
        String source = prefix + "edition.json";
        JsonNode root = read(opener, "edition.json", source, problems);
        if (root == null) {
            return null;
        }
        Binder b = new Binder(source, problems);
        Binder.Obj o = b.obj(root, "$", EDITION_KEYS);
        if (o == null) {
            return null;
        }
        int before = problems.size();
        String id = o.str("id", true);
        String title = o.str("title", true);
        String citation = o.str("citation", true);
        LocalDate signed = o.date("signed", true);
        Binder.Obj f = o.child("inForce", true, IN_FORCE_KEYS);
        DateRange inForce = null;
        LocalDate transitionUntil = null;
        String inForceCitation = null;
        if (f != null) {
            LocalDate from = f.date("from", true);
            LocalDate until = f.date("until", false);
            transitionUntil = f.date("transitionUntil", false);
            inForceCitation = f.str("citation", true);
            if (from != null) {
                if (until != null && !until.isAfter(from)) {
                    b.problem(f.path("until"), "until " + until + " must be after from " + from);
                } else {
                    inForce = DateRange.of(from, until);
                }
            }
            if (transitionUntil != null && (until == null || !transitionUntil.isAfter(until))) {
                b.problem(f.path("transitionUntil"), "transitionUntil must be after until");
            }
        }
        List<StarBand> bands = readBands(b, o);
        List<PartSpec> parts = new ArrayList<>();
        Set<String> partCodes = new HashSet<>();
        BigDecimal partSum = BigDecimal.ZERO;
        for (Binder.Obj p : o.objects("parts", true, PART_SPEC_KEYS)) {
            String code = p.str("code", true);
            String name = p.str("name", true);
            BigDecimal max = p.dec("max", true);
            String cit = p.str("citation", true);
            if (code != null && !partCodes.add(code)) {
                b.problem(p.path("code"), "duplicate part code " + code);
            }
            if (max != null) {
                partSum = partSum.add(max);
            }
            if (code != null && name != null && max != null && cit != null) {
                parts.add(new PartSpec(code, name, max, cit));
            }
        }
        if (partSum.compareTo(HUNDRED) != 0) {
            b.problem(o.path("parts"), "parts sum to " + partSum.toPlainString() + ", not 100");
        }
        List<TaxonomyNode> taxonomy = readTaxonomy(b, o);
        List<String> notes = o.strings("notes");
        List<RubricSet> sets = new ArrayList<>();
        Set<Integer> numbers = new HashSet<>();
        List<String> setFiles = o.strings("sets");
        boolean editionOk = problems.size() == before && id != null;
        for (int i = 0; i < setFiles.size(); i++) {
            String file = setFiles.get(i);
            String setSource = prefix + file;
            JsonNode setRoot = read(opener, file, setSource, problems);
            if (setRoot == null || !editionOk) {
                continue;
            }
            RubricSet s = readSet(new Binder(setSource, problems), setRoot, id, parts, taxonomy);
            if (s != null) {
                if (!numbers.add(s.number())) {
                    b.problem(o.path("sets") + "[" + i + "]", "second file for set number " + s.number());
                }
                sets.add(s);
            }
        }
        if (problems.size() != before || id == null || title == null || citation == null || signed == null
                || inForce == null || inForceCitation == null) {
            return null;
        }
        sets.sort((x, y) -> Integer.compare(x.number(), y.number()));
        return new Edition(id, title, citation, signed, inForce, transitionUntil, inForceCitation, bands, parts,
                taxonomy, sets, notes);
    }

    private static JsonNode read(ResourceOpener opener, String name, String source, List<Problem> problems) {
        try (InputStream in = opener.open(name)) {
            if (in == null) {
                problems.add(new Problem(source, "$", FILE_NOT_FOUND));
                return null;
            }
            return JsonTree.read(in, source, problems);
        } catch (IOException e) {
            problems.add(new Problem(source, "$", "cannot read: " + e.getMessage()));
            return null;
        }
    }

    private static List<StarBand> readBands(Binder b, Binder.Obj o) {
        List<StarBand> bands = new ArrayList<>();
        for (Binder.Obj x : o.objects("bands", true, BAND_KEYS)) {
            Integer stars = x.integer("stars", true);
            BigDecimal from = x.dec("from", true);
            BigDecimal to = x.dec("to", true);
            boolean inclusive = x.bool("toInclusive");
            String cit = x.str("citation", true);
            if (stars != null && (stars < 1 || stars > 5)) {
                b.problem(x.path("stars"), "stars must be 1 to 5, was " + stars);
                stars = null;
            }
            if (from != null && to != null && from.compareTo(to) >= 0) {
                b.problem(x.path(), "band from " + from.toPlainString() + " must be below to " + to.toPlainString());
                continue;
            }
            if (stars != null && from != null && to != null && cit != null) {
                bands.add(new StarBand(Star.of(stars), from, to, inclusive, cit));
            }
        }
        List<StarBand> sorted = new ArrayList<>(bands);
        sorted.sort((x, y) -> x.from().compareTo(y.from()));
        String path = o.path("bands");
        Set<Star> seen = new HashSet<>();
        for (StarBand s : sorted) {
            if (!seen.add(s.stars())) {
                b.problem(path, "two bands for " + s.stars());
            }
        }
        if (!sorted.isEmpty()) {
            if (sorted.get(0).from().signum() != 0) {
                b.problem(path, "gap: no band covers 0 to " + sorted.get(0).from().toPlainString());
            }
            for (int i = 1; i < sorted.size(); i++) {
                StarBand lo = sorted.get(i - 1);
                StarBand hi = sorted.get(i);
                int c = lo.to().compareTo(hi.from());
                if (c < 0) {
                    b.problem(path, "gap between " + lo + " and " + hi);
                } else if (c > 0 || lo.toInclusive()) {
                    b.problem(path, "overlap between " + lo + " and " + hi);
                }
                if (lo.stars().level() >= hi.stars().level()) {
                    b.problem(path, "band " + hi + " is higher than " + lo + " but has no more stars");
                }
            }
            StarBand top = sorted.get(sorted.size() - 1);
            if (top.to().compareTo(HUNDRED) != 0 || !top.toInclusive()) {
                b.problem(path, "the highest band must end at 100 inclusive, found " + top);
            }
        }
        sorted.sort((x, y) -> y.from().compareTo(x.from()));
        return sorted;
    }

    private static List<TaxonomyNode> readTaxonomy(Binder b, Binder.Obj o) {
        List<TaxonomyNode> groups = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Integer> setNumbers = new HashSet<>();
        for (Binder.Obj g : o.objects("taxonomy", true, GROUP_NODE_KEYS)) {
            List<TaxonomyNode> nhoms = new ArrayList<>();
            for (Binder.Obj n : g.objects("nhom", false, NHOM_KEYS)) {
                List<TaxonomyNode> phan = new ArrayList<>();
                for (Binder.Obj p : n.objects("phanNhom", false, PHAN_NHOM_KEYS)) {
                    TaxonomyNode leaf = node(b, p, TaxonomyNode.Level.PHAN_NHOM, List.of(), codes, setNumbers);
                    if (leaf != null) {
                        phan.add(leaf);
                    }
                }
                TaxonomyNode nn = node(b, n, TaxonomyNode.Level.NHOM, phan, codes, setNumbers);
                if (nn != null) {
                    nhoms.add(nn);
                }
            }
            TaxonomyNode gg = node(b, g, TaxonomyNode.Level.GROUP, nhoms, codes, setNumbers);
            if (gg != null) {
                groups.add(gg);
            }
        }
        return groups;
    }

    private static TaxonomyNode node(Binder b, Binder.Obj o, TaxonomyNode.Level level, List<TaxonomyNode> children,
            Set<String> codes, Set<Integer> setNumbers) {
        String code = o.str("code", true);
        String name = o.str("name", true);
        String nameEn = o.str("nameEn", false);
        List<String> ministries = level == TaxonomyNode.Level.GROUP ? List.of() : o.strings("ministries");
        Integer set = level == TaxonomyNode.Level.GROUP ? null : o.integer("set", false);
        if (code != null && !codes.add(code)) {
            b.problem(o.path("code"), "duplicate taxonomy code " + code);
        }
        if (set != null && !setNumbers.add(set)) {
            b.problem(o.path("set"), "set " + set + " is named by two taxonomy nodes");
        }
        if (set != null && !children.isEmpty()) {
            b.problem(o.path("set"), "a nhóm with phân nhóm names its sets on the phân nhóm");
        }
        if (level == TaxonomyNode.Level.NHOM && set == null && children.isEmpty()) {
            b.problem(o.path(), "a nhóm needs either a set or phân nhóm");
        }
        if (level == TaxonomyNode.Level.PHAN_NHOM && set == null) {
            b.problem(o.path("set"), "missing required key 'set'");
        }
        return code == null || name == null ? null : new TaxonomyNode(code, level, name, nameEn, ministries, set, children);
    }

    // ---------------------------------------------------------------- sets

    private static RubricSet readSet(Binder b, JsonNode root, String editionId, List<PartSpec> partSpecs,
            List<TaxonomyNode> taxonomy) {
        Binder.Obj o = b.obj(root, "$", SET_KEYS);
        if (o == null) {
            return null;
        }
        String edition = o.str("edition", true);
        if (edition != null && !edition.equals(editionId)) {
            b.problem(o.path("edition"), "set declares edition " + edition + " but is loaded into " + editionId);
        }
        Integer number = o.integer("number", true);
        String name = o.str("name", true);
        String nameEn = o.str("nameEn", false);
        String tax = o.str("taxonomy", true);
        String citation = o.str("citation", true);
        if (tax != null) {
            TaxonomyNode node = Edition.findNode(taxonomy, tax);
            if (node == null) {
                b.problem(o.path("taxonomy"), "unknown taxonomy code " + tax);
            } else if (number != null && node.set() != null && node.set().intValue() != number) {
                b.problem(o.path("taxonomy"), "taxonomy " + tax + " names set " + node.set() + ", not " + number);
            }
        }
        boolean unverified = o.bool("unverified");
        SetContext ctx = new SetContext(b, unverified);
        List<Part> parts = new ArrayList<>();
        Map<String, PartSpec> specs = new HashMap<>();
        for (PartSpec p : partSpecs) {
            specs.put(p.code(), p);
        }
        Set<String> partCodes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Binder.Obj p : o.objects("parts", true, PART_KEYS)) {
            String code = p.str("code", true);
            BigDecimal max = p.dec("max", true);
            if (code != null) {
                if (!partCodes.add(code)) {
                    b.problem(p.path("code"), "duplicate part code " + code);
                }
                PartSpec spec = specs.get(code);
                if (spec == null) {
                    b.problem(p.path("code"), "part " + code + " is not a part of edition " + editionId + " " + specs.keySet());
                } else if (max != null && spec.max().compareTo(max) != 0) {
                    b.problem(p.path("max"), "part " + code + " has max " + max.toPlainString() + " but the edition fixes "
                            + spec.max().toPlainString() + " (" + spec.citation() + ")");
                }
            }
            if (max != null) {
                total = total.add(max);
            }
            List<CriterionGroup> groups = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Binder.Obj g : p.objects("groups", true, GROUP_KEYS)) {
                CriterionGroup cg = readGroup(ctx, g);
                if (cg != null) {
                    groups.add(cg);
                    sum = sum.add(cg.max());
                }
            }
            if (max != null && sum.compareTo(max) != 0) {
                ctx.sumProblem(p.path("groups"), "groups of part " + code + " sum to " + sum.toPlainString() + ", not its max "
                        + max.toPlainString());
            }
            if (code != null && max != null) {
                parts.add(new Part(code, max, groups));
            }
        }
        for (String code : specs.keySet()) {
            if (!partCodes.contains(code)) {
                b.problem(o.path("parts"), "missing part " + code);
            }
        }
        if (total.compareTo(HUNDRED) != 0) {
            b.problem(o.path("parts"), "parts sum to " + total.toPlainString() + ", not 100");
        }
        List<KnockOut> knockOuts = new ArrayList<>();
        Set<String> koCodes = new HashSet<>();
        for (Binder.Obj k : o.objects("knockOuts", true, KO_KEYS)) {
            String code = k.str("code", true);
            String label = k.str("label", true);
            String cit = k.str("citation", true);
            String crit = k.str("criterion", false);
            if (code != null && !koCodes.add(code)) {
                b.problem(k.path("code"), "duplicate knock-out code " + code);
            }
            if (crit != null && !ctx.criteria.containsKey(crit)) {
                b.problem(k.path("criterion"), "unknown criterion " + crit);
            }
            if (code != null && label != null && cit != null) {
                knockOuts.add(new KnockOut(code, label, cit, crit));
            }
        }
        ctx.checkOnlyIf();
        List<String> doubts = o.strings("doubts");
        if (unverified && doubts.isEmpty()) {
            b.problem(o.path("doubts"), "an unverified set must say in 'doubts' what could not be verified");
        }
        if (number == null || name == null || tax == null || citation == null) {
            return null;
        }
        return new RubricSet(editionId, number, name, nameEn, tax, citation, knockOuts, parts, doubts, unverified);
    }

    /** Per-set state: criteria by code (for duplicates and only-if references). */
    private static final class SetContext {
        final Binder b;
        final Map<String, Criterion> criteria = new HashMap<>();
        final Map<String, String> paths = new HashMap<>();
        final Set<String> groupCodes = new HashSet<>();
        /** Sums that do not add up are tolerated only in a set marked unverified (its doubts say why). */
        final boolean unverified;

        SetContext(Binder b, boolean unverified) {
            this.b = b;
            this.unverified = unverified;
        }

        void sumProblem(String path, String message) {
            if (!unverified) {
                b.problem(path, message);
            }
        }

        void checkOnlyIf() {
            for (Criterion c : criteria.values()) {
                OnlyIf oi = c.onlyIf();
                if (oi == null) {
                    continue;
                }
                String path = paths.get(c.code()) + ".onlyIf";
                Criterion target = criteria.get(oi.criterion());
                if (target == null || !target.isLeaf()) {
                    b.problem(path, "onlyIf names " + oi.criterion() + ", which is not an answerable criterion of this set");
                    continue;
                }
                if (target.code().equals(c.code())) {
                    b.problem(path, "onlyIf refers to the criterion itself");
                }
                for (String opt : oi.options()) {
                    if (target.option(opt) == null) {
                        b.problem(path, "onlyIf names option " + opt + " that criterion " + target.code() + " does not have");
                    }
                }
            }
        }
    }

    private static CriterionGroup readGroup(SetContext ctx, Binder.Obj g) {
        Binder b = ctx.b;
        String code = g.str("code", true);
        String name = g.str("name", true);
        String nameEn = g.str("nameEn", false);
        BigDecimal max = g.dec("max", true);
        if (code != null && !ctx.groupCodes.add(code)) {
            b.problem(g.path("code"), "duplicate group code " + code);
        }
        List<Criterion> criteria = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Binder.Obj c : g.objects("criteria", true, CRITERION_KEYS)) {
            Criterion cr = readCriterion(ctx, c);
            if (cr != null) {
                criteria.add(cr);
                sum = sum.add(cr.max());
            }
        }
        if (max != null && sum.compareTo(max) != 0) {
            ctx.sumProblem(g.path("criteria"), "criteria of group " + code + " sum to " + sum.toPlainString()
                    + ", not its max " + max.toPlainString());
        }
        return code == null || name == null || max == null ? null : new CriterionGroup(code, name, nameEn, max, criteria);
    }

    private static Criterion readCriterion(SetContext ctx, Binder.Obj c) {
        Binder b = ctx.b;
        String code = c.str("code", true);
        String name = c.str("name", true);
        String nameEn = c.str("nameEn", false);
        BigDecimal max = c.dec("max", true);
        boolean yesNo = c.bool("yesNo");
        String requirement = c.str("requirement", false);
        List<String> notes = c.strings("notes");
        List<String> doubts = c.strings("doubts");
        boolean unverified = c.bool("unverified");
        if (max != null && max.signum() <= 0) {
            b.problem(c.path("max"), "criterion max must be positive, was " + max.toPlainString());
        }
        List<CaseSpec> cases = new ArrayList<>();
        Set<String> caseCodes = new java.util.LinkedHashSet<>(); // declaration order, for messages
        for (Binder.Obj k : c.objects("cases", false, CASE_KEYS)) {
            String kc = k.str("code", true);
            String kl = k.str("label", true);
            if (kc != null && !caseCodes.add(kc)) {
                b.problem(k.path("code"), "duplicate case code " + kc);
            }
            if (kc != null && kl != null) {
                cases.add(new CaseSpec(kc, kl));
            }
        }
        OnlyIf onlyIf = null;
        Binder.Obj oi = c.child("onlyIf", false, ONLY_IF_KEYS);
        if (oi != null) {
            String crit = oi.str("criterion", true);
            List<String> opts = oi.strings("options");
            String label = oi.str("label", true);
            if (opts.isEmpty()) {
                b.problem(oi.path("options"), "onlyIf needs at least one option");
            }
            if (crit != null && label != null) {
                onlyIf = new OnlyIf(crit, opts, label);
            }
        }
        boolean hasOptions = c.has("options");
        boolean hasSubs = c.has("criteria");
        int kinds = (hasOptions ? 1 : 0) + (hasSubs ? 1 : 0) + (yesNo ? 1 : 0);
        if (kinds != 1) {
            b.problem(c.path(), "criterion " + code + " needs exactly one of 'options', 'criteria' or 'yesNo': true");
        }
        List<Option> options = new ArrayList<>();
        if (hasOptions) {
            options = readOptions(ctx, c, code, max, caseCodes, !doubts.isEmpty());
        } else if (!cases.isEmpty()) {
            b.problem(c.path("cases"), "cases need options");
        }
        List<Criterion> subs = new ArrayList<>();
        if (hasSubs) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Binder.Obj s : c.objects("criteria", true, CRITERION_KEYS)) {
                Criterion sc = readCriterion(ctx, s);
                if (sc != null) {
                    subs.add(sc);
                    sum = sum.add(sc.max());
                }
            }
            if (max != null && sum.compareTo(max) != 0) {
                ctx.sumProblem(c.path("criteria"), "sub-criteria of " + code + " sum to " + sum.toPlainString()
                        + ", not its max " + max.toPlainString());
            }
            if (onlyIf != null) {
                b.problem(c.path("onlyIf"), "onlyIf belongs on an answerable criterion, not a compound one");
            }
        }
        if (code == null || name == null || max == null) {
            return null;
        }
        Criterion cr = new Criterion(code, name, nameEn, max, options, subs, yesNo, requirement, notes, onlyIf, cases,
                doubts, unverified);
        if (ctx.criteria.containsKey(code)) {
            b.problem(c.path("code"), "duplicate criterion code " + code + " (first at " + ctx.paths.get(code) + ")");
        } else {
            ctx.criteria.put(code, cr);
            ctx.paths.put(code, c.path());
        }
        return cr;
    }

    private static List<Option> readOptions(SetContext ctx, Binder.Obj c, String code, BigDecimal max,
            Set<String> caseCodes, boolean hasDoubts) {
        Binder b = ctx.b;
        List<Option> options = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<Binder.Obj> raw = c.objects("options", true, OPTION_KEYS);
        if (raw.isEmpty()) {
            b.problem(c.path("options"), "criterion " + code + " has no options");
        }
        BigDecimal best = null;
        List<String> optPaths = new ArrayList<>();
        for (Binder.Obj o : raw) {
            String oc = o.str("code", true);
            BigDecimal pts = o.dec("points", true);
            String label = o.str("label", true);
            Integer ms = o.integer("minStars", false);
            String cs = o.str("case", false);
            List<String> doubts = o.strings("doubts");
            if (oc != null && (oc.equals(Criterion.YES) || oc.equals(Criterion.NO) || oc.equals("none"))) {
                b.problem(o.path("code"), "option code '" + oc + "' is reserved");
            }
            if (oc != null && !codes.add(oc)) {
                b.problem(o.path("code"), "duplicate option code " + oc + " in criterion " + code);
            }
            if (pts != null) {
                if (pts.signum() < 0) {
                    b.problem(o.path("points"), "points must not be negative, was " + pts.toPlainString());
                }
                if (max != null && pts.compareTo(max) > 0) {
                    b.problem(o.path("points"), "option " + oc + " has " + pts.toPlainString()
                            + " points, above the maximum " + max.toPlainString() + " of criterion " + code);
                }
                best = best == null || pts.compareTo(best) > 0 ? pts : best;
            }
            if (ms != null && (ms < 3 || ms > 5)) {
                b.problem(o.path("minStars"), "minStars must be 3, 4 or 5, was " + ms);
                ms = null;
            }
            if (caseCodes.isEmpty() && cs != null) {
                b.problem(o.path("case"), "case " + cs + " but the criterion declares no cases");
            } else if (!caseCodes.isEmpty() && (cs == null || !caseCodes.contains(cs))) {
                b.problem(o.path("case"), "option must name one of the declared cases " + caseCodes);
            }
            if (oc != null && pts != null && label != null) {
                options.add(new Option(oc, pts, label, ms == null ? null : Star.of(ms), cs, doubts));
                optPaths.add(o.path());
            }
        }
        if (best != null && max != null && best.compareTo(max) != 0 && !hasDoubts) {
            b.problem(c.path("options"), "the highest option of " + code + " gives " + best.toPlainString()
                    + " points but the maximum is " + max.toPlainString() + " (record the reason in 'doubts' if the law says so)");
        }
        for (int i = 0; i < options.size(); i++) {
            Option hi = options.get(i);
            if (hi.minStars() == null) {
                continue;
            }
            for (Option lo : options) {
                if (lo.minStars() != null && lo.minStars().level() < hi.minStars().level()
                        && java.util.Objects.equals(lo.caseCode(), hi.caseCode())
                        && hi.points().compareTo(lo.points()) < 0) {
                    b.problem(optPaths.get(i) + ".minStars", "the " + hi.minStars() + " minimum of " + code + " (option "
                            + hi.code() + ", " + hi.points().toPlainString() + " points) is below the " + lo.minStars()
                            + " minimum (option " + lo.code() + ", " + lo.points().toPlainString() + " points)");
                }
            }
        }
        return Collections.unmodifiableList(options);
    }
}
