package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.rubric.RubricSet;

/**
 * Properties of the council rules on random councils of every bundled set (seeded like {@link ScoringPropertiesTest},
 * whose {@code ocop.properties.seed} and {@code ocop.properties.scale} apply):
 * <ul>
 * <li>members' names written in NFC or NFD, with stray spaces, in any order, give the same result;</li>
 * <li>a second sheet of a member, whatever form the name is written in and wherever it stands, is always one
 * {@code DUPLICATE_MEMBER} problem naming both sheets;</li>
 * <li>the spread rule never sends a unanimous council back to score again, whatever its threshold.</li>
 * </ul>
 * (Raising one answer never lowers the star under any minimum policy: {@link ScoringPropertiesTest}.)
 */
class CouncilRulesPropertiesTest {
    static final String[] NAMES = {"Nguyễn Thị Lan", "Trần Văn Bình", "Lê Hoàng Phúc", "Phạm Thị Hồng Nhung",
        "Đặng Quốc Việt", "Hoàng Thị Thủy", "Võ Minh Đức", "Bùi Thị Ánh Tuyết", "Đỗ Văn Hưởng"};

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> sets() {
        return ScoringPropertiesTest.sets();
    }

    /** A name as a member might type it: NFC or NFD, sometimes with spaces around. */
    static String written(String name, SplittableRandom rnd) {
        String s = rnd.nextBoolean() ? Normalizer.normalize(name, Normalizer.Form.NFD) : name;
        return rnd.nextInt(4) == 0 ? " " + s + "  " : s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void memberOrderAndDuplicateDetectionDoNotDependOnHowNamesAreWritten(String label, RubricSet set) {
        Evaluator ev = ScoringPropertiesTest.evaluator(set);
        RandomSheets gen = new RandomSheets(set);
        SplittableRandom rnd = ScoringPropertiesTest.random(set, 11);
        int councils = ScoringPropertiesTest.count(60);
        for (int i = 0; i < councils; i++) {
            int n = 2 + rnd.nextInt(NAMES.length - 1);
            List<Map<String, String>> answers = new ArrayList<>();
            List<List<String>> knockOuts = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                answers.add(gen.answers(rnd));
                knockOuts.add(gen.knockOuts(rnd, 20));
            }
            List<EvaluationSheet> nfc = new ArrayList<>();
            List<EvaluationSheet> mixed = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                nfc.add(gen.sheet(NAMES[k], answers.get(k), knockOuts.get(k)));
                mixed.add(gen.sheet(written(NAMES[k], rnd), answers.get(k), knockOuts.get(k)));
            }
            Collections.shuffle(mixed, new java.util.Random(rnd.nextLong()));
            MinimumPolicy policy = rnd.nextBoolean() ? MinimumPolicy.CRITERION_MEAN : MinimumPolicy.EVERY_MEMBER;
            KnockOutPolicy ko = KnockOutPolicy.values()[rnd.nextInt(KnockOutPolicy.values().length)];
            CouncilRules rules = CouncilRules.defaults().withMinimumPolicy(policy).withKnockOutPolicy(ko)
                    .withRescoreOutliers(rnd.nextBoolean());
            String where = label + ", council " + i + " (" + policy + ", " + ko + ")";
            ScoringPropertiesTest.assertSameOutcome(ev.evaluate(Council.of(nfc), rules),
                    ev.evaluate(Council.of(mixed), rules), where);
            // a second sheet of one member, written another way, anywhere: one problem naming both sheets
            int twice = rnd.nextInt(n);
            List<EvaluationSheet> withDuplicate = new ArrayList<>(mixed);
            int at = rnd.nextInt(n + 1);
            withDuplicate.add(at, gen.sheet(written(NAMES[twice], rnd), gen.answers(rnd), List.of()));
            int first = -1;
            for (int k = 0; k < withDuplicate.size() && first < 0; k++) {
                if (withDuplicate.get(k).member().equals(NAMES[twice])) {
                    first = k;
                }
            }
            int second = first == at ? indexAfter(withDuplicate, NAMES[twice], at) : at;
            String[] paths = {"$.members[" + first + "]", "$.members[" + second + "]"};
            assertThatThrownBy(() -> ev.evaluate(Council.of(withDuplicate), rules)).as(where)
                    .isInstanceOfSatisfying(SheetValidationException.class, e -> assertThat(e.sheetProblems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.kind()).isEqualTo(SheetProblem.Kind.DUPLICATE_MEMBER);
                                assertThat(p.path()).isEqualTo(paths[1] + ".member");
                                assertThat(p.message()).contains(NAMES[twice], paths[0], paths[1]);
                            }));
        }
    }

    private static int indexAfter(List<EvaluationSheet> sheets, String member, int from) {
        for (int k = from + 1; k < sheets.size(); k++) {
            if (sheets.get(k).member().equals(member)) {
                return k;
            }
        }
        throw new AssertionError(member + " once only");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void theSpreadRuleNeverTriggersForAUnanimousCouncil(String label, RubricSet set) {
        Evaluator ev = ScoringPropertiesTest.evaluator(set);
        RandomSheets gen = new RandomSheets(set);
        SplittableRandom rnd = ScoringPropertiesTest.random(set, 12);
        int councils = ScoringPropertiesTest.count(60);
        for (int i = 0; i < councils; i++) {
            Map<String, String> answers = gen.answers(rnd);
            int n = 2 + rnd.nextInt(8);
            List<EvaluationSheet> sheets = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                sheets.add(gen.sheet(NAMES[k], answers, List.of()));
            }
            BigDecimal threshold = BigDecimal.valueOf(rnd.nextInt(2000), 2);
            CouncilRules rules = CouncilRules.defaults().withRescoreOutliers(true).withOutlierPoints(threshold)
                    .withMinimumPolicy(MinimumPolicy.values()[rnd.nextInt(2) == 0 ? 0 : 2]);
            CouncilResult r = ev.evaluate(Council.of(sheets), rules);
            String where = label + ", council " + i + ", threshold " + threshold;
            assertThat(r.classification().status()).as(where).isNotEqualTo(Classification.Status.RESCORE_REQUIRED);
            assertThat(r.classification().rescore()).as(where).isEmpty();
            assertThat(r.outliers()).as(where).isEmpty();
            assertThat(r.spread()).as(where).isZero();
        }
    }
}
