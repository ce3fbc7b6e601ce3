package vn.ocop.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A criterion ("tiêu chí") of a rubric set, e.g. {@code 1.5 Liên kết sản xuất}, with its maximum and either its
 * options, its sub-criteria (tea "6.1 Ngoại hình" = 6.1.1 + 6.1.2), or a plain yes/no score when the law gives
 * only a maximum.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the law's number, e.g. "1.5", "7", "6.1.2", "1.đ", not null
 * @param name our concise Vietnamese name, not null
 * @param nameEn short English name, may be null
 * @param max maximum points, not null
 * @param options the alternatives, empty for a compound or yes/no criterion
 * @param criteria sub-criteria, empty unless compound
 * @param yesNo whether the law lists no options: scored {@code max} ("yes") or 0 ("no")
 * @param requirement a requirement stated with the criterion ("Yêu cầu: …"), or null
 * @param notes remarks of the law that do not end the evaluation, not null
 * @param onlyIf the condition under which the criterion applies, or null
 * @param cases "choose one case" variants, empty if none
 * @param doubts remarks on the source text, not null
 * @param unverified whether the data could not be checked against the official text
 */
public record Criterion(String code, String name, String nameEn, BigDecimal max, List<Option> options,
        List<Criterion> criteria, boolean yesNo, String requirement, List<String> notes, OnlyIf onlyIf,
        List<CaseSpec> cases, List<String> doubts, boolean unverified) {

    /** Answer code of a yes/no criterion when the product meets it. */
    public static final String YES = "yes";
    /** Answer code of a yes/no criterion when it does not. */
    public static final String NO = "no";

    /**
     * Checks the components and copies the lists.
     *
     * @param code the law's number, e.g. "1.5", "7", "6.1.2", "1.đ", not null
     * @param name our concise Vietnamese name, not null
     * @param nameEn short English name, may be null
     * @param max maximum points, not null
     * @param options the alternatives, empty for a compound or yes/no criterion
     * @param criteria sub-criteria, empty unless compound
     * @param yesNo whether the law lists no options: scored {@code max} ("yes") or 0 ("no")
     * @param requirement a requirement stated with the criterion ("Yêu cầu: …"), or null
     * @param notes remarks of the law that do not end the evaluation, not null
     * @param onlyIf the condition under which the criterion applies, or null
     * @param cases "choose one case" variants, empty if none
     * @param doubts remarks on the source text, not null
     * @param unverified whether the data could not be checked against the official text
     */
    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(max, "max");
        options = List.copyOf(options);
        criteria = List.copyOf(criteria);
        notes = List.copyOf(notes);
        cases = List.copyOf(cases);
        doubts = List.copyOf(doubts);
    }

    /** @return whether this criterion is answered directly (it has options or is yes/no), not through sub-criteria */
    public boolean isLeaf() {
        return criteria.isEmpty();
    }

    /**
     * The options an evaluator chooses from: the law's options, or for a yes/no criterion the two derived options
     * {@value #NO} (0 points) and {@value #YES} ({@code max} points).
     *
     * @return the answerable options, not null
     */
    public List<Option> answerOptions() {
        if (!yesNo) {
            return options;
        }
        return List.of(new Option(NO, BigDecimal.ZERO, "Không", null, null, List.of()),
                new Option(YES, max, "Có", null, null, List.of()));
    }

    /**
     * @param optionCode an option code
     * @return the option, or null if this criterion has none with that code
     */
    public Option option(String optionCode) {
        String c = vn.ocop.internal.Text.nfc(optionCode);
        for (Option o : answerOptions()) {
            if (o.code().equals(c)) {
                return o;
            }
        }
        return null;
    }

    /** @return this criterion if it is a leaf, else its leaf sub-criteria in order */
    public List<Criterion> leaves() {
        if (isLeaf()) {
            return List.of(this);
        }
        List<Criterion> out = new ArrayList<>();
        for (Criterion c : criteria) {
            out.addAll(c.leaves());
        }
        return out;
    }
}
