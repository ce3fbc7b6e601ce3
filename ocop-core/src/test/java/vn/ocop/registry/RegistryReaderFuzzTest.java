package vn.ocop.registry;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.area.AdministrativeUnitRegistry;
import vn.ocop.testing.JsonEdits;

/**
 * Fuzz tests of the registry reader ({@link Registry#read}) and of the PTNT_OCOP export of what it reads, with
 * Jazzer's JUnit integration, in the project's fuzz setup (see {@code RubricLoaderFuzzTest}).
 *
 * <p>The property: whatever the bytes, {@code read} either returns or throws a {@link RegistryValidationException}
 * with at least one problem, each naming the file; a registry that reads is written and read back to the same
 * records, answers what it holds on a few dates and exports them ({@link PtntOcop#exportable}, CSV and JSON) with
 * nothing escaping. Anything else is a finding.
 *
 * <p>Seed corpus: {@code src/test/resources/vn/ocop/registry/RegistryReaderFuzzTestInputs/<method>/}. To fuzz:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl ocop-core -am test -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest='RegistryReaderFuzzTest#readRegistry' -Djazzer.max_duration=10m
 * </pre>
 */
class RegistryReaderFuzzTest {
    static final byte[] SAMPLE = seed("readRegistry/sample.json");
    static final List<String> WORDS = List.of("84", "29263", "845", "2024-03-01", "2025-07-01", "HOP_TAC_XA",
            "PROVINCE", "FIRST", "QD-26-2026", "TV-001", "84-29263-001-2024", "1234.5", "STOPPED_PRODUCING");
    static final List<LocalDate> DATES = List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31),
            LocalDate.of(2026, 1, 1));
    static final AdministrativeUnitRegistry UNITS = AdministrativeUnitRegistry.bundled();

    static byte[] seed(String name) {
        try (InputStream in = RegistryReaderFuzzTest.class.getResourceAsStream("RegistryReaderFuzzTestInputs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A registry as raw bytes. */
    @FuzzTest(maxDuration = "2m")
    void readRegistry(byte[] data) throws IOException {
        check(data);
    }

    /** Structure-aware: the sample registry with a few edits ({@link JsonEdits}). */
    @FuzzTest(maxDuration = "2m")
    void readEditedRegistry(FuzzedDataProvider data) throws IOException {
        check(JsonEdits.edited(SAMPLE, WORDS, data));
    }

    static void check(byte[] data) throws IOException {
        Registry r;
        try {
            r = Registry.read(new ByteArrayInputStream(data), "fuzz.json");
        } catch (RegistryValidationException e) {
            if (e.problems().isEmpty()) {
                throw new AssertionError("a rejected registry without a problem", e);
            }
            for (Problem p : e.problems()) {
                if (!"fuzz.json".equals(p.source())) {
                    throw new AssertionError("a problem without its file: " + p, e);
                }
            }
            return;
        }
        Registry back = Registry.read(new ByteArrayInputStream(OcopJson.mapper().writeValueAsBytes(r)), "again.json");
        if (!back.products().equals(r.products()) || !back.producers().equals(r.producers())
                || !back.certificates().equals(r.certificates()) || !back.revenues().equals(r.revenues())) {
            throw new AssertionError("written and read back, the registry differs: " + r);
        }
        for (LocalDate d : DATES) {
            r.holdingsOn(d).count();
            r.recognisedBy(d).count();
            PtntOcop export = PtntOcop.exportable(r, d, UNITS);
            export.csv();
            export.json();
            for (PtntOcopRefusal refusal : export.refused()) {
                refusal.text(java.util.Locale.ENGLISH);
            }
        }
    }
}
