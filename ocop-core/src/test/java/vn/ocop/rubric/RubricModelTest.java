package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;

/** Accessors, messages and boundaries of the rubric model: catalog, edition, star band, date range. */
class RubricModelTest {
    static final RubricCatalog C = RubricCatalog.bundled();
    static final Edition QD1048 = C.edition("QD-1048-2019");
    static final Edition QD148 = C.edition("QD-148-2023");
    static final Edition QD26 = C.edition("QD-26-2026");

    // ------------------------------------------------------------------ catalog

    @Test
    void aCatalogKeepsItsEditionsOldestFirst() {
        RubricCatalog c = RubricCatalog.of(List.of(QD26, QD1048, QD148));
        assertThat(c.editions()).extracting(Edition::id).containsExactly("QD-1048-2019", "QD-148-2023", "QD-26-2026");
        assertThat(c.editionInForce(LocalDate.of(2024, 1, 1))).isSameAs(QD148);
    }

    @Test
    void noEditionInForceSaysWhatTheCatalogCovers() {
        assertThatThrownBy(() -> C.editionInForce(LocalDate.of(2019, 8, 20))).isInstanceOf(OcopException.class)
                .hasMessage("no rubric edition is in force on 2019-08-20; the catalog covers from 2019-08-21");
        assertThatThrownBy(() -> RubricCatalog.of(List.of()).editionInForce(LocalDate.of(2020, 1, 1)))
                .isInstanceOf(OcopException.class)
                .hasMessage("no rubric edition is in force on 2020-01-01; the catalog covers nothing");
    }

    @Test
    void theOldestEditionIsApplicableToo() {
        assertThat(C.editionsApplicable(LocalDate.of(2020, 1, 1))).containsExactly(QD1048);
        assertThat(C.editionsApplicable(LocalDate.of(2019, 1, 1))).isEmpty();
    }

    @Test
    void unknownEditionListsTheKnownOnes() {
        assertThatThrownBy(() -> C.edition("QD-1-2000")).isInstanceOf(OcopException.class)
                .hasMessage("unknown rubric edition 'QD-1-2000'; known: [QD-1048-2019, QD-148-2023, QD-26-2026]");
        assertThat(C.findEdition("QD-1-2000")).isEmpty();
    }

    // ------------------------------------------------------------------ edition

    @Test
    void editionAccessorsCarryTheBundledData() {
        assertThat(QD26.title()).isEqualTo("Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm mỗi xã một sản phẩm");
        assertThat(QD26.citation()).isEqualTo("Quyết định số 26/2026/QĐ-TTg ngày 22/5/2026 của Thủ tướng Chính phủ");
        assertThat(QD26.inForceCitation()).isEqualTo("Điều 11.1");
        assertThat(QD26.transitionUntil()).isNull();
        assertThat(QD148.transitionUntil()).isEqualTo(LocalDate.of(2026, 7, 22));
        assertThat(QD148.notes()).hasSize(5).last().asString().contains("Hồ sơ bị loại khi");
        assertThat(QD26.notes()).hasSize(2).first().asString().startsWith("Taxonomy: Phụ lục I");
        assertThat(QD26.toString()).isEqualTo("QD-26-2026 (" + QD26.citation() + ")");
    }

    @Test
    void aMissingSetNamesTheSetsTheEditionHas() {
        assertThatThrownBy(() -> QD26.set(27)).isInstanceOf(OcopException.class)
                .hasMessage("QD-26-2026 has no rubric set 27 (it has sets 1 to 26)");
        assertThatThrownBy(() -> QD1048.set(1)).isInstanceOf(OcopException.class)
                .hasMessage("QD-1048-2019 has no rubric set 1 (this edition carries no criterion detail)");
    }

    @Test
    void taxonomyNodesByCode() {
        assertThat(QD26.taxonomyNode("I.1.a")).hasValueSatisfying(n -> assertThat(n.set()).isEqualTo(1));
        assertThat(QD26.taxonomyNode("IX")).isEmpty();
    }

    @Test
    void bandByClass() {
        for (int s = 1; s <= 5; s++) {
            assertThat(QD26.band(Star.of(s)).stars()).isEqualTo(Star.of(s));
        }
        assertThat(QD26.band(Star.of(4)).from()).isEqualByComparingTo("70");
    }

    // ------------------------------------------------------------------ star band and date range

    @Test
    void aHalfOpenBandContainsItsLowerBoundOnly() {
        StarBand four = new StarBand(Star.of(4), new BigDecimal("70"), new BigDecimal("90"), false, "c");
        assertThat(four.contains(new BigDecimal("69.99"))).isFalse();
        assertThat(four.contains(new BigDecimal("70"))).isTrue();
        assertThat(four.contains(new BigDecimal("89.99"))).isTrue();
        assertThat(four.contains(new BigDecimal("90"))).isFalse();
        assertThat(four.toString()).isEqualTo("4★ 70 to under 90");
    }

    @Test
    void anInclusiveBandContainsBothBounds() {
        StarBand five = new StarBand(Star.of(5), new BigDecimal("90"), new BigDecimal("100"), true, "c");
        assertThat(five.contains(new BigDecimal("90.00"))).isTrue();
        assertThat(five.contains(new BigDecimal("100.0"))).isTrue();
        assertThat(five.contains(new BigDecimal("100.01"))).isFalse();
        assertThat(five.toString()).isEqualTo("5★ 90–100");
    }

    @Test
    void dateRanges() {
        DateRange closed = DateRange.of(LocalDate.parse("2023-02-24"), LocalDate.parse("2026-05-22"));
        DateRange open = DateRange.of(LocalDate.parse("2026-05-22"), null);
        assertThat(closed.contains(LocalDate.parse("2026-05-21"))).isTrue();
        assertThat(closed.contains(LocalDate.parse("2026-05-22"))).isFalse();
        assertThat(closed.contains(LocalDate.parse("2023-02-23"))).isFalse();
        assertThat(closed.overlaps(open)).isFalse();
        assertThat(open.overlaps(closed)).isFalse();
        assertThat(open.overlaps(DateRange.of(LocalDate.parse("2026-05-21"), LocalDate.parse("2026-05-23")))).isTrue();
        assertThat(closed.toString()).isEqualTo("[2023-02-24, 2026-05-22)");
        assertThat(open.toString()).isEqualTo("[2026-05-22, …)");
        assertThatThrownBy(() -> DateRange.of(LocalDate.parse("2026-05-22"), LocalDate.parse("2026-05-22")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
