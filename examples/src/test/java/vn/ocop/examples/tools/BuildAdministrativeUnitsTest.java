package vn.ocop.examples.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.area.AdministrativeUnit;
import vn.ocop.area.AdministrativeUnitRegistry;
import vn.ocop.area.AreaLevel;
import vn.ocop.area.UnitMergeKind;
import vn.ocop.area.UnitSuccession;
import vn.ocop.area.UnitsProvenance;

/**
 * The units tool on a hand-written fixture in both CSV layouts ({@code admin-units-fixture/}): what it keeps, what
 * it fixes and reports, what it refuses. (The real tables are not in the project: the bundled file's own counts are
 * checked against its content in ocop-core's {@code BundledUnitsTest}.)
 */
class BuildAdministrativeUnitsTest {
    static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
    static final LocalDate GENERATED = LocalDate.of(2026, 2, 3);
    /** The fixture's wrong code: line 10 names Xã Ninh Thới (29323) with Xã Phong Phú's code 29326. */
    static final List<BuildAdministrativeUnits.Correction> FIXTURE_CORRECTION = List.of(
            new BuildAdministrativeUnits.Correction("29311", "Xã Ninh Thới", "29326", "29323", "bằng chứng thử"));

    @TempDir
    Path tmp;

    static Path fixture() throws URISyntaxException {
        return Path.of(BuildAdministrativeUnitsTest.class.getResource("/admin-units-fixture/"
                + BuildAdministrativeUnits.LIST_FILE).toURI()).getParent();
    }

