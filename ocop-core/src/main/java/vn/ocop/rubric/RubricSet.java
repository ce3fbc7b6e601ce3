package vn.ocop.rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rubric set ("bộ sản phẩm", also the evaluation sheet "phiếu đánh giá") of an edition, e.g. set 1
 * "Rau, củ, quả, hạt tươi" of Decision 26/2026: its parts, groups, criteria, options and knock-out rules.
 *
 * <p>Immutable and thread-safe. Obtain sets from a {@link RubricCatalog} or an {@link Edition}:
 * <pre>{@code
 * RubricSet set = RubricCatalog.bundled().edition("QD-26-2026").set(1);
 * Criterion c = set.criterion("1.5");
 * }</pre>
 */
public final class RubricSet {
    private final String editionId;
    private final int number;
    private final String name;
    private final String nameEn;
    private final String taxonomy;
    private final String citation;
    private final List<KnockOut> knockOuts;
    private final List<Part> parts;
    private final List<String> doubts;
    private final boolean unverified;
    private final Map<String, Criterion> criteriaByCode;
    private final List<Criterion> leaves;

    /**
     * Creates a set. Structural rules (sums, codes, markers) are checked by the loader, not here.
     *
     * @param editionId id of the edition, not null
     * @param number set number, 1 to 26
     * @param name Vietnamese name, not null
     * @param nameEn English name, may be null
     * @param taxonomy taxonomy code of the products it evaluates, e.g. "I.1.a", not null
     * @param citation where the set stands in the decision, e.g. "Phụ lục II, mục 1", not null
     * @param knockOuts knock-out rules, not null
     * @param parts parts A, B, C, not null
     * @param doubts remarks on the source text, not null
     * @param unverified whether the set could not be fully checked against the official text
     */
    public RubricSet(String editionId, int number, String name, String nameEn, String taxonomy, String citation,
            List<KnockOut> knockOuts, List<Part> parts, List<String> doubts, boolean unverified) {
        this.editionId = Objects.requireNonNull(editionId, "editionId");
        this.number = number;
        this.name = Objects.requireNonNull(name, "name");
        this.nameEn = nameEn;
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.citation = Objects.requireNonNull(citation, "citation");
        this.knockOuts = List.copyOf(knockOuts);
        this.parts = List.copyOf(parts);
        this.doubts = List.copyOf(doubts);
        this.unverified = unverified;
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        List<Criterion> leafList = new ArrayList<>();
        for (Part p : this.parts) {
            for (CriterionGroup g : p.groups()) {
                for (Criterion c : g.criteria()) {
                    index(c, byCode);
                    leafList.addAll(c.leaves());
                }
            }
        }
        this.criteriaByCode = Collections.unmodifiableMap(byCode);
        this.leaves = List.copyOf(leafList);
    }

    private static void index(Criterion c, Map<String, Criterion> byCode) {
        byCode.putIfAbsent(c.code(), c);
        for (Criterion sub : c.criteria()) {
            index(sub, byCode);
        }
    }

    /** @return id of the edition this set belongs to */
    public String editionId() {
        return editionId;
    }

    /** @return set number, 1 to 26 */
    public int number() {
        return number;
    }

    /** @return Vietnamese name */
    public String name() {
        return name;
    }

    /** @return English name, may be null */
    public String nameEn() {
        return nameEn;
    }

    /** @return taxonomy code of the products it evaluates */
    public String taxonomy() {
        return taxonomy;
    }

    /** @return where the set stands in the decision */
    public String citation() {
        return citation;
    }

    /** @return knock-out rules */
    public List<KnockOut> knockOuts() {
        return knockOuts;
    }

    /** @return parts A, B, C */
    public List<Part> parts() {
        return parts;
    }

    /** @return remarks on the source text */
    public List<String> doubts() {
        return doubts;
    }

    /** @return whether the set could not be fully checked against the official text */
    public boolean unverified() {
        return unverified;
    }

    /**
     * @param code a criterion code, e.g. "1.5" or "6.1.2" (compound criteria are found too)
     * @return the criterion, or null if the set has none with that code
     */
    public Criterion criterion(String code) {
        return criteriaByCode.get(vn.ocop.internal.Text.nfc(code));
    }

    /** @return the criteria an evaluator answers (leaves), in the law's order */
    public List<Criterion> leafCriteria() {
        return leaves;
    }

    /**
     * @param code knock-out code
     * @return the knock-out rule, or null
     */
    public KnockOut knockOut(String code) {
        String c = vn.ocop.internal.Text.nfc(code);
        for (KnockOut k : knockOuts) {
            if (k.code().equals(c)) {
                return k;
            }
        }
        return null;
    }

    /**
     * @param criterionCode a criterion code
     * @return where the criterion stands in the decision, e.g. "Phụ lục II, mục 1, tiêu chí 1.5"
     */
    public String citeCriterion(String criterionCode) {
        return citation + ", tiêu chí " + criterionCode;
    }

    /**
     * @param criterionCode a criterion code
     * @param optionIndex zero-based position of the option
     * @return where the option stands, e.g. "Phụ lục II, mục 1, tiêu chí 1.5, lựa chọn thứ 3"
     */
    public String citeOption(String criterionCode, int optionIndex) {
        return citeCriterion(criterionCode) + ", lựa chọn thứ " + (optionIndex + 1);
    }

    @Override
    public String toString() {
        return editionId + " set " + number + " (" + name + ")";
    }
}
