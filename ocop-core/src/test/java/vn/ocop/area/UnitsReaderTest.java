package vn.ocop.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.InvalidInputException;
import vn.ocop.OcopException;
import vn.ocop.Problem;

/**
 * Reading the units format ({@link AdministrativeUnitRegistry#read}): a small valid document, and malformed ones
 * that must give every problem with its line, column and JSON path.
 */
class UnitsReaderTest {
    static final String SOURCE = "units-test.json";
    static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    /** Two periods, a merger of two wards (one listed only in the list, one with another name), one province. */
    static final String TINY = """
            {
              "format": "ocop-units/1",
              "title": "Thử",
              "generated": "2026-01-02",
              "generator": "test",
              "sources": [
                {"id": "list", "title": "Danh mục thử", "asOf": "2025-01-04", "file": "l.csv", "sha256": "%s", "rows": 4},
                {"id": "conversion", "title": "Bảng thử", "asOf": "2025-07-01", "file": "c.csv", "sha256": "%s", "rows": 2}
              ],
              "fixes": [],
              "doubts": ["một điểm ngờ"],
              "periods": [
                {"from": null, "until": "2025-07-01", "sources": ["list", "conversion"],
                 "counts": {"provinces": 2, "districts": 1, "communes": 3},
                 "provinces": [
            ["01", "Thành phố Hà Nội"],
            ["84", "Tỉnh Trà Vinh"]],
                 "districts": [
            ["001", "Quận Ba Đình", "01"]],
                 "communes": [
            ["00004", "Phường Trúc Bạch", "001"],
            ["00013", "Phường Quán Thánh", "001", {"otherNames": ["Phường Quán Thánh Cổ"]}],
            ["00016", "Phường Ngọc Hà", "001", {"listedIn": ["list"]}]]},
                {"from": "2025-07-01", "until": null, "sources": ["conversion"],
                 "counts": {"provinces": 1, "districts": 0, "communes": 1},
                 "provinces": [
            ["01", "Thành phố Hà Nội"]],
                 "districts": [],
                 "communes": [
            ["00004", "Phường Ba Đình", "01"]]}
              ],
              "reforms": [
                {"on": "2025-07-01", "counts": {"provinces": 1, "units": 2},
                 "provinces": [
            ["01", "01", "UNCHANGED"]],
                 "units": [
            ["00004", "00004", "WHOLE"],
            ["00013", "00004", "WHOLE", "ghi chú"]]}
              ]
            }
            """.formatted(SHA, SHA);

