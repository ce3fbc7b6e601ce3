package vn.ocop.scoring;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.ocop.OcopException;
import vn.ocop.OcopJson;
import vn.ocop.format.ExplanationFormatter;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;

/**
 * Fuzz tests of sheet and council parsing and scoring, with Jazzer's JUnit integration.
 *
 * <p>The property: reading untrusted JSON with {@link OcopJson#mapper()} into an {@link EvaluationSheet} or a
 * {@link Council} either succeeds or throws Jackson's {@link JacksonException} (the root of
 * {@code JsonProcessingException}: {@code JsonParseException}, {@code StreamConstraintsException},
 * {@code MismatchedInputException}, {@code UnrecognizedPropertyException}, {@code ValueInstantiationException}, …),
 * or, for bytes that Jackson's encoding detection takes for UTF-32 (e.g. leading NUL bytes), a
 * {@link CharConversionException} from its UTF-32 decoder, which is an {@code IOException} but not a
 * {@code JacksonException} (found by this test; callers reading bytes should catch {@code IOException});
 * a sheet or council whose own fields break their constraints is not made (Jackson's
 * {@code ValueInstantiationException}, around the {@link SheetValidationException}); scoring and classifying what
 * was read, against the evaluator its edition and set name and against a fixed one, either succeeds (and its
 * explanation is written in both languages) or throws an {@link OcopException} (in practice
 * {@link SheetValidationException}, or the documented {@code OcopException} for {@link MinimumPolicy#AGREED_SHEET}
 * without an agreed sheet); and a sheet or council that was read is written back by the same mapper to JSON that
 * reads as an equal object. Anything else is a finding.
 *
 * <p>Regression mode runs in every {@code mvn test} on the seed corpus in
 * {@code src/test/resources/vn/ocop/scoring/SheetParsingFuzzTestInputs/<method>/}. To fuzz for real:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl ocop-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='SheetParsingFuzzTest#parseAndScoreSheet' -Djazzer.max_duration=10m
 * </pre>
 *
 * <p>The {@code fuzz-regression} execution in {@code ocop-core/pom.xml} keeps the records that Jackson reflects on
 * ({@code EvaluationSheet}, {@code Council}) out of Jazzer's coverage instrumentation: on JDK 17 (and 25) the JVM
 * crashes with SIGSEGV in {@code Class.getRecordComponents} on a record Jazzer has instrumented.
 */
class SheetParsingFuzzTest {
    static final ObjectMapper JSON = OcopJson.mapper();
    static final RubricCatalog CATALOG = RubricCatalog.bundled();
    static final Evaluator FIXED = Evaluator.of(CATALOG.edition("QD-26-2026"), 1);
    static final Evaluators EVALUATORS = Evaluators.of(CATALOG);
    static final ExplanationFormatter VI = ExplanationFormatter.of(Locale.forLanguageTag("vi"));
    static final ExplanationFormatter EN = ExplanationFormatter.of(Locale.ENGLISH);

    // ------------------------------------------------------------------ targets

    @FuzzTest(maxDuration = "2m")
    void parseAndScoreSheet(byte[] data) throws IOException {
        EvaluationSheet sheet;
        try {
            sheet = JSON.readValue(data, EvaluationSheet.class);
        } catch (JacksonException | CharConversionException documented) {
            return;
        }
        checkSheet(sheet);
    }

    @FuzzTest(maxDuration = "2m")
    void parseAndEvaluateCouncil(byte[] data) throws IOException {
        Council council;
        try {
            council = JSON.readValue(data, Council.class);
        } catch (JacksonException | CharConversionException documented) {
            return;
        }
        checkCouncil(council);
    }

