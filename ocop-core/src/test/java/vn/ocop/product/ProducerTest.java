package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Điều 2.3 (producer types; associations only for tourism) and criterion 3.2 (woman, minority, disabled). */
class ProducerTest {
    @Test
    void tourismOnlyTypes() {
        assertThat(ProducerType.HOI_HIEP_HOI.mayRegister("VI")).isTrue();
        assertThat(ProducerType.HOI_HIEP_HOI.mayRegister("I")).isFalse();
        assertThat(ProducerType.HOP_TAC_XA.mayRegister("I")).isTrue();
    }

    @Test
    void representativeCriterion32() {
        assertThat(new LegalRepresentative("Trần Văn A", false, "Kinh", false).qualifiesForCriterion32()).isFalse();
        assertThat(new LegalRepresentative("Thạch Thị B", true, "Khmer", false).qualifiesForCriterion32()).isTrue();
        assertThat(new LegalRepresentative("Lò Văn C", false, Normalizer.normalize("Thái", Normalizer.Form.NFD), false)
                .ethnicMinority()).isTrue();
        assertThat(new LegalRepresentative("Lê D", false, Normalizer.normalize("KINH", Normalizer.Form.NFD), true)
                .qualifiesForCriterion32()).isTrue();
    }
}
