package vn.ocop.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import vn.ocop.format.Localized;
import vn.ocop.internal.Messages;
import vn.ocop.internal.Text;

/**
 * What changed in one rubric set between two editions: criteria added, removed, re-weighted, and star minimums
 * moved; and groups re-weighted.
 *
 * <p>Editions number criteria differently (148 writes {@code 1.a}, 26/2026 writes {@code 1.1}), so criteria are
 * matched by group number and by the words of their names (most similar pairs first, at least 40 % of the words in common);
 * a criterion without such a match is reported as added or removed. Read the result as a reviewer's checklist.
 *
 * <pre>{@code
 * RubricDiff d = RubricDiff.between(catalog.edition("QD-148-2023").set(1), catalog.edition("QD-26-2026").set(1));
 * System.out.println(d.summary());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param from edition id of the older set, not null
 * @param to edition id of the newer set, not null
 * @param set set number
 * @param changes the changes, not null
 */
public record RubricDiff(String from, String to, int set, List<Change> changes) {
    /** Kinds of change. */
    public enum Kind implements Localized {
        /** A criterion only in the newer set. */
        ADDED,
        /** A criterion only in the older set. */
        REMOVED,
        /** A criterion's maximum changed. */
        REWEIGHTED,
        /** A criterion's star minimums (level and points of the marked options) changed. */
        MINIMUMS_MOVED,
        /** A group's maximum changed. */
        GROUP_REWEIGHTED;

        /**
         * @param locale the reader's locale, not null
         * @return the name in Vietnamese, or in English for an English locale
         */
        @Override
        public String text(Locale locale) {
            return Messages.of("rubric").text(locale, "diffKind." + name());
        }
    }

    /**
     * One change.
     *
     * @param kind kind, not null
     * @param fromCode code in the older set, or null
     * @param toCode code in the newer set, or null
     * @param name name (newer if present), not null
     * @param detail what changed, e.g. "3 → 5", not null
     */
    public record Change(Kind kind, String fromCode, String toCode, String name, String detail) {
        /**
         * Checks the components.
         *
         * @param kind kind, not null
         * @param fromCode code in the older set, or null
         * @param toCode code in the newer set, or null
         * @param name name (newer if present), not null
         * @param detail what changed, e.g. "3 → 5", not null
         */
        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * Copies the list.
     *
     * @param from edition id of the older set, not null
     * @param to edition id of the newer set, not null
     * @param set set number
     * @param changes the changes, not null
     */
    public RubricDiff {
        changes = List.copyOf(changes);
    }

    /**
     * @param older the set in the older edition, not null
     * @param newer the same set in the newer edition, not null
     * @return the differences
     */
    public static RubricDiff between(RubricSet older, RubricSet newer) {
        List<Change> out = new ArrayList<>();
        Map<String, CriterionGroup> og = groups(older);
        for (CriterionGroup g : groups(newer).values()) {
            CriterionGroup o = og.get(g.code());
            if (o != null && o.max().compareTo(g.max()) != 0) {
                out.add(new Change(Kind.GROUP_REWEIGHTED, o.code(), g.code(), g.name(),
                        o.max().toPlainString() + " → " + g.max().toPlainString()));
            }
        }
        Map<String, String> groupOfOld = groupOf(older);
        Map<String, String> groupOfNew = groupOf(newer);
        List<Criterion> olds = new ArrayList<>(older.leafCriteria());
        List<Criterion> news = newer.leafCriteria();
        Map<Integer, Integer> newToOld = match(olds, news, groupOfOld, groupOfNew);
        Set<Criterion> matched = new HashSet<>();
        for (Integer i : newToOld.values()) {
            matched.add(olds.get(i));
        }
        for (int j = 0; j < news.size(); j++) {
            Criterion n = news.get(j);
            Integer oi = newToOld.get(j);
            if (oi == null) {
                out.add(new Change(Kind.ADDED, null, n.code(), n.name(), "max " + n.max().toPlainString()));
                continue;
            }
            Criterion best = olds.get(oi);
            if (best.max().compareTo(n.max()) != 0) {
                out.add(new Change(Kind.REWEIGHTED, best.code(), n.code(), n.name(),
                        best.max().toPlainString() + " → " + n.max().toPlainString()));
            }
            String om = minimums(best);
            String nm = minimums(n);
            if (!om.equals(nm)) {
                out.add(new Change(Kind.MINIMUMS_MOVED, best.code(), n.code(), n.name(), om + " → " + nm));
            }
        }
        for (Criterion o : olds) {
            if (!matched.contains(o)) {
                out.add(new Change(Kind.REMOVED, o.code(), null, o.name(), "max " + o.max().toPlainString()));
            }
        }
        return new RubricDiff(older.editionId(), newer.editionId(), newer.number(), out);
    }

    /**
     * Global greedy matching: the most similar pairs of criteria of the same group first (Jaccard similarity of the
     * words of their names, at least 0.4), each criterion matched at most once.
     *
     * @return for each matched position in {@code news}, the position of its match in {@code olds}
     */
    private static Map<Integer, Integer> match(List<Criterion> olds, List<Criterion> news,
            Map<String, String> groupOfOld, Map<String, String> groupOfNew) {
        List<double[]> pairs = new ArrayList<>();
        for (int j = 0; j < news.size(); j++) {
            for (int i = 0; i < olds.size(); i++) {
                if (groupOfOld.get(olds.get(i).code()).equals(groupOfNew.get(news.get(j).code()))) {
                    double sim = similarity(olds.get(i).name(), news.get(j).name());
                    if (sim >= 0.4) {
                        pairs.add(new double[] {sim, i, j});
                    }
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[2], b[2]));
        Map<Integer, Integer> newToOld = new HashMap<>();
        Set<Integer> matchedOld = new HashSet<>();
        for (double[] pr : pairs) {
            int i = (int) pr[1];
            int j = (int) pr[2];
            if (!matchedOld.contains(i) && !newToOld.containsKey(j)) {
                matchedOld.add(i);
                newToOld.put(j, i);
            }
        }
        return newToOld;
    }

    /**
     * @param kind a kind
     * @return how many changes of that kind
     */
    public long count(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** @return one line: counts per kind */
    public String summary() {
        return String.format("set %2d: +%d added, -%d removed, %d re-weighted, %d minimums moved, %d groups re-weighted",
                set, count(Kind.ADDED), count(Kind.REMOVED), count(Kind.REWEIGHTED), count(Kind.MINIMUMS_MOVED),
                count(Kind.GROUP_REWEIGHTED));
    }

    private static Map<String, CriterionGroup> groups(RubricSet s) {
        Map<String, CriterionGroup> m = new LinkedHashMap<>();
        for (Part p : s.parts()) {
            for (CriterionGroup g : p.groups()) {
                m.put(g.code(), g);
            }
        }
        return m;
    }

    private static Map<String, String> groupOf(RubricSet s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (CriterionGroup g : groups(s).values()) {
            for (Criterion c : g.criteria()) {
                for (Criterion l : c.leaves()) {
                    m.put(l.code(), g.code());
                }
            }
        }
        return m;
    }

    /** Marked options as "3★≥2, 4★≥3" (per case where cases exist). */
    static String minimums(Criterion c) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (Option o : c.options()) {
            if (o.minStars() != null) {
                m.put((o.caseCode() == null ? "" : o.caseCode() + ":") + o.minStars(), o.points());
            }
        }
        if (m.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(k + "≥" + v.toPlainString()));
        return String.join(", ", parts);
    }

    private static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) common.size() / union.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Text.key(s).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }
}
