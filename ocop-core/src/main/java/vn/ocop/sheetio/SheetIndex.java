package vn.ocop.sheetio;

import java.util.HashMap;
import java.util.Map;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricSet;

/** What the CSV reader looks up, per set: built once, shared by the copies of a reader. Immutable. */
final class SheetIndex {
    final Map<String, Criterion> leaves = new HashMap<>();
    final Map<String, KnockOut> knockOuts = new HashMap<>();
    final Map<String, Criterion> compound = new HashMap<>();
    /** Per leaf: the cell keys that name an option without more ado (code, "c)", "c.", unique label). */
    final Map<Criterion, Map<String, String>> cells = new HashMap<>();
    /** Per leaf: option code key to option, for "c) label". */
    final Map<Criterion, Map<String, Option>> codes = new HashMap<>();

    SheetIndex(RubricSet set) {
        for (Criterion c : set.leafCriteria()) {
            leaves.putIfAbsent(Columns.codeKey(c.code()), c);
            Map<String, String> cell = new HashMap<>();
            Map<String, Option> code = new HashMap<>();
            Map<String, Integer> labelCount = new HashMap<>();
            for (Option o : c.answerOptions()) {
                labelCount.merge(Columns.key(o.label()), 1, Integer::sum);
            }
            for (Option o : c.answerOptions()) { // a label shared by two options names neither
                String label = Columns.key(o.label());
                if (labelCount.get(label) == 1) {
                    cell.putIfAbsent(label, o.code());
                }
            }
            for (Option o : c.answerOptions()) { // codes win over labels
                String k = Columns.key(o.code());
                cell.put(k, o.code());
                cell.put(k + ")", o.code());
                cell.put(k + ".", o.code());
                code.putIfAbsent(k, o);
            }
            cells.put(c, cell);
            codes.put(c, code);
        }
        for (KnockOut k : set.knockOuts()) {
            knockOuts.putIfAbsent(Columns.codeKey(k.code()), k);
        }
        set.parts().forEach(p -> p.groups().forEach(g -> g.criteria().forEach(this::compound)));
    }

    private void compound(Criterion c) {
        if (!c.isLeaf()) {
            compound.putIfAbsent(Columns.codeKey(c.code()), c);
            c.criteria().forEach(this::compound);
        }
    }
}