    AdministrativeUnitRegistry build(Path folder, List<BuildAdministrativeUnits.Correction> corrections)
            throws IOException {
        return BuildAdministrativeUnits.build(folder, tmp.resolve("out/units.json"), GENERATED, corrections,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void builds_the_units_of_both_periods_and_their_successions() throws Exception {
        AdministrativeUnitRegistry r = build(fixture(), FIXTURE_CORRECTION);
        assertThat(r.provinces(BEFORE)).extracting(AdministrativeUnit::label)
                .containsExactly("Tỉnh Bà Rịa - Vũng Tàu (77)", "Tỉnh Trà Vinh (84)", "Tỉnh Vĩnh Long (86)");
        assertThat(r.units(AreaLevel.DISTRICT, BEFORE)).extracting(AdministrativeUnit::label)
                .containsExactly("Huyện Côn Đảo (755)", "Huyện Cầu Kè (845)", "Huyện Long Hồ (855)");
        assertThat(r.units(AreaLevel.COMMUNE, BEFORE)).extracting(AdministrativeUnit::label).containsExactly(
                "Thị trấn Cầu Kè (29308)", "Xã Hòa Ân (29311)", "Xã Châu Điền (29314)", "Xã Ninh Thới (29323)",
                "Xã Phong Phú (29326)", "Xã Tam Ngãi (29332)", "Phường Đúc (29800)", "Phường 5 (29803)",
                "Phường Tân Hạnh (29806)");
        assertThat(r.provinces(AFTER)).extracting(AdministrativeUnit::label)
                .containsExactly("Thành phố Hồ Chí Minh (79)", "Tỉnh Vĩnh Long (86)");
        assertThat(r.units(AreaLevel.COMMUNE, AFTER)).extracting(AdministrativeUnit::label).containsExactly(
                "Đặc khu Côn Đảo (26732)", "Xã Cầu Kè (29308)", "Xã Hòa Ân (29311)", "Phường Long Hồ (29800)");

        assertThat(r.predecessorsOf(r.get("29308", AFTER)))
                .extracting(s -> s.from().label(), UnitSuccession::kind, UnitSuccession::note).containsExactly(
                        tuple("Huyện Cầu Kè (845)", UnitMergeKind.PART,
                                "Khu vực bãi bồi do huyện Cầu Kè quản lý (Nhập toàn bộ)"),
                        tuple("Thị trấn Cầu Kè (29308)", UnitMergeKind.WHOLE, null),
                        tuple("Xã Hòa Ân (29311)", UnitMergeKind.PART, null),
                        tuple("Xã Phong Phú (29326)", UnitMergeKind.WHOLE, null));
        assertThat(r.predecessorsOf(r.get("29311", AFTER))).extracting(s -> s.from().code(), UnitSuccession::kind)
                .containsExactly(tuple("29311", UnitMergeKind.PART_OF_AREA), tuple("29314", UnitMergeKind.WHOLE),
                        tuple("29323", UnitMergeKind.WHOLE));
        assertThat(r.successorsOf(r.get("755", BEFORE))).extracting(s -> s.to().label(), UnitSuccession::kind,
                UnitSuccession::note).containsExactly(tuple("Đặc khu Côn Đảo (26732)", UnitMergeKind.WHOLE,
                        "Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo"));
        assertThat(r.successorsOf(r.get("29800", BEFORE))).extracting(UnitSuccession::kind)
                .containsExactly(UnitMergeKind.UNCHANGED);
        assertThat(r.successorsOf(r.get("29332", BEFORE))).isEmpty();
        // provinces: 84 and 86 into 86, 77 alone into 79 under another code and name
        assertThat(r.predecessorsOf(r.get("86", AFTER))).extracting(s -> s.from().code(), UnitSuccession::kind)
                .containsExactly(tuple("84", UnitMergeKind.WHOLE), tuple("86", UnitMergeKind.WHOLE));
        assertThat(r.predecessorsOf(r.get("79", AFTER))).extracting(s -> s.from().code(), UnitSuccession::kind)
                .containsExactly(tuple("77", UnitMergeKind.RENAMED));

        assertThat(r.get("29311", BEFORE).name()).as("NFD in the list, NFC out").isEqualTo("Xã Hòa Ân");
        assertThat(r.get("29803", BEFORE).otherNames()).containsExactly("Phường Năm");
        assertThat(r.get("29311", BEFORE).otherNames()).as("Hoà/Hòa is one name").isEmpty();
        assertThat(r.get("29308", BEFORE).otherNames()).as("the name of another code is a doubt").isEmpty();
        assertThat(r.get("29332", BEFORE).listedIn()).containsExactly("list");
        assertThat(r.get("29806", BEFORE).listedIn()).containsExactly("conversion");
        assertThat(r.get("29806", BEFORE).parent()).map(AdministrativeUnit::code).contains("855");
        assertThat(r.get("29314", BEFORE).listedIn()).containsExactly("list", "conversion");
    }

    @Test
    void records_its_sources_and_says_what_it_fixed_and_doubts() throws Exception {
        AdministrativeUnitRegistry r = build(fixture(), FIXTURE_CORRECTION);
        UnitsProvenance p = r.provenance();
        assertThat(p.generated()).isEqualTo(GENERATED);
        assertThat(p.generator()).isEqualTo(BuildAdministrativeUnits.class.getName());
        assertThat(p.sources()).extracting(UnitsProvenance.Source::id, UnitsProvenance.Source::file,
                UnitsProvenance.Source::rows).containsExactly(tuple("list", "communes-pre-2025-07-01.csv", 9),
                        tuple("conversion", "conversion-2025-07-01.csv", 11));
        byte[] list = Files.readAllBytes(fixture().resolve(BuildAdministrativeUnits.LIST_FILE));
        assertThat(p.sources().get(0).sha256()).isEqualTo(java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(list)));
        assertThat(p.fixes()).containsExactly(
                "Chuẩn hóa Unicode NFC: 1 ô.",
                "Bỏ khoảng trắng thừa (ở đầu, ở cuối, nhiều dấu cách liền nhau, xuống dòng trong ô): 4 ô.",
                "Bỏ 2 dòng tiêu đề tỉnh của bảng chuyển đổi (ví dụ \"THÀNH PHỐ HÀ NỘI\").",
                "Bỏ cột \"Tên Tiếng Anh\" của danh mục (1 ô có giá trị, các ô khác để trống).",
                "Viết lại chữ chỉ loại đơn vị ở đầu tên: \"Thị Trấn\" → \"Thị trấn\" (1 ô).",
                "Viết lại chữ chỉ loại đơn vị ở đầu tên: \"Xa\" → \"Xã\" (1 ô).",
                "Tên lặp chữ chỉ loại: \"Phường Phường Đúc\" → \"Phường Đúc\".",
                "Sửa chính tả ghi chú: \"Nhâp\" → \"Nhập\" (1 dòng).",
                "1 ghi chú ngoài các loại chuẩn (\"Sắp xếp toàn bộ huyện … thành đặc khu …\", \"Đổi tên từ một phần"
                        + " …\", \"Phần còn lại sau khi tách …\") được ghi thành loại sắp xếp tương ứng, lời gốc giữ"
                        + " trong ghi chú.",
                "Bảng chuyển đổi, dòng 10: mã xã cũ của Xã Ninh Thới (nhập vào xã mới 29311) ghi 29326, sửa thành"
                        + " 29323, vì bằng chứng thử.",
                "Xã mới 29311 có 2 cách viết trong bảng chuyển đổi (\"Xã Hoà Ân\" 1 dòng, \"Xã Hòa Ân\" 2 dòng): lấy"
                        + " cách viết của nhiều dòng hơn, \"Xã Hòa Ân\".",
                "Bảng chuyển đổi, dòng 7: \"Khu vực bãi bồi do huyện Cầu Kè quản lý\" không có mã; ghi là một phần của"
                        + " Huyện Cầu Kè (845) nhập vào Xã Cầu Kè (29308), lời gốc giữ trong ghi chú.");
        assertThat(p.doubts()).containsExactly(
                "1 đơn vị cấp xã có trong danh mục ngày 04/01/2025 nhưng bảng chuyển đổi không nhắc đến (có lẽ đã được"
                        + " sắp xếp trong 6 tháng đầu năm 2025; nguồn không cho biết vào đơn vị nào, nên chúng không có"
                        + " đơn vị kế thừa; coi như tồn tại đến hết 30/06/2025): 29332 Xã Tam Ngãi (Huyện Cầu Kè, Tỉnh"
                        + " Trà Vinh).",
                "1 đơn vị cấp xã có trong bảng chuyển đổi nhưng không có trong danh mục ngày 04/01/2025 (có lẽ được"
                        + " thành lập trong 6 tháng đầu năm 2025; coi như tồn tại đến hết 30/06/2025): 29806 Phường Tân"
                        + " Hạnh (Huyện Long Hồ, Tỉnh Vĩnh Long).",
                "1 đơn vị cũ có tên trong bảng chuyển đổi khác với danh mục (không kể khác biệt chỉ ở chữ hoa, khoảng"
                        + " trắng, vị trí dấu thanh như \"Hoà\"/\"Hòa\"): tên chính theo danh mục, tên kia ghi vào"
                        + " otherNames; phần lớn là cách viết khác (\"Đắk\"/\"Đăk\", \"Quí\"/\"Quý\"), một số là đổi tên"
                        + " hoặc đổi loại hình trong năm 2025 mà nguồn không ghi ngày.",
                "Bảng chuyển đổi, dòng 4: mã 29308 ghi tên \"Xã Tam Ngãi\", nhưng trong danh mục 29308 là Thị trấn Cầu"
                        + " Kè và Xã Tam Ngãi có mã 29332 (cùng Huyện Cầu Kè); giữ mã 29308, không ghi tên \"Xã Tam"
                        + " Ngãi\" cho nó.",
                "Bảng chuyển đổi, dòng 13: Phường Tân Hạnh (29806) ghi thuộc \"Tỉnh Vĩnh Long (84)\", danh mục ghi Tỉnh"
                        + " Vĩnh Long (86); theo danh mục.",
                "Danh mục, cột \"Cấp\" khác với chữ đầu tên ở 1 dòng (theo tên): dòng 9: Phường 5 (29803) ghi cấp"
                        + " \"Xã\".");
    }

    @Test
    void the_output_is_the_same_for_the_same_input() throws Exception {
        build(fixture(), FIXTURE_CORRECTION);
        byte[] first = Files.readAllBytes(tmp.resolve("out/units.json"));
        build(fixture(), FIXTURE_CORRECTION);
        assertThat(Files.readAllBytes(tmp.resolve("out/units.json"))).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).contains("\n[\"29311\",\"Xã Hòa Ân\",\"845\"],\n");
    }

