package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SheetHeaderTest {
    @Test
    void blankHasNoField() {
        SheetHeader b = SheetHeader.blank();
        assertThat(b).isEqualTo(new SheetHeader(null, null, null, null, null, null, null, null, null));
    }

    @Test
    void textIsNormalisedToNfcStrippedAndBlankIsNotGiven() {
        String nfd = Normalizer.normalize("Cà phê Buôn Ma Thuột", Normalizer.Form.NFD);
        SheetHeader h = SheetHeader.blank().withProduct("  " + nfd + " ").withProducer("   ").withCouncil("")
                .withMember("Nguyễn Thị Lan");
        assertThat(h.product()).isEqualTo("Cà phê Buôn Ma Thuột");
        assertThat(h.producer()).isNull();
        assertThat(h.council()).isNull();
        assertThat(h.member()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void eachWitherSetsItsOwnField() {
        LocalDate d = LocalDate.of(2026, 6, 15);
        SheetHeader h = SheetHeader.blank().withCouncil("c").withProduct("p").withProductCode("k").withProducer("r")
                .withPhone("t").withAddress("a").withPlace("l").withDate(d).withMember("m");
        assertThat(h).isEqualTo(new SheetHeader("c", "p", "k", "r", "t", "a", "l", d, "m"));
    }
}
