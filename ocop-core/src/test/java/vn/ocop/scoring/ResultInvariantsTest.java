package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;

/**
 * Results cannot lie: what follows from the star class (certificate, authority, Điều 4.1) is derived, not stored, and
 * a classification or explanation whose parts contradict each other cannot be made.
 */
class ResultInvariantsTest {
    static final StarBand ONE = new StarBand(Star.ONE, BigDecimal.ZERO, new BigDecimal("30"), false, "Điều 3.3.đ");
    static final StarBand FOUR = new StarBand(Star.FOUR, new BigDecimal("70"), new BigDecimal("90"), false, "Điều 3.3.b");
    static final StarBand FIVE = new StarBand(Star.FIVE, new BigDecimal("90"), new BigDecimal("100"), true, "Điều 3.3.a");
    static final KnockOut KO1 = KnockOut.finding("KO1", "Hồ sơ giả mạo", "Phụ lục II, mục 1", null, KnockOut.Effect.REJECT);

    static Classification classified(Star stars, StarBand band) {
        return new Classification(Classification.Status.CLASSIFIED, stars, band, new BigDecimal("80"), List.of(),
                List.of());
    }

    static KnockOutOutcome applied(KnockOut rule, String... members) {
        return outcome(rule, KnockOutOutcome.Verdict.APPLIED, members);
    }

    static KnockOutOutcome outcome(KnockOut rule, KnockOutOutcome.Verdict verdict, String... members) {
        List<KnockOutFinding> findings = new java.util.ArrayList<>();
        for (String m : members) {
            findings.add(KnockOutFinding.raised(rule, m));
        }
        return new KnockOutOutcome(rule, verdict, findings);
    }

    /** Điều 4.1: a decision and certificate for 3★ to 5★ only; province for 3★ and 4★, ministry for 5★. */
    @Test
    void certificateAndAuthorityFollowFromTheStar() {
        assertThat(classified(Star.ONE, ONE).certifiable()).isFalse();
        assertThat(classified(Star.ONE, ONE).authority()).isEqualTo(Authority.NONE);
        assertThat(classified(Star.TWO, FOUR).certifiable()).isFalse();
        assertThat(classified(Star.TWO, FOUR).authority()).isEqualTo(Authority.NONE);
        assertThat(classified(Star.THREE, FOUR).certifiable()).isTrue();
        assertThat(classified(Star.THREE, FOUR).authority()).isEqualTo(Authority.PROVINCE);
        assertThat(classified(Star.FOUR, FIVE).authority()).isEqualTo(Authority.PROVINCE);
        assertThat(classified(Star.FIVE, FIVE).authority()).isEqualTo(Authority.MINISTRY);
        Classification rejected = new Classification(Classification.Status.REJECTED, null, FIVE, new BigDecimal("95"),
                List.of(applied(KO1, (String) null)), List.of());
        assertThat(rejected.certifiable()).isFalse();
        assertThat(rejected.authority()).isEqualTo(Authority.NONE);
        assertThat(rejected.bandStars()).isEqualTo(Star.FIVE);
    }

