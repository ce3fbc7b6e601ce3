package vn.ocop.rulecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Lifecycle rule checks: a product's history as data (recognitions, re-evaluation filings and results,
 * revocations) and what the law says its certificates' statuses are on given dates, or which event the law
 * refuses. One JSON file per case, run as one JUnit 5 dynamic test each.
 *
 * <pre>{@code
 * {
 *   "title": "Giấy chứng nhận 148 hết hạn 01/06/2026, nộp hồ sơ 10/06/2026: kéo dài đến khi có kết quả",
 *   "checks": "Điều 12.3 (cách hiểu chuyển tiếp)",
 *   "product": "P1",
 *   "events": [
 *     {"on": "2023-06-01", "recognise": {"id": "C1", "stars": 4, "authority": "PROVINCE",
 *                                        "edition": "QD-148-2023", "kind": "FIRST"}},
 *     {"on": "2026-06-10", "fileReEvaluation": {"reading": "TRANSITIONAL"}}
 *   ],
 *   "expected": [
 *     {"on": "2026-06-05", "holding": "C1", "certificate": "C1", "status": "EXTENDED"},
 *     {"on": "2026-11-29", "holding": "none", "certificate": "C1", "status": "EXPIRED"}
 *   ]
 * }
 * }</pre>
 *
 * <ul>
 * <li>{@code events}, in order, each with its date {@code on} and one action: {@code recognise} ({@code id},
 * {@code stars} 1–5, {@code authority}, {@code edition}, {@code kind} FIRST/UPGRADE/REEVALUATION),
 * {@code fileReEvaluation} ([{@code completeDossier}] date, [{@code reading}] TRANSITIONAL (default) or
 * EVERY_LATE_FILER), {@code reEvaluationFailed} ({@code {}}), {@code revoke} ({@code ground}, {@code by},
 * {@code finding}); optional {@code note}.</li>
 * <li>{@code expected}: on a date {@code on}, any of {@code holding} (the id of the certificate the product holds,
 * or {@code "none"}), and for a {@code certificate}: {@code status} (VALID, EXTENDED, EXPIRED, REVOKED, REPLACED,
 * NOT_YET_ISSUED), {@code overdueSince} (the re-evaluation decision is overdue since that date) or
 * {@code notOverdue: true}, {@code lastValidDay}. Checked after the events (or after those before a refused one).</li>
 * <li>{@code refused}: {@code event} (its index, from 0) and the {@code rule} (a {@code LifecycleRule} name) the
 * engine must refuse it under.</li>
 * <li>{@code title}, {@code checks} (the articles), [{@code notes}] (the working, from the decision's text).</li>
 * </ul>
 *
 * <p>Every problem of a file is reported with its JSON path; a file that is not a valid case becomes a failing test.
 * Needs {@code org.junit.jupiter:junit-jupiter-api} on the class path of the tests that use it. Thread-safe.
 */
@SuppressWarnings("exports")
public final class LifecycleCheckTests {
    private LifecycleCheckTests() {
    }

    /**
     * One dynamic test per {@code *.json} case file under a folder of the file system (sub-folders included, in
     * order of their path).
     *
     * @param folder the folder, not null
     * @return the tests
     * @throws RuleCheckException if the folder does not exist or holds no case file
     */
    public static Stream<DynamicTest> fromDirectory(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw RuleCheckException.of(folder.toString(), "folder of lifecycle cases not found: "
                    + folder.toAbsolutePath());
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw RuleCheckException.of(folder.toString(), "no lifecycle case file in " + folder.toAbsolutePath());
        }
        return files.stream().map(p -> {
            String name = folder.relativize(p).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(name, p.toUri(), () -> run(p, name));
        });
    }

    private static void run(Path p, String name) throws IOException {
        LifecycleCase c = LifecycleCase.read(Files.readAllBytes(p), name);
        List<String> diffs = c.check();
        if (!diffs.isEmpty()) {
            throw new AssertionError(name + ": " + c.title() + " (" + c.checks() + ")\n  - "
                    + String.join("\n  - ", diffs));
        }
    }
}
