package vn.ocop.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.OcopException;
import vn.ocop.rubric.CaseSpec;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.CriterionGroup;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.Part;
import vn.ocop.rubric.PartSpec;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.TaxonomyNode;

/**
 * The evaluation sheet ("phiếu đánh giá") of one rubric set as a form a council member fills in and signs: the
 * layout of Annex II of Decision 26/2026/QĐ-TTg ("Bộ tiêu chí đánh giá sản phẩm OCOP (kiêm phiếu đánh giá)") laid
 * out from the rubric data. {@link SheetFormRenderer} prints it as HTML or plain text.
 *
 * <p>In order: the {@linkplain #header() header fields}, the {@linkplain #knockOuts() knock-out conditions of the
 * whole set}, then per {@linkplain #parts() part} its groups, criteria and options (each option with its points
 * and star marker), with the "only if" notes, requirements, notes, knock-out notes of a criterion, sub-criteria
 * and "choose one of the cases" blocks where the rubric has them; a subtotal line per part, the
 * {@linkplain #total() total}, and the signature block.
 *
 * <pre>{@code
 * Edition edition = RubricCatalog.bundled().edition("QD-26-2026");
 * EvaluationSheetForm form = EvaluationSheetForm.of(edition, 13)
 *     .withHeader(SheetHeader.blank().withProduct("Cà phê bột Buôn Ma Thuột"));
 * String html = SheetFormRenderer.of(Locale.forLanguageTag("vi")).html(form);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EvaluationSheetForm {
    private final Edition edition;
    private final RubricSet set;
    private final SheetHeader header;
    private final List<TaxonomyNode> taxonomyPath;
    private final List<KnockOut> knockOuts;
    private final List<FormPart> parts;
    private final BigDecimal total;
    private final boolean unverified;

    private EvaluationSheetForm(Edition edition, RubricSet set, SheetHeader header, List<TaxonomyNode> taxonomyPath,
            List<KnockOut> knockOuts, List<FormPart> parts, BigDecimal total, boolean unverified) {
        this.edition = edition;
        this.set = set;
        this.header = header;
        this.taxonomyPath = taxonomyPath;
        this.knockOuts = knockOuts;
        this.parts = parts;
        this.total = total;
        this.unverified = unverified;
    }

    /**
     * @param edition the edition, not null
     * @param setNumber the number of one of its rubric sets
     * @return the blank form of that set
     * @throws OcopException if the edition has no such set (e.g. Decision 1048, which carries no criterion detail)
     */
    public static EvaluationSheetForm of(Edition edition, int setNumber) {
        return of(edition, Objects.requireNonNull(edition, "edition").set(setNumber));
    }

    /**
     * @param edition the edition the set belongs to, not null
     * @param set the rubric set, not null
     * @return the blank form of that set
     * @throws OcopException if the set is not one of the edition's
     */
    public static EvaluationSheetForm of(Edition edition, RubricSet set) {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(set, "set");
        if (!set.editionId().equals(edition.id()) || edition.findSet(set.number()).orElse(null) != set) {
            throw new OcopException(set + " is not a set of " + edition.id());
        }
        List<KnockOut> whole = new ArrayList<>();
        for (KnockOut k : set.knockOuts()) {
            if (k.criterion() == null || set.criterion(k.criterion()) == null) {
                whole.add(k);
            }
        }
        boolean unverified = set.unverified();
        List<FormPart> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Part p : set.parts()) {
            List<FormGroup> groups = new ArrayList<>();
            for (CriterionGroup g : p.groups()) {
                List<FormCriterion> criteria = new ArrayList<>();
                for (Criterion c : g.criteria()) {
                    FormCriterion fc = criterion(set, c, 0);
                    unverified |= fc.anyUnverified();
                    criteria.add(fc);
                }
                groups.add(new FormGroup(g, criteria));
            }
            parts.add(new FormPart(p.code(), partName(edition, p.code()), p.max(), groups));
            total = total.add(p.max());
        }
        return new EvaluationSheetForm(edition, set, SheetHeader.blank(), taxonomyPath(edition, set.taxonomy()),
                List.copyOf(whole), List.copyOf(parts), total, unverified);
    }

    private static String partName(Edition edition, String code) {
        for (PartSpec s : edition.parts()) {
            if (s.code().equals(code)) {
                return s.name();
            }
        }
        return null;
    }

    private static FormCriterion criterion(RubricSet set, Criterion c, int depth) {
        List<KnockOut> kos = new ArrayList<>();
        for (KnockOut k : set.knockOuts()) {
            if (c.code().equals(k.criterion())) {
                kos.add(k);
            }
        }
        List<FormCriterion> subs = new ArrayList<>();
        for (Criterion s : c.criteria()) {
            subs.add(criterion(set, s, depth + 1));
        }
        List<FormChoices> choices = new ArrayList<>();
        if (c.cases().isEmpty()) {
            if (!c.answerOptions().isEmpty()) {
                choices.add(new FormChoices(null, c.answerOptions()));
            }
        } else {
            for (CaseSpec cs : c.cases()) {
                choices.add(new FormChoices(cs, c.answerOptions().stream()
                        .filter(o -> cs.code().equals(o.caseCode())).toList()));
            }
            List<Option> outside = c.answerOptions().stream()
                    .filter(o -> c.cases().stream().noneMatch(cs -> cs.code().equals(o.caseCode()))).toList();
            if (!outside.isEmpty()) {
                choices.add(new FormChoices(null, outside));
            }
        }
        return new FormCriterion(c, depth, choices, kos, subs);
    }

    private static List<TaxonomyNode> taxonomyPath(Edition edition, String code) {
        List<TaxonomyNode> path = new ArrayList<>();
        for (TaxonomyNode root : edition.taxonomy()) {
            if (pathTo(root, code, path)) {
                return List.copyOf(path);
            }
        }
        return List.of();
    }

    private static boolean pathTo(TaxonomyNode node, String code, List<TaxonomyNode> path) {
        path.add(node);
        if (node.code().equals(code)) {
            return true;
        }
        for (TaxonomyNode c : node.children()) {
            if (pathTo(c, code, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    /**
     * @param header the header fields, not null
     * @return a copy of this form with them
     */
    public EvaluationSheetForm withHeader(SheetHeader header) {
        return new EvaluationSheetForm(edition, set, Objects.requireNonNull(header, "header"), taxonomyPath, knockOuts,
                parts, total, unverified);
    }

    /** @return the edition */
    public Edition edition() {
        return edition;
    }

    /** @return the rubric set */
    public RubricSet set() {
        return set;
    }

    /** @return the header fields ({@link SheetHeader#blank()} unless set) */
    public SheetHeader header() {
        return header;
    }

    /**
     * @return the taxonomy nodes from the product group down to the set's own node (e.g. "Sản phẩm thực phẩm",
     *         "Cà phê, ca cao"), empty if the edition's taxonomy does not list the set's code
     */
    public List<TaxonomyNode> taxonomyPath() {
        return taxonomyPath;
    }

    /**
     * @return the knock-out conditions of the whole set ("Hồ sơ bị loại khi …"), printed before the criteria; the
     *         knock-out notes of one criterion are in its {@link FormCriterion#knockOuts()}
     */
    public List<KnockOut> knockOuts() {
        return knockOuts;
    }

    /** @return the parts A, B, C in the law's order */
    public List<FormPart> parts() {
        return parts;
    }

    /** @return the maximum total, the sum of the parts' maxima (100) */
    public BigDecimal total() {
        return total;
    }

    /**
     * @return whether some of the set's data could not be checked against the official text (the printed form says
     *         so)
     */
    public boolean unverified() {
        return unverified;
    }

    /** @return every criterion of the form, parents before their sub-criteria, in the law's order */
    public List<FormCriterion> allCriteria() {
        List<FormCriterion> out = new ArrayList<>();
        for (FormPart p : parts) {
            for (FormGroup g : p.groups()) {
                for (FormCriterion c : g.criteria()) {
                    c.collect(out);
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "EvaluationSheetForm[" + set + "]";
    }

    /**
     * A part of the form.
     *
     * <p>Immutable and thread-safe.
     *
     * @param code "A", "B" or "C", not null
     * @param name the part's Vietnamese name as the edition defines it (Điều 3.1), or null if it defines none
     * @param max the part's maximum in this set, not null
     * @param groups its groups, not null
     */
    public record FormPart(String code, String name, BigDecimal max, List<FormGroup> groups) {
        /**
         * Checks the components and copies the list.
         *
         * @param code "A", "B" or "C", not null
         * @param name the part's Vietnamese name, or null
         * @param max the part's maximum, not null
         * @param groups its groups, not null
         */
        public FormPart {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(max, "max");
            groups = List.copyOf(groups);
        }
    }

    /**
     * A numbered group of criteria on the form.
     *
     * <p>Immutable and thread-safe.
     *
     * @param group the rubric's group (code, names, maximum), not null
     * @param criteria its criteria, not null
     */
    public record FormGroup(CriterionGroup group, List<FormCriterion> criteria) {
        /**
         * Checks the components and copies the list.
         *
         * @param group the rubric's group, not null
         * @param criteria its criteria, not null
         */
        public FormGroup {
            Objects.requireNonNull(group, "group");
            criteria = List.copyOf(criteria);
        }
    }

    /**
     * A criterion on the form with what is printed around it.
     *
     * <p>Immutable and thread-safe.
     *
     * @param criterion the rubric's criterion (code, names, maximum, requirement, notes, "only if"), not null
     * @param depth 0 for a criterion of a group, 1 for a sub-criterion, and so on
     * @param choices its options to tick: one block, or one block per "choose one of the cases" variant; empty for
     *        a criterion scored through its sub-criteria; a yes/no criterion has the two options "no" and "yes"
     * @param knockOuts knock-out notes of this criterion ("Ghi chú: Bị loại nếu …"), not null
     * @param subCriteria its sub-criteria, empty unless compound
     */
    public record FormCriterion(Criterion criterion, int depth, List<FormChoices> choices, List<KnockOut> knockOuts,
            List<FormCriterion> subCriteria) {
        /**
         * Checks the components and copies the lists.
         *
         * @param criterion the rubric's criterion, not null
         * @param depth 0 for a criterion of a group, 1 for a sub-criterion, and so on
         * @param choices its options to tick, not null
         * @param knockOuts its knock-out notes, not null
         * @param subCriteria its sub-criteria, not null
         */
        public FormCriterion {
            Objects.requireNonNull(criterion, "criterion");
            choices = List.copyOf(choices);
            knockOuts = List.copyOf(knockOuts);
            subCriteria = List.copyOf(subCriteria);
        }

        /** @return every option printed for this criterion (not its sub-criteria), in order */
        public List<Option> options() {
            List<Option> out = new ArrayList<>();
            for (FormChoices c : choices) {
                out.addAll(c.options());
            }
            return out;
        }

        boolean anyUnverified() {
            return criterion.unverified() || subCriteria.stream().anyMatch(FormCriterion::anyUnverified);
        }

        void collect(List<FormCriterion> out) {
            out.add(this);
            for (FormCriterion s : subCriteria) {
                s.collect(out);
            }
        }
    }

    /**
     * Options printed together: all the options of a criterion, or those of one "choose one of the cases" variant.
     *
     * <p>Immutable and thread-safe.
     *
     * @param caseSpec the variant ("Trường hợp 1: …"), or null when the criterion has no variants
     * @param options the options, not null
     */
    public record FormChoices(CaseSpec caseSpec, List<Option> options) {
        /**
         * Checks the components and copies the list.
         *
         * @param caseSpec the variant, or null
         * @param options the options, not null
         */
        public FormChoices {
            options = List.copyOf(options);
        }
    }
}
