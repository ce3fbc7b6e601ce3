package vn.ocop.rulecheck;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a folder of rule-check case files ({@code *.json}, see {@link RuleCheckCase}) into JUnit 5 dynamic tests,
 * one per file, so that any application embedding the library can keep its own cases next to its tests.
 *
 * <pre>{@code
 * class OurRuleChecksTest {
 *     @TestFactory
 *     Stream<DynamicTest> ruleChecks() {
 *         return RuleCheckTests.fromClasspath("rulecheck");   // src/test/resources/rulecheck/**.json
 *     }
 *
 *     @TestFactory
 *     Stream<DynamicTest> draftRubric() {                      // cases against a province's own catalog
 *         RubricCatalog catalog = RubricCatalog.of(List.of(RubricLoader.loadEdition(Path.of("draft"))));
 *         return RuleCheckTests.fromDirectory(Path.of("cases/draft"), RuleCheckRunner.of(catalog));
 *     }
 * }
 * }</pre>
 *
 * <p>Sub-folders are included; files are run in order of their path; other files (a README) are skipped. Each
 * test is named {@code <path>: <title>} and fails with the message of {@link RuleCheckRunner#check} (file, case,
 * every difference). A file that is not a valid case still becomes a test, which fails with a
 * {@link RuleCheckException} naming the file, so one broken file does not hide the others. A folder that does not
 * exist or holds no case file is an error: an empty test factory would pass unnoticed.
 *
 * <p>A case with a {@code knownIssue} records a disagreement of the engine with the law that is not fixed yet:
 * while it fails, its test is aborted (reported as skipped, with the issue and the differences); once it passes,
 * its test fails, asking for the {@code knownIssue} key to be removed.
 *
 * <p>Class-path folders are found in directories and in jar files (a jar must hold the folder's directory entry,
 * as Maven-built jars do). When tests run on the module path, a folder inside a named module is only found if its
 * package is open; otherwise use {@link #fromDirectory}.
 *
 * <p>Needs {@code org.junit.jupiter:junit-jupiter-api} (an optional dependency of {@code ocop-core}) on the class
 * path of the tests that use it. Thread-safe.
 */
@SuppressWarnings("exports")
public final class RuleCheckTests {
    private static final String SUFFIX = ".json";

    private RuleCheckTests() {
    }

    /**
     * One dynamic test per case file under a class-path folder, checked against the bundled editions.
     *
     * @param folder a class-path folder such as {@code "rulecheck"} (no leading slash), not null
     * @return the tests, in order of their path
     * @throws RuleCheckException if the folder is not on the class path or holds no case file
     */
    public static Stream<DynamicTest> fromClasspath(String folder) {
        return fromClasspath(folder, defaultLoader(), RuleCheckRunner.bundled());
    }

    /**
     * One dynamic test per case file under a class-path folder.
     *
     * @param folder a class-path folder such as {@code "rulecheck"}, not null
     * @param loader the class loader to find it with, not null
     * @param runner the runner (and so the catalog) to check them with, not null
     * @return the tests, in order of their path
     * @throws RuleCheckException if the folder is not found or holds no case file, or cannot be listed
     */
    public static Stream<DynamicTest> fromClasspath(String folder, ClassLoader loader, RuleCheckRunner runner) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(runner, "runner");
        String prefix = strip(Objects.requireNonNull(folder, "folder"));
        List<CaseFile> files = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(prefix);
            if (!roots.hasMoreElements()) {
                throw RuleCheckException.of(prefix, "class-path folder '" + prefix + "' not found");
            }
            while (roots.hasMoreElements()) {
                listRoot(roots.nextElement(), prefix, files);
            }
        } catch (IOException e) {
            throw RuleCheckException.of(prefix, "cannot list class-path folder '" + prefix + "': " + e);
        }
        return tests(files, runner, "class-path folder '" + prefix + "'");
    }

    /**
     * One dynamic test per case file under a folder of the file system, checked against the bundled editions.
     *
     * @param folder a folder, not null
     * @return the tests, in order of their path
     * @throws RuleCheckException if the folder does not exist or holds no case file
     */
    public static Stream<DynamicTest> fromDirectory(Path folder) {
        return fromDirectory(folder, RuleCheckRunner.bundled());
    }

    /**
     * One dynamic test per case file under a folder of the file system.
     *
     * @param folder a folder, not null
     * @param runner the runner (and so the catalog) to check them with, not null
     * @return the tests, in order of their path
     * @throws RuleCheckException if the folder does not exist, cannot be listed or holds no case file
     */
    public static Stream<DynamicTest> fromDirectory(Path folder, RuleCheckRunner runner) {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(runner, "runner");
        if (!Files.isDirectory(folder)) {
            throw RuleCheckException.of(folder.toString(), "folder of rule-check cases not found: "
                    + folder.toAbsolutePath());
        }
        List<CaseFile> files = new ArrayList<>();
        walk(folder, "", files);
        return tests(files, runner, "folder " + folder);
    }

    // ------------------------------------------------------------------ internals

    /** A case file's name (relative to the folder), its name in messages, where it is, and its bytes. */
    private record CaseFile(String name, String source, URI uri, byte[] content) {
    }

    private static ClassLoader defaultLoader() {
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        return l != null ? l : RuleCheckTests.class.getClassLoader();
    }

    private static String strip(String folder) {
        String f = folder.replace('\\', '/');
        while (f.startsWith("/")) {
            f = f.substring(1);
        }
        while (f.endsWith("/")) {
            f = f.substring(0, f.length() - 1);
        }
        return f;
    }

    private static void listRoot(URL root, String prefix, List<CaseFile> out) throws IOException {
        if ("file".equals(root.getProtocol())) {
            try {
                walk(Path.of(root.toURI()), prefix + "/", out);
            } catch (URISyntaxException e) {
                throw RuleCheckException.of(root.toString(), "cannot list class-path folder " + root + ": " + e);
            }
            return;
        }
        URLConnection conn = root.openConnection();
        if (!(conn instanceof JarURLConnection jar)) {
            throw RuleCheckException.of(root.toString(), "cannot list class-path folder " + root + " ("
                    + root.getProtocol() + "); copy the cases to a folder and use RuleCheckTests.fromDirectory");
        }
        jar.setUseCaches(false);
        try (JarFile file = jar.getJarFile()) {
            String dir = prefix + "/";
            List<JarEntry> entries = file.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(dir) && e.getName().endsWith(SUFFIX))
                    .toList();
            for (JarEntry e : entries) {
                try (InputStream in = file.getInputStream(e)) {
                    out.add(new CaseFile(e.getName(), e.getName(), classpathUri(e.getName()), in.readAllBytes()));
                }
            }
        }
    }

    private static void walk(Path dir, String namePrefix, List<CaseFile> out) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                URI uri = namePrefix.isEmpty() ? p.toUri() : classpathUri(namePrefix + rel);
                out.add(new CaseFile(namePrefix + rel, namePrefix.isEmpty() ? p.toString() : namePrefix + rel, uri,
                        Files.readAllBytes(p)));
            }
        } catch (IOException | UncheckedIOException e) {
            throw RuleCheckException.of(dir.toString(), "cannot list the rule-check cases in " + dir + ": " + e);
        }
    }

    /** @return the JUnit source URI of a class-path resource, or null if the name cannot be one */
    private static URI classpathUri(String name) {
        try {
            return new URI("classpath", "/" + name, null);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Stream<DynamicTest> tests(List<CaseFile> files, RuleCheckRunner runner, String where) {
        if (files.isEmpty()) {
            throw RuleCheckException.of(where, "no rule-check case files (*" + SUFFIX + ") in " + where);
        }
        List<CaseFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(CaseFile::name));
        return sorted.stream().map(f -> test(f, runner));
    }

    private static DynamicTest test(CaseFile f, RuleCheckRunner runner) {
        RuleCheckCase c;
        try {
            c = RuleCheckRunner.read(new ByteArrayInputStream(f.content()), f.source());
        } catch (RuleCheckException e) {
            return DynamicTest.dynamicTest(f.name() + ": not a valid case file", f.uri(), () -> {
                throw e;
            });
        }
        return DynamicTest.dynamicTest(f.name() + ": " + c.title(), f.uri(), () -> run(c, f.source(), runner));
    }

    private static void run(RuleCheckCase c, String source, RuleCheckRunner runner) {
        Optional<String> failure = runner.failure(c, source);
        if (c.knownIssue() == null) {
            if (failure.isPresent()) {
                throw new AssertionError(failure.get());
            }
        } else if (failure.isPresent()) {
            Assumptions.abort("known issue: " + c.knownIssue() + "\n" + failure.get());
        } else {
            throw new AssertionError("rule check " + source + " passes now, but is marked as waiting for a known "
                    + "issue (" + c.knownIssue() + "): remove 'knownIssue' from the case file");
        }
    }
}