    @Test
    void a_correction_that_no_longer_matches_stops_the_build() throws Exception {
        assertThatThrownBy(() -> build(fixture(), List.of())).isInstanceOf(BuildAdministrativeUnits.BuildException.class)
                .hasMessage(fixture().resolve(BuildAdministrativeUnits.CONVERSION_FILE) + " lines 6, 10: Xã Phong Phú"
                        + " (29326) passes whole into one unit but has 2 successors; a wrong old code? (see CORRECTIONS)");
        assertThat(tmp.resolve("out/units.json")).as("nothing written").doesNotExist();
        assertThatThrownBy(() -> build(fixture(), List.of(new BuildAdministrativeUnits.Correction("29311",
                "Xã Ninh Thới", "29399", "29323", "thử")))).isInstanceOf(BuildAdministrativeUnits.BuildException.class)
                .hasMessageEndingWith("conversion-2025-07-01.csv: correction 29399 → 29323 (Xã Ninh Thới into 29311)"
                        + " matched no row; the source has changed: review the corrections");
    }

    @Test
    void an_unknown_note_or_a_changed_header_stops_the_build_naming_file_and_line() throws Exception {
        Path folder = copyFixture();
        Path conversion = folder.resolve(BuildAdministrativeUnits.CONVERSION_FILE);
        Files.writeString(conversion, Files.readString(conversion).replace("Giữ nguyên", "Chia đôi"));
        assertThatThrownBy(() -> build(folder, FIXTURE_CORRECTION))
                .isInstanceOf(BuildAdministrativeUnits.BuildException.class)
                .hasMessageStartingWith(conversion + " line 11: unknown note 'Chia đôi'");
        Path list = folder.resolve(BuildAdministrativeUnits.LIST_FILE);
        Files.writeString(list, Files.readString(list).replace("Mã PX", "Mã xã"));
        assertThatThrownBy(() -> build(folder, FIXTURE_CORRECTION))
                .isInstanceOf(BuildAdministrativeUnits.BuildException.class)
                .hasMessageStartingWith(list + " line 1: expected the header [Tỉnh Thành Phố, Mã TP, Quận Huyện, Mã QH,"
                        + " Phường Xã, Mã PX, Cấp, Tên Tiếng Anh]");
    }

