package vn.ocop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.ocop.area.AdministrativeUnitRegistry;
import vn.ocop.area.Areas;
import vn.ocop.plan.Plan;
import vn.ocop.plan.ReportedValue;
import vn.ocop.process.HolidayCalendar;
import vn.ocop.product.Certificate;
import vn.ocop.product.RegistrationKind;
import vn.ocop.registry.AnnualRevenue;
import vn.ocop.registry.Registry;
import vn.ocop.rubric.Star;
import vn.ocop.rulecheck.LifecycleCheckTests;
import vn.ocop.rulecheck.RuleCheckRunner;
import vn.ocop.scoring.Council;
import vn.ocop.scoring.CouncilRules;
import vn.ocop.scoring.EvaluationSheet;
import vn.ocop.scoring.KnockOutPolicy;
import vn.ocop.scoring.MinimumPolicy;
import vn.ocop.scoring.Quorum;
import vn.ocop.statistics.ReportedStatistics;
import vn.ocop.testing.TraVinh;

/**
 * Every file format the library reads has a JSON Schema (in {@code ocop-rubric-data}, {@code ocop-rubric/schema/}):
 * the bundled and sample files, and what the library writes, pass their schema; and a file the schema rejects (a
 * valid file with one defect) is rejected by the loader too, so that schema, documentation and loader cannot drift
 * apart. The validator is networknt json-schema-validator (JSON Schema 2020-12), test scope only.
 */
