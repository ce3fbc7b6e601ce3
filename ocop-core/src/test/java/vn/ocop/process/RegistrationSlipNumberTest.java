package vn.ocop.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Phụ lục III, Mẫu số 01: "Phiếu số: ……-……. /PĐK- (Mã tỉnh) - (Mã xã) - (Năm)". */
class RegistrationSlipNumberTest {
    @Test
    void parsesTheFormsShapeAndFormatsItCompactly() {
        RegistrationSlipNumber n = RegistrationSlipNumber.parse("12-03. /PĐK- 80 - 29518 - 2026");
        assertThat(n).isEqualTo(new RegistrationSlipNumber("12", "03", "80", "29518", 2026));
        assertThat(n.format()).isEqualTo("12-03/PĐK-80-29518-2026");
        assertThat(RegistrationSlipNumber.parse(n.format())).isEqualTo(n);
        // "Đ" decomposed (NFD) is the same letter
        assertThat(RegistrationSlipNumber.parse(Normalizer.normalize("7-1/PĐK-1-4-2027", Normalizer.Form.NFD)))
                .isEqualTo(new RegistrationSlipNumber("7", "1", "1", "4", 2027));
    }

    @Test
    void refusesOtherShapesNamingThePart() {
        assertThatThrownBy(() -> RegistrationSlipNumber.parse("80-29518-003-2026"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mẫu số 01");
        assertThatThrownBy(() -> RegistrationSlipNumber.parse("12-03/PDK-80-29518-2026"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistrationSlipNumber.parse("12-03/PĐK-80-29518-2017"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("year must be 2018 to 2100");
        assertThatThrownBy(() -> new RegistrationSlipNumber("12", "03", "8000", "29518", 2026))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("province code");
        assertThatThrownBy(() -> new RegistrationSlipNumber("12", "x", "80", "29518", 2026))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second number");
    }
}
