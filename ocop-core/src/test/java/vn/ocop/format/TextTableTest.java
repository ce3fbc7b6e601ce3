package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Column alignment counts Vietnamese letters once each, whether typed NFC or NFD. */
class TextTableTest {
    @Test
    void alignsNfdAndNfcTextAlike() {
        String nfd = "Huye\u0323\u0302n Ca\u0302\u0300u Ke\u0300";
        String out = TextTable.of("area", "target", "actual").right(1, 2)
                .row(nfd, "5", "4")
                .row("Thị xã Duyên Hải", "4", null)
                .render();
        assertThat(out).isEqualTo(""
                + "area              target  actual\n"
                + "----------------  ------  ------\n"
                + "Huyện Cầu Kè           5       4\n"
                + "Thị xã Duyên Hải       4       –\n");
    }

    @Test
    void shortRowsArePaddedAndLongRowsRejected() {
        assertThat(TextTable.of("a", "b").row("x").render()).isEqualTo("a  b\n-  -\nx\n");
        assertThatThrownBy(() -> TextTable.of("a").row("x", "y")).hasMessageContaining("2 cells, the table 1 columns");
        // numbers reach tables through Formats: an exponent prints plainly
        assertThat(TextTable.of("n").right(0).row(Formats.ENGLISH.decimal(new java.math.BigDecimal("1E+1"))).toString())
                .isEqualTo(" n\n--\n10\n");
    }
}
