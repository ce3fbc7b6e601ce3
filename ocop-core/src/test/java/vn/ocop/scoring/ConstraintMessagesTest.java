package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ocop.internal.Beans;

/**
 * The messages of the Bean Validation constraints on the input records ({@code ContributorValidationMessages}):
 * Vietnamese by default and English on request, whatever the JVM's default locale, with the same keys and
 * placeholders in both languages.
 */
class ConstraintMessagesTest {

    static Properties bundle(String name) throws IOException {
        try (InputStream in = ConstraintMessagesTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholdersAndTheBaseIsVietnamese() throws IOException {
        Properties base = bundle("ContributorValidationMessages");
        Properties vi = bundle("ContributorValidationMessages_vi");
        Properties en = bundle("ContributorValidationMessages_en");
        assertThat(vi).isEqualTo(base).isNotEmpty();
        assertThat(en.keySet()).isEqualTo(vi.keySet());
        Pattern placeholder = Pattern.compile("\\{\\w+}");
        for (String key : vi.stringPropertyNames()) {
            assertThat(key).startsWith("vn.ocop.constraints.");
            List<String> inVi = placeholder.matcher(vi.getProperty(key)).results().map(r -> r.group()).toList();
            List<String> inEn = placeholder.matcher(en.getProperty(key)).results().map(r -> r.group()).toList();
            assertThat(inVi).as(key).isEqualTo(inEn);
            assertThat(vi.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
        }
    }

    @Test
    void vietnameseUnlessEnglishIsAskedForWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            for (Locale jvm : List.of(Locale.US, Locale.FRANCE, Locale.forLanguageTag("vi-VN"))) {
                Locale.setDefault(jvm);
                assertThat(Beans.message(EvaluationSheet.class, "member", "", Locale.forLanguageTag("vi")))
                        .as("JVM in %s", jvm).isEqualTo("không được để trống");
                assertThat(Beans.message(EvaluationSheet.class, "set", 27, Locale.GERMAN))
                        .as("JVM in %s, reader in German", jvm).isEqualTo("phải nhỏ hơn hoặc bằng 26");
                assertThat(Beans.message(EvaluationSheet.class, "set", 0, Locale.ENGLISH))
                        .as("JVM in %s", jvm).isEqualTo("must be greater than or equal to 1");
                assertThat(Beans.message(EvaluationSheet.class, "set", 1, Locale.ENGLISH)).isEmpty();
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The problems travel with the exception: typed, as Problems, and in either language after the trip. */
    @Test
    void sheetProblemsAreSerialisedWithTheException() throws Exception {
        EvaluationSheet s = TestSheets.allBest(EvaluatorTest.S1, "Ông A").withAnswer("1.1", "z").withoutAnswer("3.3");
        SheetValidationException e = null;
        try {
            EvaluatorTest.SET1.score(s);
        } catch (SheetValidationException thrown) {
            e = thrown;
        }
        assertThat(e).isNotNull();
        SheetValidationException back = roundTrip(e);
        assertThat(back.sheetProblems()).isEqualTo(e.sheetProblems()).hasSize(2);
        assertThat(back.problems()).isEqualTo(e.problems());
        assertThat(back.problems(Locale.ENGLISH)).isEqualTo(e.problems(Locale.ENGLISH));
        assertThat(back.context(Locale.ENGLISH)).isEqualTo("Cannot score the sheet of Ông A for QD-26-2026 set 1");
        assertThat(back.getMessage()).isEqualTo(e.getMessage());
        // a broken constraint too: its message is made again in the reader's language
        try {
            EvaluationSheet.builder("QD-26-2026", 30, "B").build();
        } catch (SheetValidationException thrown) {
            assertThat(roundTrip(thrown).sheetProblems().get(0).message(Locale.ENGLISH))
                    .isEqualTo("rubric set number must be less than or equal to 26 (was 30)");
        }
    }

    private static SheetValidationException roundTrip(SheetValidationException e) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            return (SheetValidationException) in.readObject();
        }
    }

    @Test
    void aSheetThatBreaksItsConstraintsIsNotMadeAndSaysSoInBothLanguages() {
        assertThatThrownBy(() -> EvaluationSheet.builder(" ", 0, "\t").build())
                .isInstanceOfSatisfying(SheetValidationException.class, e -> {
                    assertThat(e.sheetProblems()).extracting(SheetProblem::path)
                            .containsExactly("$.edition", "$.member", "$.set");
                    assertThat(e.problems(Locale.ENGLISH)).extracting(vn.ocop.Problem::message).containsExactly(
                            "rubric edition must not be blank (was )", "evaluator must not be blank (was )",
                            "rubric set number must be greater than or equal to 1 (was 0)");
                    assertThat(e.getMessage()).startsWith("Phiếu đánh giá chưa ghi tên thành viên không hợp lệ: 3 ")
                            .contains("ấn bản bộ tiêu chí không được để trống (giá trị: )")
                            .contains("số bộ tiêu chí phải lớn hơn hoặc bằng 1 (giá trị: 0)");
                    assertThat(e.context(Locale.ENGLISH)).isEqualTo("The sheet with no member named is not valid");
                    assertThat(e.problems()).extracting(vn.ocop.Problem::source)
                            .containsOnly("phiếu đánh giá chưa ghi tên thành viên");
                });
        // a council without members
        assertThatThrownBy(() -> Council.of(List.of())).isInstanceOfSatisfying(SheetValidationException.class,
                e -> assertThat(e.problems(Locale.ENGLISH)).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.members");
                    assertThat(p.source()).isEqualTo("the council");
                    assertThat(p.message()).isEqualTo("a council needs at least one member's sheet");
                }));
    }
}
