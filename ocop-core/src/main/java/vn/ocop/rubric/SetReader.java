package vn.ocop.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.ocop.internal.Binder;
import vn.ocop.internal.Term;

/**
 * Reads one set file against its edition's parts and taxonomy, recording every problem with its JSON path: sums of
 * sub-criteria, criteria, groups and parts, duplicate codes, options above their maximum, star minimums out of
 * order, only-if references, cases; the knock-out rules through {@link KnockOutReader}. One reader per set file;
 * not thread-safe (used inside a load).
 */
final class SetReader {
    private static final Set<String> SET_KEYS = Set.of("$schema", "edition", "number", "name", "nameEn", "taxonomy",
            "citation", "knockOuts", "parts", "doubts", "unverified");
    private static final Set<String> PART_KEYS = Set.of("code", "max", "groups");
    private static final Set<String> GROUP_KEYS = Set.of("code", "name", "nameEn", "max", "criteria");
    private static final Set<String> CRITERION_KEYS = Set.of("code", "name", "nameEn", "max", "options", "criteria",
            "yesNo", "requirement", "notes", "onlyIf", "cases", "doubts", "unverified");
    private static final Set<String> ONLY_IF_KEYS = Set.of("criterion", "options", "label");
    private static final Set<String> CASE_KEYS = Set.of("code", "label");
    private static final Set<String> OPTION_KEYS = Set.of("code", "points", "label", "minStars", "case", "doubts");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Binder b;
    private final String editionId;
    private final Map<String, PartSpec> specs = new HashMap<>();
    private final List<TaxonomyNode> taxonomy;
    /** Criteria by code, for duplicates and only-if references. */
    private final Map<String, Criterion> criteria = new HashMap<>();
    private final Map<String, String> paths = new HashMap<>();
    private final Set<String> groupCodes = new HashSet<>();
    /** Sums that do not add up are tolerated only in a set marked unverified (its doubts say why). */
    private boolean unverified;

    private SetReader(Binder b, String editionId, List<PartSpec> partSpecs, List<TaxonomyNode> taxonomy) {
        this.b = b;
        this.editionId = editionId;
        this.taxonomy = taxonomy;
        for (PartSpec p : partSpecs) {
            specs.put(p.code(), p);
        }
    }

    /**
     * @param b the binder of the set's file, receives the problems
     * @param root the parsed file
     * @param editionId the edition the set is loaded into
     * @param partSpecs the edition's parts
     * @param taxonomy the edition's taxonomy
     * @return the set, or null when a required part of it is missing (problems are then recorded)
     */
    static RubricSet read(Binder b, JsonNode root, String editionId, List<PartSpec> partSpecs,
            List<TaxonomyNode> taxonomy) {
        return new SetReader(b, editionId, partSpecs, taxonomy).read(root);
    }

    private RubricSet read(JsonNode root) {
        Binder.Obj o = b.obj(root, "$", SET_KEYS);
        if (o == null) {
            return null;
        }
        String edition = o.str("edition", true);
        if (edition != null && !edition.equals(editionId)) {
            b.report(o.path("edition"), "set.edition", edition, editionId);
        }
        Integer number = o.integer("number", true);
        String name = o.str("name", true);
        String nameEn = o.str("nameEn", false);
        String tax = o.str("taxonomy", true);
        String citation = o.str("citation", true);
        checkTaxonomy(o, tax, number);
        unverified = o.bool("unverified");
        List<Part> parts = readParts(o);
        List<KnockOut> knockOuts = KnockOutReader.read(b, o, criteria);
        checkOnlyIf();
        List<String> doubts = o.strings("doubts");
        if (unverified && doubts.isEmpty()) {
            b.report(o.path("doubts"), "set.doubts");
        }
        if (number == null || name == null || tax == null || citation == null) {
            return null;
        }
        return new RubricSet(editionId, number, name, nameEn, tax, citation, knockOuts, parts, doubts, unverified);
    }

