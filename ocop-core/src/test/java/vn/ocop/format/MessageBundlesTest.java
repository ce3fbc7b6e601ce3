package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.internal.Messages;

/** Every message bundle exists in Vietnamese and English with the same keys, and is really translated. */
class MessageBundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/vn/ocop/format");

    static Stream<String> bundles() throws IOException {
        if (!Files.isDirectory(BUNDLES)) {
            return Stream.empty();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("_vi.properties"))
                    .map(n -> n.substring(0, n.length() - "_vi.properties".length())).sorted().forEach(names::add);
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void sameKeysInBothLanguages(String bundle) {
        Messages m = Messages.of(bundle);
        assertThat(m.keys(false)).as(bundle).isNotEmpty().containsExactlyInAnyOrderElementsOf(m.keys(true));
    }

    /**
     * A Vietnamese text that still contains the English text of its key was not translated. Short English texts
     * (a symbol, a code, a number) are allowed to be the same.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void vietnameseTextsAreTranslated(String bundle) {
        Messages m = Messages.of(bundle);
        for (String key : m.keys(false)) {
            String en = m.pattern(true, key);
            String vi = m.pattern(false, key);
            if (en.replaceAll("\\{\\d+}", "").replaceAll("[^A-Za-z]", "").length() > 3) {
                assertThat(vi).as(bundle + ":" + key).doesNotContain(en.strip());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void placeholdersAreTheSameInBothLanguages(String bundle) {
        Messages m = Messages.of(bundle);
        for (String key : m.keys(false)) {
            assertThat(placeholders(m.pattern(false, key))).as(bundle + ":" + key)
                    .isEqualTo(placeholders(m.pattern(true, key)));
        }
    }

    private static List<String> placeholders(String pattern) {
        return java.util.regex.Pattern.compile("\\{\\d+}").matcher(pattern).results().map(r -> r.group())
                .sorted().distinct().toList();
    }

    @Test
    void argumentsAreWrittenInTheReadersLanguage() {
        Formats vi = Formats.VIETNAMESE;
        Formats en = Formats.ENGLISH;
        assertThat(Messages.format(new BigDecimal("69.67"), vi)).isEqualTo("69,67");
        assertThat(Messages.format(new BigDecimal("69.67"), en)).isEqualTo("69.67");
        assertThat(Messages.format(LocalDate.of(2026, 5, 22), vi)).isEqualTo("22/05/2026");
        assertThat(Messages.format(2026, vi)).as("a year is not grouped").isEqualTo("2026");
        Localized star = l -> Formats.isEnglish(l) ? "three stars" : "ba sao";
        assertThat(Messages.format(star, vi)).isEqualTo("ba sao");
        assertThat(Messages.format(star, en)).isEqualTo("three stars");
        assertThat(star.text()).isEqualTo("ba sao");
        assertThat(Locale.ENGLISH.getLanguage()).isEqualTo("en");
    }
}