    /**
     * Structure-aware: a sheet for a set chosen by the fuzzer whose answers mix the set's own criterion and option
     * codes (so that most inputs get past the code checks into scoring, minimums and "only if" rules) with
     * arbitrary strings, in arbitrary order, with knock-outs; then written as JSON, read back and scored.
     */
    @FuzzTest(maxDuration = "2m")
    void editedSheet(FuzzedDataProvider data) throws IOException {
        List<RubricSet> sets = new ArrayList<>();
        for (Edition e : CATALOG.editions()) {
            sets.addAll(e.sets());
        }
        RubricSet set = sets.get(data.consumeInt(0, sets.size() - 1));
        List<Criterion> leaves = set.leafCriteria();
        EvaluationSheet.Builder b = EvaluationSheet.builder(
                data.consumeInt(0, 9) == 0 ? data.consumeString(12) : set.editionId(),
                data.consumeInt(0, 9) == 0 ? data.consumeInt() : set.number(),
                data.consumeInt(0, 9) == 0 ? data.consumeString(20) : "Thành viên");
        int answers = data.consumeInt(0, leaves.size() + 3);
        for (int i = 0; i < answers; i++) {
            Criterion c = leaves.get(data.consumeInt(0, leaves.size() - 1));
            List<Option> opts = c.answerOptions();
            String criterion = data.consumeInt(0, 19) == 0 ? data.consumeString(8) : c.code();
            String option = switch (data.consumeInt(0, 9)) {
                case 0 -> Answer.NONE;
                case 1 -> data.consumeString(4);
                default -> opts.get(data.consumeInt(0, opts.size() - 1)).code();
            };
            b.answer(criterion, option);
        }
        if (data.consumeInt(0, 9) == 0 && !set.knockOuts().isEmpty()) {
            List<KnockOut> kos = set.knockOuts();
            b.knockOut(kos.get(data.consumeInt(0, kos.size() - 1)).code());
        }
        EvaluationSheet sheet;
        try {
            sheet = b.build();
        } catch (SheetValidationException documented) {
            return; // a blank member or edition, a set out of 1 to 26
        }
        checkSheet(sheet);
    }

    // ------------------------------------------------------------------ properties

    static Optional<Evaluator> evaluatorFor(EvaluationSheet s) {
        Optional<Edition> e = CATALOG.findEdition(s.edition());
        if (e.isEmpty() || e.get().findSet(s.set()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(EVALUATORS.forSheet(s));
    }

    static void checkSheet(EvaluationSheet sheet) throws IOException {
        for (Evaluator ev : evaluators(sheet)) {
            try {
                ev.scoreDraft(sheet);
            } catch (OcopException documented) {
                // invalid for this set
            }
            try {
                ev.score(sheet);
            } catch (OcopException documented) {
                // incomplete or invalid
            }
            evaluate(ev, Council.of(sheet));
        }
        roundTrip(sheet, EvaluationSheet.class);
    }

    static void checkCouncil(Council council) throws IOException {
        for (Evaluator ev : evaluators(council.members().get(0))) {
            evaluate(ev, council);
        }
        roundTrip(council, Council.class);
    }

    static List<Evaluator> evaluators(EvaluationSheet s) {
        List<Evaluator> out = new ArrayList<>();
        out.add(FIXED);
        evaluatorFor(s).filter(e -> e != FIXED).ifPresent(out::add);
        return out;
    }

    static void evaluate(Evaluator ev, Council council) {
        for (MinimumPolicy p : MinimumPolicy.values()) {
            try {
                CouncilResult r = ev.evaluate(council, CouncilRules.defaults().withMinimumPolicy(p));
                VI.format(r.explanation());
                EN.format(r.explanation());
                r.hashCode(); // every lazy part
            } catch (OcopException documented) {
                // invalid sheets, or AGREED_SHEET without an agreed sheet
            }
        }
    }

    /**
     * Writes a value and reads it back: the same value, except that a sheet with two answers for one criterion
     * (which {@link EvaluationSheet} keeps, for the evaluator to report) is written with a repeated key, which the
     * hardened mapper rejects as a duplicate.
     */
    static <T> void roundTrip(T value, Class<T> type) throws IOException {
        byte[] text = JSON.writeValueAsBytes(value);
        T back;
        try {
            back = JSON.readValue(text, type);
        } catch (JacksonException e) {
            if (hasDuplicateAnswers(value) && e.getOriginalMessage().startsWith("Duplicate field")) {
                return;
            }
            throw new AssertionError("cannot read back what the mapper wrote: " + new String(text,
                    java.nio.charset.StandardCharsets.UTF_8), e);
        }
        if (!back.equals(value)) {
            throw new AssertionError("JSON round trip changed the value: " + value + " -> " + back);
        }
    }

    static boolean hasDuplicateAnswers(Object value) {
        List<EvaluationSheet> sheets = new ArrayList<>();
        if (value instanceof EvaluationSheet s) {
            sheets.add(s);
        } else if (value instanceof Council c) {
            sheets.addAll(c.members());
            if (c.agreedSheet() != null) {
                sheets.add(c.agreedSheet());
            }
        }
        for (EvaluationSheet s : sheets) {
            if (s.answers().stream().map(Answer::criterion).distinct().count() != s.answers().size()) {
                return true;
            }
        }
        return false;
    }
}
