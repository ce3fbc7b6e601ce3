package vn.ocop.scoring;

import java.util.Arrays;
import java.util.List;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Option;

/**
 * Reads a sheet against a compiled set: one slot per leaf ({@link CompiledSet}) and every problem found, in this
 * order: a sheet for another edition or set; per answer in the order given, an unknown criterion, a second answer
 * for a criterion, an unknown option; options chosen for criteria whose "only if" condition is not met; missing
 * answers (not for drafts); unknown knock-out codes and codes of rules on answers.
 *
 * <p>A criterion code is first compared with the leaf at the answer's position (sheets usually follow the law's
 * order), then looked up; a one-letter option code is read from the leaf's letter table, another one compared with
 * the leaf's few option codes. Thread-safe.
 */
final class SheetResolver {
    private final CompiledSet t;

    SheetResolver(CompiledSet t) {
        this.t = t;
    }

    /**
     * @param sheet the sheet
     * @param draft whether missing answers are allowed
     * @param problems receives every problem found
     * @return the slot of each leaf
     */
    int[] resolve(EvaluationSheet sheet, boolean draft, List<SheetProblem> problems) {
        checkSet(sheet, problems);
        int[] slots = new int[t.leaves.length]; // 0: not answered yet
        List<Answer> answers = sheet.answers();
        int answered = 0;
        for (int k = 0, size = answers.size(); k < size; k++) {
            answered += answer(sheet.member(), answers.get(k), k, slots, problems);
        }
        boolean complete = answered == slots.length;
        for (int i = 0; i < slots.length && !complete; i++) {
            if (slots[i] == 0) {
                slots[i] = t.slot(i, CompiledSet.MISSING);
            }
        }
        applyOnlyIf(sheet.member(), slots, problems);
        if (!draft && !complete) {
            reportMissing(sheet.member(), slots, problems);
        }
        checkKnockOuts(sheet.member(), sheet.knockOuts(), "knockOuts", problems);
        return slots;
    }

    private void checkSet(EvaluationSheet sheet, List<SheetProblem> problems) {
        boolean edition = sheet.edition().equals(t.editionId);
        if (!edition || sheet.set() != t.setNumber) {
            problems.add(new SheetProblem(SheetProblem.Kind.WRONG_SET, sheet.member(), null, null,
                    edition ? "$.set" : "$.edition", "problem.WRONG_SET", List.of(sheet.edition(),
                            String.valueOf(sheet.set()), t.editionId, String.valueOf(t.setNumber))));
        }
    }