    private void checkTaxonomy(Binder.Obj o, String tax, Integer number) {
        if (tax == null) {
            return;
        }
        TaxonomyNode node = Edition.findNode(taxonomy, tax);
        if (node == null) {
            b.report(o.path("taxonomy"), "set.unknownTaxonomy", tax);
        } else if (number != null && node.set() != null && node.set().intValue() != number) {
            b.report(o.path("taxonomy"), "set.taxonomyOtherSet", tax, node.set(), number);
        }
    }

    private void sumProblem(String path, Object... args) {
        if (!unverified) {
            b.report(path, "set.sum", args);
        }
    }

    // ---------------------------------------------------------------- parts and groups

    private List<Part> readParts(Binder.Obj o) {
        List<Part> parts = new ArrayList<>();
        Set<String> partCodes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Binder.Obj p : o.objects("parts", true, PART_KEYS)) {
            String code = p.str("code", true);
            BigDecimal max = p.dec("max", true);
            checkPart(p, code, max, partCodes);
            if (max != null) {
                total = total.add(max);
            }
            List<CriterionGroup> groups = readGroups(p, code, max);
            if (code != null && max != null) {
                parts.add(new Part(code, max, groups));
            }
        }
        for (String code : specs.keySet()) {
            if (!partCodes.contains(code)) {
                b.report(o.path("parts"), "set.missingPart", code);
            }
        }
        if (total.compareTo(HUNDRED) != 0) {
            b.report(o.path("parts"), "rubric.partsSum", total);
        }
        return parts;
    }

    private void checkPart(Binder.Obj p, String code, BigDecimal max, Set<String> partCodes) {
        if (code == null) {
            return;
        }
        if (!partCodes.add(code)) {
            b.report(p.path("code"), "rubric.duplicatePart", code);
        }
        PartSpec spec = specs.get(code);
        if (spec == null) {
            b.report(p.path("code"), "set.partNotInEdition", code, editionId, specs.keySet().toString());
        } else if (max != null && spec.max().compareTo(max) != 0) {
            b.report(p.path("max"), "set.partMax", code, max, spec.max(), spec.citation());
        }
    }

    private List<CriterionGroup> readGroups(Binder.Obj p, String partCode, BigDecimal max) {
        return readSummed(p.objects("groups", true, GROUP_KEYS), this::readGroup, CriterionGroup::max, max,
                p.path("groups"), new Term("loading", "set.groupsOfPart", partCode));
    }

    /**
     * Reads the elements of a list and checks that their maxima sum to the maximum of their parent (a part, a group,
     * a compound criterion); elements that could not be read are left out of both.
     *
     * @param what the elements, for the message, e.g. "criteria of group 1" in the reader's language
     */
    private <T> List<T> readSummed(List<Binder.Obj> elements, Function<Binder.Obj, T> read,
            Function<T, BigDecimal> maxOf, BigDecimal parentMax, String path, Term what) {
        List<T> out = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Binder.Obj e : elements) {
            T t = read.apply(e);
            if (t != null) {
                out.add(t);
                sum = sum.add(maxOf.apply(t));
            }
        }
        if (parentMax != null && sum.compareTo(parentMax) != 0) {
            sumProblem(path, what, sum, parentMax);
        }
        return out;
    }

    private CriterionGroup readGroup(Binder.Obj g) {
        String code = g.str("code", true);
        String name = g.str("name", true);
        String nameEn = g.str("nameEn", false);
        BigDecimal max = g.dec("max", true);
        if (code != null && !groupCodes.add(code)) {
            b.report(g.path("code"), "set.duplicateGroup", code);
        }
        List<Criterion> list = readSummed(g.objects("criteria", true, CRITERION_KEYS), this::readCriterion,
                Criterion::max, max, g.path("criteria"), new Term("loading", "set.criteriaOfGroup", code));
        return code == null || name == null || max == null ? null : new CriterionGroup(code, name, nameEn, max, list);
    }

    // ---------------------------------------------------------------- criteria

    private Criterion readCriterion(Binder.Obj c) {
        String code = c.str("code", true);
        String name = c.str("name", true);
        String nameEn = c.str("nameEn", false);
        BigDecimal max = c.dec("max", true);
        boolean yesNo = c.bool("yesNo");
        String requirement = c.str("requirement", false);
        List<String> notes = c.strings("notes");
        List<String> doubts = c.strings("doubts");
        boolean unverifiedCriterion = c.bool("unverified");
        if (max != null && max.signum() <= 0) {
            b.report(c.path("max"), "set.criterionMax", max);
        }
        List<CaseSpec> cases = new ArrayList<>();
        Set<String> caseCodes = readCases(c, cases);
        OnlyIf onlyIf = readOnlyIf(c);
        boolean hasOptions = c.has("options");
        boolean hasSubs = c.has("criteria");
        if ((hasOptions ? 1 : 0) + (hasSubs ? 1 : 0) + (yesNo ? 1 : 0) != 1) {
            b.report(c.path(), "set.criterionKind", code);
        }
        List<Option> options = new ArrayList<>();
        if (hasOptions) {
            options = readOptions(c, code, max, caseCodes, !doubts.isEmpty());
        } else if (!cases.isEmpty()) {
            b.report(c.path("cases"), "set.casesNeedOptions");
        }
        List<Criterion> subs = hasSubs ? readSubCriteria(c, code, max, onlyIf) : new ArrayList<>();
        if (code == null || name == null || max == null) {
            return null;
        }
        Criterion cr = new Criterion(code, name, nameEn, max, options, subs, yesNo, requirement, notes, onlyIf, cases,
                doubts, unverifiedCriterion);
        register(c, cr);
        return cr;
    }

    /** Reads the declared cases into {@code cases}; returns every declared case code in declaration order. */
    private Set<String> readCases(Binder.Obj c, List<CaseSpec> cases) {
        Set<String> caseCodes = new LinkedHashSet<>(); // declaration order, for messages
        for (Binder.Obj k : c.objects("cases", false, CASE_KEYS)) {
            String kc = k.str("code", true);
            String kl = k.str("label", true);
            if (kc != null && !caseCodes.add(kc)) {
                b.report(k.path("code"), "set.duplicateCase", kc);
            }
            if (kc != null && kl != null) {
                cases.add(new CaseSpec(kc, kl));
            }
        }
        return caseCodes;
    }

    private OnlyIf readOnlyIf(Binder.Obj c) {
        Binder.Obj oi = c.child("onlyIf", false, ONLY_IF_KEYS);
        if (oi == null) {
            return null;
        }
        String crit = oi.str("criterion", true);
        List<String> opts = oi.strings("options");
        String label = oi.str("label", true);
        if (opts.isEmpty()) {
            b.report(oi.path("options"), "set.onlyIfEmpty");
        }
        return crit != null && label != null ? new OnlyIf(crit, opts, label) : null;
    }

    private List<Criterion> readSubCriteria(Binder.Obj c, String code, BigDecimal max, OnlyIf onlyIf) {
        List<Criterion> subs = readSummed(c.objects("criteria", true, CRITERION_KEYS), this::readCriterion,
                Criterion::max, max, c.path("criteria"), new Term("loading", "set.subCriteriaOf", code));
        if (onlyIf != null) {
            b.report(c.path("onlyIf"), "set.onlyIfOnCompound");
        }
        return subs;
    }

    private void register(Binder.Obj c, Criterion cr) {
        String code = cr.code();
        if (criteria.containsKey(code)) {
            b.report(c.path("code"), "set.duplicateCriterion", code, paths.get(code));
        } else {
            criteria.put(code, cr);
            paths.put(code, c.path());
        }
    }

    private void checkOnlyIf() {
        for (Criterion c : criteria.values()) {
            OnlyIf oi = c.onlyIf();
            if (oi == null) {
                continue;
            }
            String path = paths.get(c.code()) + ".onlyIf";
            Criterion target = criteria.get(oi.criterion());
            if (target == null || !target.isLeaf()) {
                b.report(path, "set.onlyIfUnknown", oi.criterion());
                continue;
            }
            if (target.code().equals(c.code())) {
                b.report(path, "set.onlyIfSelf");
            }
            for (String opt : oi.options()) {
                if (target.option(opt) == null) {
                    b.report(path, "set.onlyIfOption", opt, target.code());
                }
            }
        }
    }

    // ---------------------------------------------------------------- options

    private List<Option> readOptions(Binder.Obj c, String code, BigDecimal max, Set<String> caseCodes,
            boolean hasDoubts) {
        List<Option> options = new ArrayList<>();
        List<String> optPaths = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<Binder.Obj> raw = c.objects("options", true, OPTION_KEYS);
        if (raw.isEmpty()) {
            b.report(c.path("options"), "set.noOptions", code);
        }
        BigDecimal best = null;
        for (Binder.Obj o : raw) {
            Read read = readOption(o, code, max, caseCodes, codes);
            if (read.points() != null) {
                best = best == null || read.points().compareTo(best) > 0 ? read.points() : best;
            }
            if (read.option() != null) {
                options.add(read.option());
                optPaths.add(o.path());
            }
        }
        if (best != null && max != null && best.compareTo(max) != 0 && !hasDoubts) {
            b.report(c.path("options"), "set.bestBelowMax", code, best, max);
        }
        checkMinimumOrder(code, options, optPaths);
        return Collections.unmodifiableList(options);
    }

    /** What an option's entry gave: its points (null when missing or wrong) and the option (null when incomplete). */
    private record Read(BigDecimal points, Option option) {
    }

    private Read readOption(Binder.Obj o, String code, BigDecimal max, Set<String> caseCodes, Set<String> codes) {
        String oc = o.str("code", true);
        BigDecimal pts = o.dec("points", true);
        String label = o.str("label", true);
        Integer ms = o.integer("minStars", false);
        String cs = o.str("case", false);
        List<String> doubts = o.strings("doubts");
        if (oc != null && (oc.equals(Criterion.YES) || oc.equals(Criterion.NO) || oc.equals("none"))) {
            b.report(o.path("code"), "set.reservedOption", oc);
        }
        if (oc != null && !codes.add(oc)) {
            b.report(o.path("code"), "set.duplicateOption", oc, code);
        }
        checkPoints(o, oc, pts, code, max);
        if (ms != null && (ms < 3 || ms > 5)) {
            b.report(o.path("minStars"), "set.minStars", ms);
            ms = null;
        }
        if (caseCodes.isEmpty() && cs != null) {
            b.report(o.path("case"), "set.caseUndeclared", cs);
        } else if (!caseCodes.isEmpty() && (cs == null || !caseCodes.contains(cs))) {
            b.report(o.path("case"), "set.caseUnknown", String.valueOf(caseCodes));
        }
        return new Read(pts, oc != null && pts != null && label != null
                ? new Option(oc, pts, label, ms == null ? null : Star.of(ms), cs, doubts) : null);
    }

    private void checkPoints(Binder.Obj o, String oc, BigDecimal pts, String code, BigDecimal max) {
        if (pts == null) {
            return;
        }
        if (pts.signum() < 0) {
            b.report(o.path("points"), "set.negativePoints", pts);
        }
        if (max != null && pts.compareTo(max) > 0) {
            b.report(o.path("points"), "set.pointsAboveMax", oc, pts, max, code);
        }
    }

    /** A higher star's minimum (in the same case) gives at least the points of a lower star's minimum. */
    private void checkMinimumOrder(String code, List<Option> options, List<String> optPaths) {
        for (int i = 0; i < options.size(); i++) {
            Option hi = options.get(i);
            if (hi.minStars() == null) {
                continue;
            }
            for (Option lo : options) {
                if (lo.minStars() != null && lo.minStars().level() < hi.minStars().level()
                        && Objects.equals(lo.caseCode(), hi.caseCode()) && hi.points().compareTo(lo.points()) < 0) {
                    b.report(optPaths.get(i) + ".minStars", "set.minimumOrder", hi.minStars().toString(), code,
                            hi.code(), hi.points(), lo.minStars().toString(), lo.code(), lo.points());
                }
            }
        }
    }
}