    static AdministrativeUnitRegistry read(String json) {
        return AdministrativeUnitRegistry.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                SOURCE);
    }

    static AdministrativeUnitRegistry tiny() {
        return read(TINY);
    }

    /** The problems of a malformed document. */
    static List<Problem> problems(String json) {
        try {
            read(json);
        } catch (UnitDataException e) {
            assertThat(e).isInstanceOf(InvalidInputException.class).isInstanceOf(OcopException.class);
            assertThat(e.context()).isEqualTo("administrative units");
            return e.problems();
        }
        throw new AssertionError("expected a UnitDataException");
    }

    /** A problem at the line and column where {@code snippet} starts in {@code json}. */
    static Problem at(String json, String snippet, String path, String message) {
        int i = json.indexOf(snippet);
        assertThat(i).as("snippet %s", snippet).isGreaterThanOrEqualTo(0);
        assertThat(json.indexOf(snippet, i + 1)).as("snippet %s is unique", snippet).isLessThan(0);
        return position(json, i, path, message);
    }

    /** A problem at the first {@code snippet} after the unique {@code anchor}. */
    static Problem after(String json, String anchor, String snippet, String path, String message) {
        int a = json.indexOf(anchor);
        assertThat(a).as("anchor %s", anchor).isGreaterThanOrEqualTo(0);
        assertThat(json.indexOf(anchor, a + 1)).as("anchor %s is unique", anchor).isLessThan(0);
        int i = json.indexOf(snippet, a);
        assertThat(i).as("snippet %s", snippet).isGreaterThanOrEqualTo(0);
        return position(json, i, path, message);
    }

    private static Problem position(String json, int i, String path, String message) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < i; k++) {
            if (json.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new Problem(SOURCE, path, line, i - lineStart + 1, message);
    }

    static String replace(String json, String from, String to) {
        assertThat(json).contains(from);
        return json.replace(from, to);
    }

    // ------------------------------------------------------------------ a valid document

    @Test
    void reads_units_periods_and_successions() {
        AdministrativeUnitRegistry r = tiny();
        LocalDate before = LocalDate.of(2025, 6, 30);
        LocalDate after = LocalDate.of(2025, 7, 1);
        assertThat(r.units(AreaLevel.COMMUNE, before)).extracting(AdministrativeUnit::code)
                .containsExactly("00004", "00013", "00016");
        assertThat(r.units(AreaLevel.COMMUNE, after)).extracting(AdministrativeUnit::label)
                .containsExactly("Phường Ba Đình (00004)");
        AdministrativeUnit quanThanh = r.get("00013", before);
        assertThat(quanThanh.otherNames()).containsExactly("Phường Quán Thánh Cổ");
        assertThat(quanThanh.listedIn()).containsExactly("list", "conversion");
        assertThat(r.get("00016", before).listedIn()).containsExactly("list");
        assertThat(r.successorsOf(quanThanh)).singleElement().satisfies(s -> {
            assertThat(s.to().label()).isEqualTo("Phường Ba Đình (00004)");
            assertThat(s.note()).isEqualTo("ghi chú");
            assertThat(s.on()).isEqualTo(after);
        });
        assertThat(r.predecessorsOf(r.get("00004", after))).extracting(s -> s.from().code())
                .containsExactly("00004", "00013");
        assertThat(r.successorsOf(r.get("01", before))).extracting(s -> s.to().code(), UnitSuccession::kind)
                .containsExactly(tuple("01", UnitMergeKind.UNCHANGED));
        assertThat(r.provenance().title()).isEqualTo("Thử");
        assertThat(r.provenance().generated()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(r.provenance().doubts()).containsExactly("một điểm ngờ");
        assertThat(r.provenance().sources()).extracting(UnitsProvenance.Source::id).containsExactly("list", "conversion");
        assertThat(r.findByName("Quán Thánh Cổ")).containsExactly(quanThanh);
    }

    @Test
    void names_are_read_in_nfc_with_single_spaces() {
        String nfd = java.text.Normalizer.normalize("Phường  Trúc   Bạch", java.text.Normalizer.Form.NFD);
        AdministrativeUnit u = read(replace(TINY, "\"Phường Trúc Bạch\"", "\"" + nfd + " \"")).get("00004",
                LocalDate.of(2024, 1, 1));
        assertThat(u.name()).isEqualTo("Phường Trúc Bạch");
        String spaces = "\"\u00A0Phường\u00A0Trúc\\tBạch\"";
        AdministrativeUnit v = read(replace(TINY, "\"Phường Trúc Bạch\"", spaces)).get("00004", LocalDate.of(2024, 1, 1));
        assertThat(v.name()).as("no-break space and tab").isEqualTo("Phường Trúc Bạch");
    }

    // ------------------------------------------------------------------ malformed documents

    @Test
    void broken_json_is_one_problem_with_its_position() {
        String json = replace(TINY, "\"title\": \"Thử\",", "\"title\": \"Thử\" ,,");
        assertThat(problems(json)).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(SOURCE);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(19);
            assertThat(p.message(java.util.Locale.ENGLISH)).isEqualTo("malformed JSON: unexpected character ','");
        });
        assertThat(problems("")).extracting(Problem::message).containsExactly("empty document");
        assertThat(problems("[]")).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("$", "expected an object"));
    }

    @Test
    void unknown_duplicate_and_missing_keys_are_all_reported() {
        String json = replace(TINY, "\"generator\": \"test\",", "\"generatr\": \"test\",");
        json = replace(json, "\"title\": \"Thử\",", "\"title\": \"Thử\", \"title\": \"Lại\",");
        json = replace(json, "\"asOf\": \"2025-07-01\", \"file\": \"c.csv\",", "\"file\": \"c.csv\",");
        assertThat(problems(json)).containsExactly(
                at(json, "\"Lại\"", "$.title", "duplicate key 'title'"),
                at(json, "\"test\"", "$.generatr", "unknown key 'generatr'; known keys here: format, title,"
                        + " generated, generator, sources, fixes, doubts, periods, reforms"),
                at(json, "{\"id\": \"conversion\"", "$.sources[1].asOf", "missing key 'asOf'"),
                at(json, "{\n", "$.generator", "missing key 'generator'"));
    }

    @Test
    void wrong_types_and_bad_dates_are_reported_where_they_are() {
        String json = replace(TINY, "\"generated\": \"2026-01-02\"", "\"generated\": \"02/01/2026\"");
        json = replace(json, "\"rows\": 2}", "\"rows\": \"2\"}");
        json = replace(json, "[\"84\", \"Tỉnh Trà Vinh\"]", "[84, \"Tỉnh Trà Vinh\"]");
        assertThat(problems(json)).containsExactly(
                at(json, "\"02/01/2026\"", "$.generated", "expected a date yyyy-MM-dd, found '02/01/2026'"),
                at(json, "\"2\"}", "$.sources[1].rows", "expected a whole number, found a string"),
                at(json, "84, ", "$.periods[0].provinces[1][0]", "expected a string, found a number"));
    }

    @Test
    void unit_rows_are_checked_code_name_parent_and_uniqueness() {
        String json = replace(TINY, "[\"00016\", \"Phường Ngọc Hà\", \"001\", {\"listedIn\": [\"list\"]}]",
                "[\"0016\", \"Ngọc Hà\", \"002\", {\"listedIn\": [\"danh mục\"]}]");
        json = replace(json, "[\"84\", \"Tỉnh Trà Vinh\"]", "[\"01\", \"Tỉnh Trà Vinh\"]");
        String row = "[\"0016\"";
        assertThat(problems(json)).containsExactly(
                at(json, "[\"01\", \"Tỉnh Trà Vinh\"]", "$.periods[0].provinces[1][0]",
                        "code 01 is used twice in this period: by Thành phố Hà Nội (01) and Tỉnh Trà Vinh (01)"),
                at(json, row, "$.periods[0].communes[2][0]", "a code at commune level has 5 digits, found '0016'"),
                at(json, row, "$.periods[0].communes[2][1]", "the name 'Ngọc Hà' does not start with a kind word of"
                        + " the commune level (Xã, Phường, Thị trấn, Đặc khu)"),
                at(json, row, "$.periods[0].communes[2][2]", "parent 002 is not a province or district of this period"),
                at(json, row, "$.periods[0].communes[2][3]", "listedIn 'danh mục' is not a source of this period"
                        + " [list, conversion]"));
    }

    @Test
    void recorded_counts_must_match_the_rows() {
        String json = replace(TINY, "\"counts\": {\"provinces\": 2, \"districts\": 1, \"communes\": 3}",
                "\"counts\": {\"provinces\": 2, \"districts\": 1, \"communes\": 4}");
        json = replace(json, "\"counts\": {\"provinces\": 1, \"units\": 2}", "\"counts\": {\"provinces\": 1, \"units\": 3}");
        assertThat(problems(json)).containsExactly(
                after(json, "\"communes\": 4}", "4}", "$.periods[0].counts.communes",
                        "recorded count 4 but the period lists 3 communes"),
                after(json, "\"units\": 3}", "3}", "$.reforms[0].counts.units",
                        "recorded count 3 but the reform lists 2 units"));
    }

    @Test
    void successions_must_join_units_of_consecutive_periods_once_with_a_known_kind() {
        String json = replace(TINY, "[\"00013\", \"00004\", \"WHOLE\", \"ghi chú\"]",
                "[\"00013\", \"00005\", \"MERGED\"],\n[\"00004\", \"00004\", \"PART\"],\n[\"00016\", \"00004\", \"WHOLE\"],\n"
                        + "[\"00016\", \"01\", \"PART\"]");
        json = replace(json, "\"units\": 2}", "\"units\": 5}");
        assertThat(problems(json)).containsExactly(
                at(json, "[\"00013\", \"00005\"", "$.reforms[0].units[1][2]", "unknown kind 'MERGED'; kinds: [WHOLE,"
                        + " PART, PART_OF_AREA, PART_OF_AREA_ALL_OF_POPULATION, PART_OF_POPULATION, ALL_OF_AREA,"
                        + " UNCHANGED, RENAMED, KIND_CHANGED]"),
                at(json, "[\"00013\", \"00005\"", "$.reforms[0].units[1][1]", "'00005' is not a commune of period 1"),
                at(json, "[\"00004\", \"00004\", \"PART\"]", "$.reforms[0].units[2]",
                        "succession 00004 → 00004 is given twice"),
                at(json, "[\"00016\", \"01\"", "$.reforms[0].units[4][1]", "'01' is not a commune of period 1"));
        // the rows in error do not count: 00016 passes whole into 00004 only
    }

    @Test
    void a_whole_merger_cannot_have_a_second_successor() {
        String json = replace(TINY, "\"communes\": [\n[\"00004\", \"Phường Ba Đình\", \"01\"]]",
                "\"communes\": [\n[\"00004\", \"Phường Ba Đình\", \"01\"],\n[\"00008\", \"Phường Ngọc Hà\", \"01\"]]");
        json = replace(json, "\"districts\": 0, \"communes\": 1", "\"districts\": 0, \"communes\": 2");
        json = replace(json, "[\"00004\", \"00004\", \"WHOLE\"],", "[\"00004\", \"00004\", \"WHOLE\"],\n"
                + "[\"00004\", \"00008\", \"PART\"],\n[\"00016\", \"00008\", \"WHOLE\"],");
        json = replace(json, "\"units\": 2}", "\"units\": 4}");
        assertThat(problems(json)).containsExactly(at(json, "[\"00004\", \"00004\", \"WHOLE\"]",
                "$.reforms[0].units[0][2]", "Phường Trúc Bạch (00004) passes whole into one unit but has 2 successors"));
    }

    @Test
    void periods_must_follow_each_other_and_reforms_fall_between_them() {
        String json = replace(TINY, "{\"from\": \"2025-07-01\", \"until\": null", "{\"from\": \"2025-08-01\", \"until\": null");
        assertThat(problems(json)).extracting(Problem::path, Problem::message).containsExactly(
                tuple("$.periods[1].from", "period starts on 2025-08-01 but the period before ends on 2025-07-01"
                        + " (until is the first day after it)"),
                tuple("$.reforms[0].on", "a reform on 2025-07-01 must fall where period 0 ends and period 1 begins"));
        String format = replace(TINY, "\"ocop-units/1\"", "\"ocop-units/2\"");
        assertThat(problems(format)).containsExactly(at(format, "\"ocop-units/2\"", "$.format",
                "unsupported format 'ocop-units/2'; this library reads 'ocop-units/1'"));
    }

    @Test
    void the_bundled_loader_and_a_missing_stream_are_explained() {
        assertThatThrownBy(() -> AdministrativeUnitRegistry.read(null, SOURCE)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AdministrativeUnitRegistry.read(new ByteArrayInputStream(new byte[0]), null))
                .isInstanceOf(NullPointerException.class);
    }
}