    @Test
    void contradictingClassificationsCannotBeMade() {
        BigDecimal mean = new BigDecimal("95");
        List<KnockOutOutcome> ko = List.of(applied(KO1, "A"));
        List<KnockOutOutcome> pending = List.of(outcome(KO1, KnockOutOutcome.Verdict.PENDING, "A"));
        List<String> none = List.of();
        assertThatThrownBy(() -> new Classification(Classification.Status.CLASSIFIED, null, FIVE, mean, List.of(),
                none)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(Classification.Status.CLASSIFIED, Star.FIVE, FIVE, mean, ko, none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(Classification.Status.REJECTED, Star.FIVE, FIVE, mean, ko, none))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(Classification.Status.REJECTED, null, FIVE, mean, List.of(),
                none)).isInstanceOf(IllegalArgumentException.class);
        // a pending finding keeps the result pending; a pending result has one
        assertThatThrownBy(() -> new Classification(Classification.Status.CLASSIFIED, Star.FIVE, FIVE, mean, pending,
                none)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(Classification.Status.KNOCK_OUT_PENDING, null, FIVE, mean,
                List.of(), none)).isInstanceOf(IllegalArgumentException.class);
        // members to re-score go with a re-score result only
        assertThatThrownBy(() -> new Classification(Classification.Status.RESCORE_REQUIRED, null, FIVE, mean,
                List.of(), none)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Classification(Classification.Status.CLASSIFIED, Star.FIVE, FIVE, mean,
                List.of(), List.of("A"))).isInstanceOf(IllegalArgumentException.class);
        // a rule on answers is never pending: the answers decide it
        KnockOut onAnswers = new KnockOut("KO2", "0 điểm", "Phụ lục II, mục 16", null, KnockOut.Effect.STOP,
                List.of(new vn.ocop.rubric.AnswerCondition("6.1", List.of("a"))));
        assertThatThrownBy(() -> new KnockOutOutcome(onAnswers, KnockOutOutcome.Verdict.PENDING,
                List.of(new KnockOutFinding(onAnswers, "A", "6.1")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KnockOutFinding.raised(onAnswers, "A")).isInstanceOf(IllegalArgumentException.class);
        // no star above the band of the mean
        assertThatThrownBy(() -> classified(Star.FIVE, FOUR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("above the band");
        assertThatThrownBy(() -> new Classification(Classification.Status.CLASSIFIED, Star.FOUR, null, mean,
                List.of(), none)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void knockOutRulesAreListedOnceInTheOrderRaised() {
        KnockOut ko2 = KnockOut.finding("KO2", "Giấy chứng nhận an toàn thực phẩm hết hạn", "Phụ lục II, mục 1", null,
                KnockOut.Effect.REJECT);
        Classification c = new Classification(Classification.Status.REJECTED, null, FOUR, new BigDecimal("80"),
                List.of(applied(ko2, null, "B"), applied(KO1, "A")), List.of());
        assertThat(c.knockOutRules()).containsExactly(ko2, KO1);
        assertThat(c.knockOuts().get(0).findings()).extracting(KnockOutFinding::byCouncil).containsExactly(true,
                false);
        assertThatThrownBy(() -> KnockOutFinding.raised(null, "A")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new KnockOutOutcome(KO1, KnockOutOutcome.Verdict.APPLIED,
                List.of(KnockOutFinding.raised(ko2, "A")))).isInstanceOf(IllegalArgumentException.class);
    }

    /** The next star and what it needs go together; at 5★ or when rejected there is none. */
    @Test
    void anExplanationsNextStarFollowsFromItsClassification() {
        Explanation at4 = explanation(classified(Star.FOUR, FIVE), BigDecimal.ZERO, List.of());
        assertThat(at4.nextStar()).isEqualTo(Star.FIVE);
        assertThat(at4.band()).isEqualTo(FIVE);
        Explanation at5 = explanation(classified(Star.FIVE, FIVE), null, List.of());
        assertThat(at5.nextStar()).isNull();
        assertThatThrownBy(() -> explanation(classified(Star.FIVE, FIVE), BigDecimal.ONE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> explanation(classified(Star.FOUR, FIVE), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        FailedMinimum f = new FailedMinimum(Star.FIVE, "1.5", "Liên kết sản xuất", null, new BigDecimal("3"),
                new BigDecimal("2"), "A", "c");
        assertThatThrownBy(() -> explanation(classified(Star.FIVE, FIVE), null, List.of(f)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Explanation explanation(Classification c, BigDecimal toNext, List<FailedMinimum> forNext) {
        return new Explanation("E", "Decision", 1, "Set", null, c,
                CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER),
                new Attendance(1, null, null, false, Quorum.NONE), List.of(), List.of(), Map.of(), List.of(), toNext,
                forNext, List.of());
    }
}
