package vn.ocop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library works on the module path, not only on the class path: a consumer with its own {@code module-info}
 * that requires {@code vn.ocop.core} (and nothing else of the library) is compiled with the JDK's {@code javac} and
 * launched with its {@code java}, each in a process of its own; it loads the bundled catalog, reads a sheet with {@code OcopJson}, scores a council
 * and prints what it found, including the module the engine ran in.
 *
 * <p>The module path is the engine's compiled module, the rubric data module and the engine's own run-time
 * dependencies (Jackson, Jakarta Validation, Hibernate Validator and theirs), taken from the test class path.
 */
class ModulePathTest {
    /** Jar names (without version) of the engine's run-time dependencies. */
    private static final Set<String> RUNTIME = Set.of("jackson-databind", "jackson-core", "jackson-annotations",
            "jackson-dataformat-csv",
            "jakarta.validation-api", "hibernate-validator", "jboss-logging", "classmate");

    private static final String MODULE_INFO = "module ocop.consumer {\n    requires vn.ocop.core;\n}\n";

    private static final String MAIN = String.join("\n",
            "package consumer;",
            "",
            "import com.fasterxml.jackson.databind.ObjectMapper;",
            "import vn.ocop.OcopJson;",
            "import vn.ocop.rubric.Criterion;",
            "import vn.ocop.rubric.Edition;",
            "import vn.ocop.rubric.Option;",
            "import vn.ocop.rubric.RubricCatalog;",
            "import vn.ocop.rubric.RubricSet;",
            "import vn.ocop.scoring.Council;",
            "import vn.ocop.scoring.CouncilResult;",
            "import vn.ocop.scoring.EvaluationSheet;",
            "import vn.ocop.scoring.Evaluator;",
            "",
            "public final class Main {",
            "    public static void main(String[] args) throws Exception {",
            "        Edition edition = RubricCatalog.bundled().edition(\"QD-26-2026\");",
            "        RubricSet set = edition.set(1);",
            "        StringBuilder answers = new StringBuilder();",
            "        for (Criterion c : set.leafCriteria()) {",
            "            Option best = c.answerOptions().get(0);",
            "            for (Option o : c.answerOptions()) {",
            "                best = o.points().compareTo(best.points()) > 0 ? o : best;",
            "            }",
            "            answers.append(answers.length() == 0 ? \"\" : \",\")",
            "                    .append('\"').append(c.code()).append(\"\\\":\\\"\").append(best.code()).append('\"');",
            "        }",
            "        String json = \"{\\\"edition\\\":\\\"QD-26-2026\\\",\\\"set\\\":1,\\\"member\\\":\\\"Thành viên 1\\\",\"",
            "                + \"\\\"answers\\\":{\" + answers + \"},\\\"knockOuts\\\":[]}\";",
            "        ObjectMapper mapper = OcopJson.mapper();",
            "        EvaluationSheet sheet = mapper.readValue(json, EvaluationSheet.class);",
            "        CouncilResult result = Evaluator.of(edition, 1).evaluate(Council.of(sheet));",
            "        System.out.println(\"module \" + RubricCatalog.class.getModule().getName()",
            "                + \", named \" + Main.class.getModule().isNamed());",
            "        System.out.println(\"editions \" + RubricCatalog.bundled().editions().size());",
            "        System.out.println(\"mean \" + result.mean().toPlainString()",
            "                + \", stars \" + result.classification().stars().level());",
            "    }",
            "}",
            "");

    @Test
    void aConsumerModuleLoadsTheBundledCatalogAndScoresASheet(@TempDir Path dir) throws Exception {
        List<Path> modulePath = modulePath();
        assertThat(moduleNames(modulePath)).contains("vn.ocop.core", "vn.ocop.rubric.data",
                "com.fasterxml.jackson.databind");
        String mp = modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));

        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("consumer"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("consumer/Main.java"), MAIN);
        Path out = dir.resolve("out");
        // the JDK's javac in a process of its own (the tests' module does not read java.compiler)
        String output = run(tool("javac"), "--release", "17", "-encoding", "UTF-8", "--module-path", mp,
                "-d", out.toString(), src.resolve("module-info.java").toString(),
                src.resolve("consumer/Main.java").toString());
        assertThat(output).as("javac reports nothing").isEmpty();

        output = run(tool("java"), "-Dfile.encoding=UTF-8", "--module-path", out + File.pathSeparator + mp,
                "--module", "ocop.consumer/consumer.Main");
        assertThat(output.lines()).containsExactly(
                "module vn.ocop.core, named true",
                "editions 3",
                "mean 100, stars 5");
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    /**
     * Runs a command to its end (at most two minutes) and returns what it wrote on its standard output; fails if it
     * does not exit with 0. Its standard error (e.g. Hibernate Validator's start-up log line) is shown on failure.
     */
    private static String run(String... command) throws IOException, InterruptedException {
        Path err = Files.createTempFile("module-path-test", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s ends", command[0]).isTrue();
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("%s: %s%s", String.join(" ", command), output, errors).isZero();
            return output;
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** The engine's module, the rubric data's module and the engine's run-time dependencies. */
    private static List<Path> modulePath() throws Exception {
        List<Path> out = new ArrayList<>();
        out.add(Path.of(OcopException.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path e = Path.of(entry);
            String name = e.getFileName().toString();
            boolean data = name.startsWith("ocop-rubric-data-") && name.endsWith(".jar")
                    || e.endsWith(Path.of("ocop-rubric-data", "target", "classes"));
            if (data || RUNTIME.contains(name.replaceFirst("-\\d.*\\.jar$", ""))) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> moduleNames(List<Path> modulePath) throws IOException {
        return ModuleFinder.of(modulePath.toArray(Path[]::new)).findAll().stream().map(ModuleReference::descriptor)
                .map(ModuleDescriptor::name).sorted().toList();
    }
}