    /**
     * Resolves one answer into {@code slots}, or reports why it cannot be.
     *
     * @return 1 when it gave a criterion its answer (an unknown option counts: the criterion is not missing), else 0
     */
    private int answer(String member, Answer a, int position, int[] slots, List<SheetProblem> problems) {
        int leaf = leafOf(a.criterion(), position);
        if (leaf < 0) {
            problems.add(unknownCriterion(member, a));
            return 0;
        }
        if (slots[leaf] != 0) {
            int first = t.choice(leaf, slots[leaf]);
            problems.add(new SheetProblem(SheetProblem.Kind.DUPLICATE_ANSWER, member, a.criterion(), a.option(),
                    path(a.criterion()), "problem.DUPLICATE_ANSWER", List.of(a.criterion(),
                            first == CompiledSet.NONE ? Answer.NONE : t.options[leaf][first].code())));
            return 0;
        }
        String option = a.option();
        int letter = CompiledSet.letter(option);
        if (letter >= 0 && t.letterSlot[(leaf << 5) + letter] != 0) {
            slots[leaf] = t.letterSlot[(leaf << 5) + letter];
            return 1;
        }
        int choice = optionOf(leaf, option);
        if (choice == CompiledSet.MISSING) {
            problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_OPTION, member, a.criterion(), a.option(),
                    path(a.criterion()), "problem.UNKNOWN_OPTION", List.of(a.criterion(), a.option(),
                            Arrays.stream(t.options[leaf]).map(Option::code).distinct().sorted().toList().toString())));
            choice = CompiledSet.NONE; // answered, so not reported missing as well
        }
        slots[leaf] = t.slot(leaf, choice);
        return 1;
    }

    /** The leaf of a criterion code, trying the law's order first; -1 if none. */
    private int leafOf(String criterion, int position) {
        if (position < t.leafCode.length && t.leafCode[position].equals(criterion)) {
            return position;
        }
        Integer leaf = t.leafIndex.get(criterion);
        return leaf == null ? -1 : leaf;
    }

    /**
     * The choice an option code makes on a leaf: the option's index (the last of equal codes), {@link
     * CompiledSet#NONE} for {@value Answer#NONE} (an option the rubric itself codes {@value Answer#NONE} is never
     * matched by code), or {@link CompiledSet#MISSING} for an unknown code.
     */
    private int optionOf(int leaf, String option) {
        Option[] opts = t.options[leaf];
        for (int j = opts.length - 1; j >= 0; j--) {
            if (opts[j].code().equals(option) && !option.equals(Answer.NONE)) {
                return j;
            }
        }
        return option.equals(Answer.NONE) ? CompiledSet.NONE : CompiledSet.MISSING;
    }

    private SheetProblem unknownCriterion(String member, Answer a) {
        Criterion c = t.set.criterion(a.criterion());
        if (c != null) {
            return new SheetProblem(SheetProblem.Kind.UNKNOWN_CRITERION, member, a.criterion(), a.option(),
                    path(a.criterion()), "problem.PARENT_CRITERION", List.of(a.criterion(),
                            c.leaves().stream().map(Criterion::code).toList().toString()));
        }
        return new SheetProblem(SheetProblem.Kind.UNKNOWN_CRITERION, member, a.criterion(), a.option(),
                path(a.criterion()), "problem.UNKNOWN_CRITERION",
                List.of(String.valueOf(t.setNumber), a.criterion()));
    }

    /** Leaves whose "only if" condition is not met become not applicable; an option chosen there is a problem. */
    private void applyOnlyIf(String member, int[] slots, List<SheetProblem> problems) {
        for (int i : t.onlyIfLeaves) {
            int target = t.onlyIfTarget[i];
            int condition = t.choice(target, slots[target]);
            boolean applies = condition == CompiledSet.MISSING || (condition >= 0 && t.onlyIfAllowed[i][condition]);
            if (!applies) {
                int chosen = t.choice(i, slots[i]);
                if (chosen >= 0) {
                    Criterion c = t.leaves[i];
                    problems.add(new SheetProblem(SheetProblem.Kind.NOT_APPLICABLE, member, c.code(),
                            t.options[i][chosen].code(), path(c.code()), "problem.NOT_APPLICABLE",
                            List.of(c.code(), c.onlyIf().label(), t.leaves[target].code())));
                }
                slots[i] = t.slot(i, CompiledSet.NOT_APPLICABLE);
            }
        }
    }

    private void reportMissing(String member, int[] slots, List<SheetProblem> problems) {
        for (int i = 0; i < slots.length; i++) {
            if (t.choice(i, slots[i]) == CompiledSet.MISSING) {
                Criterion c = t.leaves[i];
                String en = c.nameEn() != null ? c.nameEn() : c.name();
                problems.add(new SheetProblem(SheetProblem.Kind.MISSING_ANSWER, member, c.code(), null,
                        path(c.code()), "problem.MISSING_ANSWER", List.of(c.code(), c.name()), List.of(c.code(), en)));
            }
        }
    }

    /**
     * Reports the codes that are no knock-out rule of the set, and those of rules on answers (which nobody raises).
     *
     * @param member the member whose sheet holds them, or null for the council's own
     * @param key the list's key in the sheet's (or council's) JSON form, e.g. {@code knockOuts}
     */
    void checkKnockOuts(String member, List<String> codes, String key, List<SheetProblem> problems) {
        for (int k = 0, size = codes.size(); k < size; k++) {
            String code = codes.get(k);
            vn.ocop.rubric.KnockOut rule = t.knockOuts.get(code);
            if (rule == null) {
                problems.add(new SheetProblem(SheetProblem.Kind.UNKNOWN_KNOCK_OUT, member, null, code,
                        "$." + key + "[" + k + "]", "problem.UNKNOWN_KNOCK_OUT", List.of(String.valueOf(t.setNumber),
                                code, t.knockOuts.keySet().toString())));
            } else if (rule.answerDriven()) {
                problems.add(new SheetProblem(SheetProblem.Kind.ANSWER_RULE, member, null, code,
                        "$." + key + "[" + k + "]", "problem.ANSWER_RULE", List.of(code, rule.when().stream()
                                .map(w -> w.criterion() + " " + String.join("/", w.options())).toList().toString())));
            }
        }
    }

    /** The JSON path of an answer: {@code $.answers["1.5"]}. */
    static String path(String criterion) {
        return "$.answers[\"" + criterion.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
