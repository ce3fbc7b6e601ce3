package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RubricDiffTest {
    static final RubricCatalog C = RubricCatalog.bundled();

    @Test
    void sameSetHasNoChanges() {
        RubricSet s = C.edition("QD-26-2026").set(1);
        assertThat(RubricDiff.between(s, s).changes()).isEmpty();
    }

    @Test
    void set1From148To26ReweightsProductOrigin() {
        RubricDiff d = RubricDiff.between(C.edition("QD-148-2023").set(1), C.edition("QD-26-2026").set(1));
        // 148 "1.a Nguồn gốc sản phẩm" 5 points (options 1/3/5) became 26/2026 "1.1" with 3 points (1/2/3)
        assertThat(d.changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(RubricDiff.Kind.REWEIGHTED);
            assertThat(c.fromCode()).isEqualTo("1.a");
            assertThat(c.toCode()).isEqualTo("1.1");
            assertThat(c.detail()).isEqualTo("5 → 3");
        });
        // "1.2 Vùng nguyên liệu được chứng nhận chất lượng" is new in 26/2026
        assertThat(d.changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(RubricDiff.Kind.ADDED);
            assertThat(c.toCode()).isEqualTo("1.2");
        });
        assertThat(d.summary()).startsWith("set  1: +");
    }
}
