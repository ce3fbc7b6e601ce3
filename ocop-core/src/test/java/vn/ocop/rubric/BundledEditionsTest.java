package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BundledEditionsTest {
    @Test
    void loadsAllBundledEditions() {
        RubricCatalog c = RubricCatalog.bundled();
        assertThat(c.editions()).extracting(Edition::id).containsExactly("QD-1048-2019", "QD-148-2023", "QD-26-2026");
        assertThat(c.edition("QD-26-2026").sets()).hasSize(26);
        assertThat(c.edition("QD-148-2023").sets()).hasSize(26);
        assertThat(c.editionInForce(LocalDate.of(2026, 11, 23)).id()).isEqualTo("QD-26-2026");
    }
}
