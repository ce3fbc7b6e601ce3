package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.product.CertificateStatus;
import vn.ocop.product.CommunePreCheck;
import vn.ocop.product.LifecycleRule;
import vn.ocop.product.Procedure;
import vn.ocop.product.ProcessRules;
import vn.ocop.product.Routing;
import vn.ocop.product.ProducerType;
import vn.ocop.product.ProductHistory;
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.RevocationGround;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.RubricDiff;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.TaxonomyNode;

/**
 * Every value of the rubric and product enums has a Vietnamese and an English name: never its constant name, never
 * the same text for two values of one type, and Vietnamese unless the locale is English.
 */
class LocalizedNamesTest {
    static Stream<Class<? extends Enum<?>>> types() {
        return Stream.of(Star.class, Authority.class, TaxonomyNode.Level.class, RubricDiff.Kind.class,
                ProducerType.class, RegistrationKind.class, RevocationGround.class, CertificateStatus.class,
                Procedure.class, CommunePreCheck.Finding.class, Routing.Route.class, ProcessRules.Filing.class,
                ProductHistory.EventType.class, LifecycleRule.class);
    }

    @ParameterizedTest
    @MethodSource("types")
    void everyValueHasItsOwnNameInBothLanguages(Class<? extends Enum<?>> type) {
        for (Locale locale : List.of(Formats.VIETNAMESE_LOCALE, Locale.ENGLISH)) {
            Set<String> seen = new HashSet<>();
            for (Enum<?> value : type.getEnumConstants()) {
                String text = ((Localized) value).text(locale);
                assertThat(text).as("%s %s", value, locale).isNotBlank().doesNotContain(value.name());
                assertThat(seen.add(text)).as("%s: '%s' names two values", type.getSimpleName(), text).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("types")
    void vietnameseIsTheDefault(Class<? extends Enum<?>> type) {
        for (Enum<?> value : type.getEnumConstants()) {
            Localized l = (Localized) value;
            assertThat(l.text()).isEqualTo(l.text(Locale.forLanguageTag("vi"))).isEqualTo(l.text(Locale.FRENCH));
        }
    }

    @org.junit.jupiter.api.Test
    void someNamesAsTheLawWritesThem() {
        assertThat(ProducerType.HOP_TAC_XA.text()).isEqualTo("Hợp tác xã");
        assertThat(ProducerType.HOP_TAC_XA.text(Locale.ENGLISH)).isEqualTo("cooperative");
        assertThat(Star.FOUR.text()).isEqualTo("4 sao");
        assertThat(Authority.MINISTRY.text()).isEqualTo("Bộ Nông nghiệp và Môi trường");
        assertThat(CertificateStatus.EXTENDED.text(Locale.UK)).isEqualTo("extended");
        assertThat(RegistrationKind.REEVALUATION.text()).isEqualTo("đánh giá, phân hạng lại");
    }
}
