package vn.ocop.sheetio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.OcopJson;
import vn.ocop.format.Formats;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Option;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricSet;
import vn.ocop.scoring.Answer;
import vn.ocop.scoring.Council;

/**
 * The blank templates filled in with the same answers, the JSON one read as a {@link Council} and the CSV one with
 * {@link SheetCsvReader} (its cells in every accepted form), give the same sheets and score the same.
 */
class SheetRoundTripTest {
    static final ObjectMapper JSON = OcopJson.mapper();
    static final CsvMapper CSV = new CsvMapper();
    static final List<String> MEMBERS = List.of("Nguyễn Thị Lan (Sở NN&MT)", "Trần Văn Minh", "Lê Hoàng \"Nam\"",
            "Phạm Thu Hà; Sở Công Thương");

    static Stream<Arguments> sets() {
        List<Arguments> out = new ArrayList<>();
        for (String id : List.of("QD-26-2026", "QD-148-2023")) {
            Edition e = RubricCatalog.bundled().edition(id);
            for (RubricSet s : e.sets()) {
                out.add(Arguments.of(id, s.number()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} set {1}")
    @MethodSource("sets")
    void filledTemplatesReadBackAndScoreTheSame(String editionId, int number) throws Exception {
        Edition edition = RubricCatalog.bundled().edition(editionId);
        RubricSet set = edition.set(number);
        Random random = new Random(31L * number + editionId.hashCode());
        for (int round = 0; round < 4; round++) {
            List<Map<String, String>> answers = new ArrayList<>();
            List<List<String>> knockOuts = new ArrayList<>();
            for (int m = 0; m < MEMBERS.size(); m++) {
                answers.add(randomAnswers(set, random));
                List<String> ko = new ArrayList<>();
                if (round == 3 && m == 1 && !set.knockOuts().isEmpty()) {
                    ko.add(set.knockOuts().get(random.nextInt(set.knockOuts().size())).code());
                }
                knockOuts.add(ko);
            }
            Council fromJson = fillJson(set, answers, knockOuts);
            Locale locale = random.nextBoolean() ? Formats.VIETNAMESE_LOCALE : Locale.ENGLISH;
            char sep = random.nextBoolean() ? ',' : ';';
            byte[] csv = fillCsv(set, answers, knockOuts, locale, sep, random);
            Council fromCsv = Council.of(SheetCsvReader.of(set).read(csv, "filled.csv"));
            assertThat(fromCsv.members()).as("round " + round).isEqualTo(fromJson.members());
            assertThat(Scoring.evaluate(edition, set, fromCsv)).isEqualTo(Scoring.evaluate(edition, set, fromJson));
        }
    }

    /** An option (or "none" now and then) per criterion; none for a criterion whose "only if" is not met. */
    static Map<String, String> randomAnswers(RubricSet set, Random random) {
        Map<String, String> a = new LinkedHashMap<>();
        for (Criterion c : set.leafCriteria()) {
            List<Option> options = c.answerOptions();
            a.put(c.code(), random.nextInt(20) == 0 ? Answer.NONE : options.get(random.nextInt(options.size())).code());
        }
        for (Criterion c : set.leafCriteria()) {
            if (c.onlyIf() != null && !c.onlyIf().options().contains(a.get(c.onlyIf().criterion()))) {
                a.remove(c.code());
            }
        }
        return a;
    }

    static Council fillJson(RubricSet set, List<Map<String, String>> answers, List<List<String>> knockOuts)
            throws Exception {
        ObjectNode council = (ObjectNode) JSON.readTree(SheetTemplates.json(set, MEMBERS));
        ArrayNode members = (ArrayNode) council.get("members");
        for (int m = 0; m < members.size(); m++) {
            ObjectNode sheet = (ObjectNode) members.get(m);
            ObjectNode a = (ObjectNode) sheet.get("answers");
            for (Criterion c : set.leafCriteria()) {
                String option = answers.get(m).get(c.code());
                if (option == null) {
                    a.remove(c.code());
                } else {
                    a.put(c.code(), option);
                }
            }
            ArrayNode ko = sheet.putArray("knockOuts");
            knockOuts.get(m).forEach(ko::add);
        }
        return JSON.readValue(JSON.writeValueAsString(council), Council.class);
    }

    static byte[] fillCsv(RubricSet set, List<Map<String, String>> answers, List<List<String>> knockOuts,
            Locale locale, char sep, Random random) throws Exception {
        String template = SheetTemplates.csv(set, MEMBERS, locale, sep);
        assertThat(template).startsWith("\uFEFF");
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(sep).withLineSeparator("\r\n");
        List<List<String>> rows = new ArrayList<>();
        try (var it = CSV.readerFor(List.class).with(schema).with(CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(template.substring(1))) {
            while (it.hasNext()) {
                rows.add(new ArrayList<>(it.next()));
            }
        }
        assertThat(rows).hasSize(1 + MEMBERS.size());
        List<String> header = rows.get(0);
        Map<String, Criterion> byColumn = new HashMap<>();
        Map<String, KnockOut> koByColumn = new HashMap<>();
        for (String h : header) {
            String code = h.split(" ")[0];
            if (set.criterion(code) != null) {
                byColumn.put(h, set.criterion(code));
            } else if (set.knockOut(code) != null) {
                koByColumn.put(h, set.knockOut(code));
            }
        }
        for (int m = 0; m < MEMBERS.size(); m++) {
            List<String> row = rows.get(m + 1);
            assertThat(row.get(0)).isEqualTo(MEMBERS.get(m));
            for (int col = 1; col < header.size(); col++) {
                Criterion c = byColumn.get(header.get(col));
                KnockOut k = koByColumn.get(header.get(col));
                assertThat(row.get(col)).isEmpty();
                if (c != null) {
                    String option = answers.get(m).get(c.code());
                    row.set(col, option == null ? "" : cell(c, option, random));
                } else if (k != null) {
                    row.set(col, knockOuts.get(m).contains(k.code()) ? pick(random, "x", "có", "CÓ", "yes")
                            : pick(random, "", "không", "no"));
                }
            }
        }
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(CSV.writer(schema).writeValueAsString(rows));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The cell naming an option, in one of the forms the reader accepts. */
    static String cell(Criterion c, String option, Random random) {
        if (option.equals(Answer.NONE)) {
            return pick(random, "none", "NONE");
        }
        Option o = c.option(option);
        boolean uniqueLabel = c.answerOptions().stream().filter(x -> x.label().equalsIgnoreCase(o.label())).count() == 1;
        if (c.yesNo()) {
            return pick(random, o.code(), o.label(), o.label().toUpperCase(Locale.ROOT),
                    Normalizer.normalize(o.label(), Normalizer.Form.NFD));
        }
        return switch (random.nextInt(uniqueLabel ? 8 : 4)) {
            case 0 -> o.code();
            case 1 -> o.code() + ")";
            case 2 -> o.code() + ".";
            case 3 -> o.code().toUpperCase(Locale.ROOT);
            case 4 -> o.label();
            case 5 -> Normalizer.normalize(o.label(), Normalizer.Form.NFD);
            case 6 -> o.code() + ") " + o.label();
            default -> o.code() + ". " + o.label().toLowerCase(Locale.ROOT);
        };
    }

    static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
