package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;

/** Edition resolution by date and set lookup; star bands of Điều 3.3. */
class RubricCatalogTest {
    static final RubricCatalog C = RubricCatalog.bundled();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "2019-08-21, QD-1048-2019",
        "2023-02-23, QD-1048-2019",
        "2023-02-24, QD-148-2023",
        "2026-05-21, QD-148-2023",
        "2026-05-22, QD-26-2026",
        "2026-11-23, QD-26-2026"})
    void editionInForce(LocalDate date, String id) {
        assertThat(C.editionInForce(date).id()).isEqualTo(id);
    }

    @Test
    void beforeTheFirstEditionIsAnError() {
        assertThatThrownBy(() -> C.editionInForce(LocalDate.of(2019, 1, 1))).isInstanceOf(OcopException.class)
                .hasMessageContaining("no rubric edition is in force on 2019-01-01");
    }

    /** Điều 11.2 / 12.2: 148 still applies to dossiers filed before 2026-05-22 for 60 days. */
    @Test
    void sixtyDayTransitionIn2026() {
        assertThat(C.editionsApplicable(LocalDate.of(2026, 7, 21))).extracting(Edition::id)
                .containsExactly("QD-26-2026", "QD-148-2023");
        assertThat(C.editionsApplicable(LocalDate.of(2026, 7, 22))).extracting(Edition::id).containsExactly("QD-26-2026");
        assertThat(C.editionForDossier(LocalDate.of(2026, 5, 10), "FIRST", LocalDate.of(2026, 7, 1)).id()).isEqualTo("QD-148-2023");
        assertThat(C.editionForDossier(LocalDate.of(2026, 5, 10), "FIRST", LocalDate.of(2026, 8, 1)).id()).isEqualTo("QD-26-2026");
        assertThat(C.editionForDossier(LocalDate.of(2026, 6, 1), "FIRST", LocalDate.of(2026, 6, 2)).id()).isEqualTo("QD-26-2026");
    }

    @ParameterizedTest(name = "{0} points → {1}★")
    @CsvSource({"0, 1", "29.99, 1", "30, 2", "49.99, 2", "50, 3", "69.99, 3", "70, 4", "89.99, 4", "90, 5", "100, 5"})
    void bandsAreHalfOpenAsWritten(BigDecimal points, int stars) {
        for (Edition e : C.editions()) {
            assertThat(e.band(points).stars().level()).as(e.id()).isEqualTo(stars);
        }
    }

    @Test
    void pointsAbove100HaveNoBand() {
        assertThatThrownBy(() -> C.edition("QD-26-2026").band(new BigDecimal("100.01"))).isInstanceOf(OcopException.class);
    }

    @Test
    void whichSetIsThisProductIn() {
        Edition e = C.edition("QD-26-2026");
        assertThat(e.setForTaxonomy("I.1.a").number()).isEqualTo(1);
        assertThat(e.setForTaxonomy("I.6").number()).isEqualTo(13);
        assertThat(e.setForTaxonomy("VI.1").number()).isEqualTo(26);
        assertThatThrownBy(() -> e.setForTaxonomy("I.1")).hasMessageContaining("covers sets [1, 2]");
        assertThatThrownBy(() -> e.setForTaxonomy("IX")).hasMessageContaining("unknown taxonomy code");
        assertThatThrownBy(() -> C.edition("QD-1048-2019").set(1)).hasMessageContaining("carries no criterion detail");
    }
}