    @Test
    void a_unit_named_two_ways_or_a_short_row_stops_the_build() throws Exception {
        Path folder = copyFixture();
        Path list = folder.resolve(BuildAdministrativeUnits.LIST_FILE);
        Files.writeString(list, Files.readString(list).replace("Tỉnh Trà Vinh,84,Huyện Cầu Kè,845,Xã Tam Ngãi",
                "Tỉnh Trà Vinh,84,Huyện Cầu Kè Mới,845,Xã Tam Ngãi"));
        assertThatThrownBy(() -> build(folder, FIXTURE_CORRECTION)).hasMessage(list + " line 7: district level 845 is"
                + " 'Huyện Cầu Kè' under 84 in an earlier row and 'Huyện Cầu Kè Mới' under 84 here");
        Files.writeString(list, Files.readString(list).replace("Huyện Cầu Kè Mới,845,Xã Tam Ngãi,29332,Xã,",
                "Huyện Cầu Kè,845,Xã Tam Ngãi,29332"));
        assertThatThrownBy(() -> build(folder, FIXTURE_CORRECTION))
                .hasMessage(list + " line 7: expected 8 columns, found 6");
    }

    private Path copyFixture() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        for (String f : List.of(BuildAdministrativeUnits.LIST_FILE, BuildAdministrativeUnits.CONVERSION_FILE)) {
            Files.copy(fixture().resolve(f), folder.resolve(f));
        }
        return folder;
    }
}