class SchemasTest {
    private static final ObjectMapper JSON = OcopJson.mapper();
    private static final String ID = "https://ocop.vn/schema/";
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(ID, "classpath:ocop-rubric/schema/")));
    private static final Path SAMPLES = Path.of("../examples/src/main/resources/samples");

    private static List<Error> errors(String schema, JsonNode document) {
        Schema s = SCHEMAS.getSchema(SchemaLocation.of(ID + schema));
        return s.validate(document);
    }

    private static JsonNode sample(String name) {
        try {
            return JSON.readTree(Files.readString(SAMPLES.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode resource(String name) {
        try (InputStream in = SchemasTest.class.getClassLoader().getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode written(Object value) {
        return JSON.valueToTree(value);
    }

    /** A loader of one format: reads the document or throws. */
    interface Loader {
        void load(InputStream in, String source) throws Exception;
    }

    private static final Loader PLAN = Plan::read;
    private static final Loader REPORTS = ReportedValue::readList;
    private static final Loader AREAS = Areas::read;
    private static final Loader UNITS = AdministrativeUnitRegistry::read;
    private static final Loader REGISTRY = Registry::read;
    private static final Loader COUNCIL = Council::read;
    private static final Loader SHEET = EvaluationSheet::read;
    private static final Loader CASE = RuleCheckRunner::read;
    private static final Loader STATISTICS = ReportedStatistics::read;
    private static final Loader RULES = CouncilRules::read;
    private static final Loader CALENDAR = HolidayCalendar::read;
    /** A lifecycle case is read (and run) by {@link LifecycleCheckTests}, from a folder: the file alone in one. */
    private static final Loader LIFECYCLE = (in, s) -> {
        Path dir = Files.createTempDirectory("lifecycle-case");
        Path file = dir.resolve("case.json");
        try {
            Files.write(file, in.readAllBytes());
            for (DynamicTest t : LifecycleCheckTests.fromDirectory(dir).toList()) {
                try {
                    t.getExecutable().execute();
                } catch (Exception | java.lang.Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    };
    private static final Path LIFECYCLE_CASES = Path.of("src/test/resources/rulecheck-lifecycle");
    /** Published figures as reports write them (built for this test): counts and percentages as text and numbers. */
    private static final String STATISTICS_SAMPLE = "{\"source\":\"Báo cáo\",\"area\":\"84\",\"date\":\"2024-12-31\","
            + "\"breakdowns\":[{\"what\":\"chủ thể\",\"total\":\"1.234\",\"complete\":false,\"parts\":[{\"label\":\"HTX\","
            + "\"count\":\"512\",\"percent\":\"41,49 %\"},{\"label\":\"DN\",\"count\":300}]}],"
            + "\"bounds\":[{\"what\":\"5★\",\"value\":1,\"limitWhat\":\"sản phẩm\",\"limit\":\"1.234\"}],"
            + "\"changes\":[{\"what\":\"so với kế hoạch\",\"actual\":\"1.234\",\"percent\":\"23,4 %\",\"base\":1000}]}";

    private static JsonNode statistics() {
        try {
            return JSON.readTree(STATISTICS_SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Registry registry() {
        TraVinh.RegistryBuilder b = new TraVinh.RegistryBuilder();
        b.product("P1", "84", "29263");
        b.product("P2", "84", "845");
        b.cert("P1", Star.FOUR, RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        Certificate c = b.cert("P2", Star.THREE, RegistrationKind.FIRST, LocalDate.of(2023, 6, 1));
        b.replace(c, c.withReEvaluationFiled(LocalDate.of(2026, 6, 10), null).withExtension(LocalDate.of(2026, 11, 28)));
        return Registry.of(b.products, b.producers, b.certificates,
                List.of(new AnnualRevenue("P1", 2024, new BigDecimal("1234.56"))));
    }

    /** The sample council with every key a council has: chair, appointed count, second round, dismissed knock-outs. */
    private static JsonNode fullCouncil() {
        ObjectNode c = (ObjectNode) sample("council-qd26-set01.json");
        JsonNode first = c.get("members").get(0);
        c.put("chair", first.get("member").asText());
        c.put("appointed", c.get("members").size() + 1);
        c.putArray("secondRound").add(first.deepCopy());
        c.putArray("dismissedKnockOuts").add("KO1");
        return c;
    }

    private static CouncilRules strictRules() {
        return CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER)
                .withKnockOutPolicy(KnockOutPolicy.MAJORITY).withQuorum(Quorum.of(new BigDecimal("66.5"), true))
                .withOutlierPoints(new BigDecimal("7.5")).withRescoreOutliers(true).withDisplayScale(1);
    }

    static Stream<Arguments> validFiles() throws IOException {
        Stream<Arguments> fixed = Stream.of(
                Arguments.of("plan.schema.json", "sample tra-vinh-plan-2024.json", sample("tra-vinh-plan-2024.json"), PLAN),
                Arguments.of("plan.schema.json", "written TraVinh.plan()", written(TraVinh.plan()), PLAN),
                Arguments.of("reported-values.schema.json", "sample tra-vinh-reports-2024.json",
                        sample("tra-vinh-reports-2024.json"), REPORTS),
                Arguments.of("areas.schema.json", "sample tra-vinh-areas.json", sample("tra-vinh-areas.json"), AREAS),
                Arguments.of("areas.schema.json", "written TraVinh.areas()", written(TraVinh.areas()), AREAS),
                Arguments.of("units.schema.json", "bundled ocop-units/units.json", resource("ocop-units/units.json"), UNITS),
                Arguments.of("registry.schema.json", "sample registry-sample.json", sample("registry-sample.json"), REGISTRY),
                Arguments.of("registry.schema.json", "written registry", written(registry()), REGISTRY),
                Arguments.of("council.schema.json", "sample council-qd26-set01.json", sample("council-qd26-set01.json"),
                        COUNCIL),
                Arguments.of("reported-statistics.schema.json", "figures as reports write them", statistics(),
                        STATISTICS),
                Arguments.of("evaluation-sheet.schema.json", "first sheet of council-qd26-set01.json",
                        sample("council-qd26-set01.json").get("members").get(0), SHEET),
                Arguments.of("council.schema.json", "council with chair, appointed, second round, dismissed knock-out",
                        fullCouncil(), COUNCIL),
                Arguments.of("council.schema.json", "written council with chair, appointed, second round",
                        written(JSON.treeToValue(fullCouncil(), Council.class)), COUNCIL),
                Arguments.of("council-rules.schema.json", "example vn/ocop/scoring/council-rules-example.json",
                        resource("vn/ocop/scoring/council-rules-example.json"), RULES),
                Arguments.of("council-rules.schema.json", "the schema's own example",
                        resource("ocop-rubric/schema/council-rules.schema.json").get("examples").get(0), RULES),
                Arguments.of("council-rules.schema.json", "written CouncilRules.defaults()",
                        written(CouncilRules.defaults()), RULES),
                Arguments.of("council-rules.schema.json", "written strict rules", written(strictRules()), RULES),
                Arguments.of("holidays.schema.json", "bundled ocop-calendar/holidays.json",
                        resource(HolidayCalendar.BUNDLED_RESOURCE), CALENDAR));
        Stream<Arguments> cases;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/rulecheck"))) {
            cases = files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(p -> Arguments.of("rule-check-case.schema.json", p.toString(), tree(p), CASE));
        }
        Stream<Arguments> lifecycle;
        try (Stream<Path> files = Files.walk(LIFECYCLE_CASES)) {
            lifecycle = files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(p -> Arguments.of("lifecycle-case.schema.json", p.toString(), tree(p), LIFECYCLE));
        }
        return Stream.concat(fixed, Stream.concat(cases, lifecycle));
    }

    private static JsonNode tree(Path p) {
        try {
            return JSON.readTree(Files.readString(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("validFiles")
    void bundledSampleAndWrittenFilesPassTheirSchemaAndTheirLoader(String schema, String what, JsonNode document,
            Loader loader) throws Exception {
        assertThat(errors(schema, document)).as(what).isEmpty();
        loader.load(new ByteArrayInputStream(JSON.writeValueAsBytes(document)), what);
    }

    @Test
    void bundledRubricFilesPassTheRubricSchemas() {
        JsonNode index = resource("ocop-rubric/index.json");
        int sets = 0;
        for (JsonNode edition : index.get("editions")) {
            String dir = "ocop-rubric/" + edition.asText() + "/";
            JsonNode e = resource(dir + "edition.json");
            assertThat(errors("edition.schema.json", e)).as(dir).isEmpty();
            for (JsonNode set : e.get("sets")) {
                assertThat(errors("rubric-set.schema.json", resource(dir + set.asText()))).as(dir + set).isEmpty();
                sets++;
            }
        }
        assertThat(sets).isEqualTo(52);   // 26 sets of 148/2023 and 26 of 26/2026; 1048/2019 has its edition only
    }

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
                defect("plan.schema.json", "tra-vinh-plan-2024.json", PLAN, "unknown key",
                        d -> ((ObjectNode) d).put("colour", "red")),
                defect("plan.schema.json", "tra-vinh-plan-2024.json", PLAN, "no targets",
                        d -> ((ObjectNode) d).remove("targets")),
                defect("plan.schema.json", "tra-vinh-plan-2024.json", PLAN, "a value as text",
                        d -> target(d).put("value", "40")),
                defect("plan.schema.json", "tra-vinh-plan-2024.json", PLAN, "an unknown goal",
                        d -> target(d).put("goal", "MOST")),
                defect("plan.schema.json", "tra-vinh-plan-2024.json", PLAN, "a target without its indicator",
                        d -> target(d).remove("indicator")),
                defect("reported-values.schema.json", "tra-vinh-reports-2024.json", REPORTS, "no source",
                        d -> ((ObjectNode) d.get(0)).remove("source")),
                defect("reported-values.schema.json", "tra-vinh-reports-2024.json", REPORTS, "a negative value",
                        d -> ((ObjectNode) d.get(1)).put("value", -1)),
                defect("areas.schema.json", "tra-vinh-areas.json", AREAS, "an unknown level",
                        d -> ((ObjectNode) d.get("units").get(0)).put("level", "TOWN")),
                defect("areas.schema.json", "tra-vinh-areas.json", AREAS, "a unit without validity",
                        d -> ((ObjectNode) d.get("units").get(1)).remove("validity")),
                defect("areas.schema.json", "tra-vinh-areas.json", AREAS, "a succession without its date",
                        d -> ((ObjectNode) d.get("successions").get(0)).remove("on")),
                defect("registry.schema.json", "registry-sample.json", REGISTRY, "a 2★ certificate",
                        d -> ((ObjectNode) d.get("certificates").get(0)).put("stars", 2)),
                defect("registry.schema.json", "registry-sample.json", REGISTRY, "a revenue with 3 decimals",
                        d -> ((ObjectNode) d.get("revenues").get(0)).put("millionVnd", new BigDecimal("1.005"))),
                defect("registry.schema.json", "registry-sample.json", REGISTRY, "a revenue with 13 integer digits",
                        d -> ((ObjectNode) d.get("revenues").get(0)).put("millionVnd", new BigDecimal("1000000000000"))),
                defect("registry.schema.json", "registry-sample.json", REGISTRY, "an unknown producer type",
                        d -> ((ObjectNode) d.get("producers").get(0)).put("type", "COOP")),
                defect("registry.schema.json", "registry-sample.json", REGISTRY, "set 27",
                        d -> ((ObjectNode) d.get("products").get(0)).put("setNumber", 27)),
                defect("registry.schema.json", "registry-sample.json", REGISTRY, "a product code out of shape",
                        d -> ((ObjectNode) d.get("products").get(0)).put("code", "84/29263/1")),
                defect("registry.schema.json", "registry-sample.json", REGISTRY, "a blank business registration",
                        d -> ((ObjectNode) d.get("producers").get(0)).put("businessRegistration", " ")),
                defect("council.schema.json", "council-qd26-set01.json", COUNCIL, "no member appointed",
                        d -> ((ObjectNode) d).put("appointed", 0)),
                defect("council.schema.json", "council-qd26-set01.json", COUNCIL, "a second round as one sheet",
                        d -> ((ObjectNode) d).set("secondRound", d.get("members").get(0).deepCopy())),
                defect("council.schema.json", "council-qd26-set01.json", COUNCIL, "no member",
                        d -> ((ObjectNode) d).putArray("members")),
                defect("council.schema.json", "council-qd26-set01.json", COUNCIL, "a sheet without its member",
                        d -> ((ObjectNode) d.get("members").get(0)).remove("member")),
                defect("council.schema.json", "council-qd26-set01.json", COUNCIL, "unknown key in a sheet",
                        d -> ((ObjectNode) d.get("members").get(0)).put("score", 80)),
                defect("reported-statistics.schema.json", "", STATISTICS, "a percentage with a semicolon",
                        d -> ((ObjectNode) d.get("breakdowns").get(0).get("parts").get(0)).put("percent", "41;49")),
                defect("reported-statistics.schema.json", "", STATISTICS, "a count with a decimal comma",
                        d -> ((ObjectNode) d.get("breakdowns").get(0)).put("total", "12,5")),
                defect("reported-statistics.schema.json", "", STATISTICS, "a change without its percentage",
                        d -> ((ObjectNode) d.get("changes").get(0)).remove("percent")),
                defect("reported-statistics.schema.json", "", STATISTICS, "unknown key",
                        d -> ((ObjectNode) d).put("colour", "red")),
                defect("units.schema.json", null, UNITS, "another format",
                        d -> ((ObjectNode) d).put("format", "ocop-units/2")),
                defect("units.schema.json", null, UNITS, "a province row with a third column",
                        d -> ((ArrayNode) d.get("periods").get(0).get("provinces").get(0)).add("01")),
                defect("units.schema.json", null, UNITS, "an unknown kind of merge",
                        d -> ((ArrayNode) d.get("reforms").get(0).get("units").get(0)).set(2, "HALF")),
                defect("council-rules.schema.json", RULES_EXAMPLE, RULES, "unknown key",
                        d -> ((ObjectNode) d).put("secretary", "X")),
                defect("council-rules.schema.json", RULES_EXAMPLE, RULES, "an unknown minimum policy",
                        d -> ((ObjectNode) d).put("minimumPolicy", "MEAN")),
                defect("council-rules.schema.json", RULES_EXAMPLE, RULES, "a quorum of 150 %",
                        d -> ((ObjectNode) d.get("quorum")).put("percent", 150)),
                defect("council-rules.schema.json", RULES_EXAMPLE, RULES, "a quorum without its percentage",
                        d -> ((ObjectNode) d.get("quorum")).remove("percent")),
                defect("council-rules.schema.json", RULES_EXAMPLE, RULES, "negative outlier points",
                        d -> ((ObjectNode) d).put("outlierPoints", -1)),
                defect("lifecycle-case.schema.json", LIFECYCLE_EXAMPLE, LIFECYCLE, "an event doing two things",
                        d -> ((ObjectNode) d.get("events").get(1)).putObject("reEvaluationFailed")),
                defect("lifecycle-case.schema.json", LIFECYCLE_EXAMPLE, LIFECYCLE, "an unknown certificate status",
                        d -> ((ObjectNode) d.get("expected").get(0)).put("status", "LAPSED")),
                defect("lifecycle-case.schema.json", LIFECYCLE_EXAMPLE, LIFECYCLE, "a refused event without its rule",
                        d -> ((ObjectNode) d.get("refused")).remove("rule")),
                defect("holidays.schema.json", HolidayCalendar.BUNDLED_RESOURCE, CALENDAR, "another format",
                        d -> ((ObjectNode) d).put("format", "ocop-holidays/2")),
                defect("holidays.schema.json", HolidayCalendar.BUNDLED_RESOURCE, CALENDAR, "a weekend as a day off",
                        d -> ((ObjectNode) d.get("years").get(0).get("daysOff").get(0)).put("kind", "WEEKEND")),
                defect("holidays.schema.json", HolidayCalendar.BUNDLED_RESOURCE, CALENDAR, "a source without citation",
                        d -> ((ObjectNode) d.get("years").get(0).get("sources").get(0)).remove("citation")));
    }

    private static final String RULES_EXAMPLE = "vn/ocop/scoring/council-rules-example.json";
    private static final String LIFECYCLE_EXAMPLE = "12-late-26-era-refused.json";

    /** The file a defect is made in: a sample, a resource of the class path, a lifecycle case, units or figures. */
    private static JsonNode original(String sample) {
        if (sample == null) {
            return resource("ocop-units/units.json");
        } else if (sample.isEmpty()) {
            return statistics();
        } else if (sample.equals(LIFECYCLE_EXAMPLE)) {
            return tree(LIFECYCLE_CASES.resolve(sample));
        } else if (sample.contains("/")) {
            return resource(sample);
        }
        return sample(sample);
    }

    private static ObjectNode target(JsonNode plan) {
        return (ObjectNode) plan.get("targets").get(0);
    }

    private static Arguments defect(String schema, String sample, Loader loader, String what, Consumer<JsonNode> edit) {
        return Arguments.of(schema, sample, loader, what, edit);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("invalidFiles")
    void aFileTheSchemaRejectsTheLoaderRejects(String schema, String sample, Loader loader, String what,
            Consumer<JsonNode> edit) throws Exception {
        JsonNode document = original(sample);
        assertThat(errors(schema, document)).as("the file before the defect").isEmpty();
        edit.accept(document);
        assertThat(errors(schema, document)).as(what).isNotEmpty();
        byte[] bytes = JSON.writeValueAsBytes(document);
        assertThatThrownBy(() -> loader.load(new ByteArrayInputStream(bytes), "defect.json")).as(what)
                .isInstanceOfAny(OcopException.class, IOException.class, IllegalArgumentException.class);
    }

    @Test
    void ruleCheckCasesWithADefectAreRejectedByBoth() throws Exception {
        Path p = Path.of("src/test/resources/rulecheck/qd26-2026/set01-02-four-stars.json");
        List<Consumer<ObjectNode>> defects = List.of(d -> d.remove("expected"), d -> d.put("set", 0),
                d -> ((ObjectNode) d.get("expected")).put("stars", "five"), d -> d.put("colour", "red"),
                d -> ((ObjectNode) d.get("members").get(0)).put("base", "allGood"), d -> d.put("level", "DISTRICT"),
                d -> d.put("appointed", "nine"), d -> d.putArray("secondRound").add("Thành viên 1"),
                d -> ((ObjectNode) d.get("expected")).put("status", "PENDING"),
                d -> ((ObjectNode) d.get("expected")).putObject("alternatives").put("EVERY_MEMBER", 6),
                d -> ((ObjectNode) d.get("expected")).putObject("alternatives").put("MEAN", 3),
                d -> ((ObjectNode) d.get("expected")).putArray("routes").add("ELSEWHERE"),
                d -> d.putObject("rules").put("secretary", "X"),
                d -> d.putObject("rules").putObject("quorum").put("percent", 150));
        for (Consumer<ObjectNode> defect : defects) {
            ObjectNode d = (ObjectNode) tree(p);
            defect.accept(d);
            assertThat(errors("rule-check-case.schema.json", d)).as(d.toString()).isNotEmpty();
            byte[] bytes = JSON.writeValueAsBytes(d);
            assertThatThrownBy(() -> CASE.load(new ByteArrayInputStream(bytes), "case.json")).as(d.toString())
                    .isInstanceOfAny(OcopException.class, IOException.class, IllegalArgumentException.class);
        }
        assertThat(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)).contains("\"expected\"");
    }
}
