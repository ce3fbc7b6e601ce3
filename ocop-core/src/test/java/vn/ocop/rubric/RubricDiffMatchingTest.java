package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.rubric.RubricDiff.Change;
import vn.ocop.rubric.RubricDiff.Kind;

/**
 * How {@link RubricDiff} matches criteria (same group, name words in common, at least 40 %, most similar pairs
 * first) and what it reports, on small hand-built sets.
 */
class RubricDiffMatchingTest {

    static Option opt(String code, int points, Integer stars, String caseCode) {
        return new Option(code, BigDecimal.valueOf(points), "l" + code, stars == null ? null : Star.of(stars), caseCode,
                List.of());
    }

    static Criterion crit(String code, String name, int max, Option... options) {
        return new Criterion(code, name, null, BigDecimal.valueOf(max), List.of(options), List.of(), options.length == 0,
                null, List.of(), null, List.of(), List.of(), false);
    }

    static CriterionGroup group(String code, String name, Criterion... criteria) {
        BigDecimal max = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            max = max.add(c.max());
        }
        return new CriterionGroup(code, name, null, max, List.of(criteria));
    }

    static RubricSet set(String edition, int number, CriterionGroup... groups) {
        BigDecimal max = BigDecimal.ZERO;
        for (CriterionGroup g : groups) {
            max = max.add(g.max());
        }
        return new RubricSet(edition, number, "S", null, "I", "PL", List.of(), List.of(new Part("A", max, List.of(groups))),
                List.of(), false);
    }

    /** Both lists in group "1" with the same maximum (no group change), so only criterion changes show. */
    static RubricDiff diff(List<Criterion> olds, List<Criterion> news) {
        BigDecimal max = BigDecimal.valueOf(100);
        return RubricDiff.between(set("OLD", 1, new CriterionGroup("1", "G", null, max, olds)),
                set("NEW", 1, new CriterionGroup("1", "G", null, max, news)));
    }

    @Test
    void everyKindOfChangeCountedAndSummarised() {
        RubricSet older = set("OLD", 7,
                group("1", "Nhóm cũ", crit("1.a", "Nguồn gốc sản phẩm", 5), crit("1.b", "Sản xuất", 5,
                        opt("a", 0, null, null), opt("b", 2, 3, null), opt("c", 5, 4, null))),
                group("3", "Bỏ", crit("3.a", "Chỉ tiêu cũ", 4)));
        RubricSet newer = set("NEW", 7,
                group("1", "Nhóm mới", crit("1.1", "Nguồn gốc sản phẩm", 3), crit("1.2", "Sản xuất", 5,
                        opt("a", 0, null, null), opt("b", 3, 3, null), opt("c", 5, 4, null))),
                group("2", "Mới", crit("2.1", "Chỉ tiêu mới", 6)));
        RubricDiff d = RubricDiff.between(older, newer);
        assertThat(d.from()).isEqualTo("OLD");
        assertThat(d.to()).isEqualTo("NEW");
        assertThat(d.set()).isEqualTo(7);
        assertThat(d.changes()).containsExactly(
                new Change(Kind.GROUP_REWEIGHTED, "1", "1", "Nhóm mới", "10 → 8"),
                new Change(Kind.REWEIGHTED, "1.a", "1.1", "Nguồn gốc sản phẩm", "5 → 3"),
                new Change(Kind.MINIMUMS_MOVED, "1.b", "1.2", "Sản xuất", "3★≥2, 4★≥5 → 3★≥3, 4★≥5"),
                new Change(Kind.ADDED, null, "2.1", "Chỉ tiêu mới", "max 6"),
                new Change(Kind.REMOVED, "3.a", null, "Chỉ tiêu cũ", "max 4"));
        assertThat(d.count(Kind.GROUP_REWEIGHTED)).isEqualTo(1);
        assertThat(d.count(Kind.REWEIGHTED)).isEqualTo(1);
        assertThat(d.count(Kind.ADDED)).isEqualTo(1);
        assertThat(d.summary()).isEqualTo("set  7: +1 added, -1 removed, 1 re-weighted, 1 minimums moved, 1 groups re-weighted");
    }

    @Test
    void countsAreCountsPerKind() {
        RubricDiff d = diff(List.of(crit("1.a", "Một", 1), crit("1.b", "Hai", 1)),
                List.of(crit("1.1", "Ba", 1), crit("1.2", "Bốn", 1), crit("1.3", "Năm", 1)));
        assertThat(d.count(Kind.ADDED)).isEqualTo(3);
        assertThat(d.count(Kind.REMOVED)).isEqualTo(2);
        assertThat(d.count(Kind.REWEIGHTED)).isZero();
        assertThat(d.summary()).isEqualTo("set  1: +3 added, -2 removed, 0 re-weighted, 0 minimums moved, 0 groups re-weighted");
    }

    @Test
    void criteriaOfDifferentGroupsAreNeverMatched() {
        RubricDiff d = RubricDiff.between(set("OLD", 1, group("1", "G", crit("1.1", "Bao bì sản phẩm", 5))),
                set("NEW", 1, group("2", "G", crit("2.1", "Bao bì sản phẩm", 5))));
        assertThat(d.changes()).extracting(Change::kind).containsExactly(Kind.ADDED, Kind.REMOVED);
    }

    @Test
    void fortyPercentOfTheWordsInCommonIsAMatch() {
        // {alpha, beta} in common, 5 words in all: exactly 40 %
        RubricDiff d = diff(List.of(crit("1.a", "alpha beta gamma", 5)), List.of(crit("1.1", "alpha beta delta epsilon", 5)));
        assertThat(d.changes()).isEmpty();
    }

    @Test
    void lessThanFortyPercentIsNoMatch() {
        // {alpha} in common, 3 words in all: 33 %
        RubricDiff d = diff(List.of(crit("1.a", "alpha beta", 5)), List.of(crit("1.1", "alpha gamma", 5)));
        assertThat(d.changes()).containsExactly(new Change(Kind.ADDED, null, "1.1", "alpha gamma", "max 5"),
                new Change(Kind.REMOVED, "1.a", null, "alpha beta", "max 5"));
        // {alpha} in common, 4 words in all: 25 %
        assertThat(diff(List.of(crit("1.a", "alpha beta", 5)), List.of(crit("1.1", "alpha gamma delta", 5))).changes())
                .hasSize(2);
    }

    @Test
    void nameWordsIgnoreCaseAndOneLetterTokens() {
        assertThat(diff(List.of(crit("1.a", "NGUỒN GỐC", 5)), List.of(crit("1.1", "nguồn gốc", 5))).changes()).isEmpty();
        // list letters "a", "b", "c" are not words: the names share their only word
        assertThat(diff(List.of(crit("1.a", "a b c nhãn", 5)), List.of(crit("1.1", "nhãn", 5))).changes()).isEmpty();
        // a name without any word matches nothing
        assertThat(diff(List.of(crit("1.a", "a", 5)), List.of(crit("1.1", "a", 5))).changes()).hasSize(2);
    }

    @Test
    void mostSimilarPairsAreMatchedFirst() {
        Criterion o1 = crit("1.a", "alpha beta gamma delta", 5);
        Criterion o2 = crit("1.b", "alpha beta", 3);
        Criterion n1 = crit("1.1", "alpha beta gamma", 4);    // o1: 75 %, o2: 67 %
        Criterion n2 = crit("1.2", "alpha beta gamma delta", 5); // o1: 100 %, o2: 50 %
        // greedy on the best pair first: o1-n2 (100 %), then o2-n1 (67 %); in list order o1 would take n1
        assertThat(diff(List.of(o1, o2), List.of(n1, n2)).changes()).containsExactly(
                new Change(Kind.REWEIGHTED, "1.b", "1.1", "alpha beta gamma", "3 → 4"));
    }

    @Test
    void equallySimilarCandidatesGoToTheEarlierNewCriterion() {
        RubricDiff d = diff(List.of(crit("1.a", "alpha beta", 3)),
                List.of(crit("1.1", "alpha beta", 3), crit("1.2", "alpha beta", 4)));
        assertThat(d.changes()).containsExactly(new Change(Kind.ADDED, null, "1.2", "alpha beta", "max 4"));
    }

    @Test
    void minimumsAreListedPerCaseAndClass() {
        assertThat(RubricDiff.minimums(crit("1", "x", 5, opt("a", 0, null, null), opt("b", 5, null, null)))).isEqualTo("none");
        assertThat(RubricDiff.minimums(crit("1", "x", 5, opt("a", 1, 3, null), opt("b", 3, 4, null), opt("c", 5, 5, null))))
                .isEqualTo("3★≥1, 4★≥3, 5★≥5");
        assertThat(RubricDiff.minimums(crit("1", "x", 5, opt("a", 2, 3, "TH2"), opt("b", 1, 3, "TH1"), opt("c", 5, 4, "TH2"))))
                .isEqualTo("TH1:3★≥1, TH2:3★≥2, TH2:4★≥5");
        assertThat(RubricDiff.minimums(crit("1", "x", 5))).isEqualTo("none");
    }

    @Test
    void unchangedMinimumsAreNotReported() {
        List<Criterion> c = new ArrayList<>(List.of(crit("1.1", "alpha", 5, opt("a", 0, null, null), opt("b", 5, 3, null))));
        assertThat(diff(c, List.of(crit("1.1", "alpha", 5, opt("x", 0, null, null), opt("y", 5, 3, null)))).changes())
                .isEmpty();
    }
}
