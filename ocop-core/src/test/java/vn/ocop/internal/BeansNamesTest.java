package vn.ocop.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The checked fields are named as a reader calls them, in the reader's language. */
class BeansNamesTest {
    @Test
    void fieldNamesInBothLanguages() {
        assertThat(Beans.propertyName("member", Locale.forLanguageTag("vi"))).isEqualTo("người đánh giá");
        assertThat(Beans.propertyName("member", Locale.ENGLISH)).isEqualTo("evaluator");
        assertThat(Beans.propertyName("set", Locale.GERMAN)).as("Vietnamese unless English").isEqualTo("số bộ tiêu chí");
        assertThat(Beans.propertyName("edition", Locale.ENGLISH)).isEqualTo("rubric edition");
        assertThat(Beans.propertyName("colour", Locale.ENGLISH)).as("a field the bundle does not name").isEqualTo("colour");
    }
}
