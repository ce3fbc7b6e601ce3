package vn.ocop.examples.tools;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ocop.area.AdministrativeUnit;
import vn.ocop.area.AdministrativeUnitRegistry;
import vn.ocop.area.UnitKind;
import vn.ocop.area.AreaLevel;
import vn.ocop.area.UnitMergeKind;

/**
 * Builds the bundled administrative units ({@code ocop-rubric-data/src/main/resources/ocop-units/units.json}) from
 * the two tables of the National Statistics Office (Cục Thống kê): the list of units as of 04/01/2025
 * ({@code communes-pre-2025-07-01.csv}) and the conversion table of the reorganisation of 01/07/2025
 * ({@code conversion-2025-07-01.csv}). The output format is described in {@code ocop-rubric-data/README.md}
 * (FORMAT).
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -B -DskipTests package exec:java -pl examples -am \
 *     -Ddemo.main=vn.ocop.examples.tools.BuildAdministrativeUnits \
 *     -Dexec.args="&lt;folder with the two CSV files&gt; ocop-rubric-data/src/main/resources/ocop-units/units.json"
 * </pre>
 *
 * <p>What it does, all of it counted and written into the output's {@code fixes} and {@code doubts}: normalises
 * every cell (NFC, no surrounding or repeated white space, no line breaks), writes kind words the one way
 * ("Thị Trấn" → "Thị trấn", a misspelt "Xa" → "Xã"), maps the notes of the conversion table to
 * {@link UnitMergeKind} (after fixing their spelling: "Nhâp", double spaces), drops the province heading lines and
 * the English-name column, applies the few code corrections of {@code CORRECTIONS} (each with its evidence, and
 * refused if the source row no longer reads as expected), keeps the list's name of an old unit and records the
 * conversion table's different spelling as another name, and reports where the two tables disagree. It stops
 * with an error naming the file and line on anything it does not recognise (a new note, a changed header, a code
 * of the wrong shape, a unit whose name changes between rows), so that a new edition of the tables is reviewed,
 * not silently mis-read. Before writing, it reads its output back with {@link AdministrativeUnitRegistry#read}.
 */
public final class BuildAdministrativeUnits {
    /** File name of the National Statistics Office's list of units as of 04/01/2025. */
    public static final String LIST_FILE = "communes-pre-2025-07-01.csv";
    /** File name of the National Statistics Office's conversion table of 01/07/2025. */
    public static final String CONVERSION_FILE = "conversion-2025-07-01.csv";
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    static final LocalDate LIST_DATE = LocalDate.of(2025, 1, 4);

    private static final List<String> LIST_HEADER = List.of("Tỉnh Thành Phố", "Mã TP", "Quận Huyện", "Mã QH",
            "Phường Xã", "Mã PX", "Cấp", "Tên Tiếng Anh");
    private static final List<String> CONVERSION_HEADER = List.of("Tỉnh, thành phố", "Tên Xã mới", "Mã Xã mới",
            "Tên Xã cũ", "Mã Xã cũ", "Ghi chú", "Quận/huyện", "Tỉnh cũ", "");
    private static final Pattern NAME_CODE = Pattern.compile("^(.*\\S)\\s*\\((\\d+)\\)$");
    private static final Pattern[] CODE = {Pattern.compile("\\d{2}"), Pattern.compile("\\d{3}"),
        Pattern.compile("\\d{5}")};

    /** The notes of the conversion table, after spelling fixes, and the kind each one means. */
    private static final Map<String, UnitMergeKind> NOTES = Map.of(
            "Nhập toàn bộ", UnitMergeKind.WHOLE,
            "Nhập một phần", UnitMergeKind.PART,
            "Nhập một phần diện tích", UnitMergeKind.PART_OF_AREA,
            "Nhập một phần diện tích, toàn bộ dân số", UnitMergeKind.PART_OF_AREA_ALL_OF_POPULATION,
            "Nhập một phần dân số", UnitMergeKind.PART_OF_POPULATION,
            "Nhập toàn bộ diện tích", UnitMergeKind.ALL_OF_AREA,
            "Giữ nguyên", UnitMergeKind.UNCHANGED,
            "Đổi tên", UnitMergeKind.RENAMED,
            "Đổi loại hình", UnitMergeKind.KIND_CHANGED);
    /** Notes that say more than a kind: kept in their words beside the kind they imply. */
    private static final Map<Pattern, UnitMergeKind> NOTE_PATTERNS = Map.of(
            Pattern.compile("^Sắp xếp toàn bộ (huyện|xã) .+ thành đặc khu .+$"), UnitMergeKind.WHOLE,
            Pattern.compile("^Đổi tên(, đổi loại hình)? từ một phần .+$"), UnitMergeKind.PART,
            Pattern.compile("^Phần còn lại sau khi tách một phần vào .+$"), UnitMergeKind.PART);
    /** Spelling slips in notes. */
    private static final Map<String, String> NOTE_SPELLING = Map.of("Nhâp ", "Nhập ");
    /** Kind words written another way, at the start of a name. */
    private static final Map<String, String> KIND_SPELLING = Map.of(
            "Thị Trấn ", "Thị trấn ", "Thị Xã ", "Thị xã ", "Thành Phố ", "Thành phố ", "Thi trấn ", "Thị trấn ",
            "Xa ", "Xã ");

    /**
     * A wrong old-commune code in a row of the conversion table, and the evidence. Applied only to a row with
     * exactly this new code, old name and old code; the build fails if such a row is not found once.
     *
     * @param newCode the row's new commune code
     * @param oldName the row's old commune name
     * @param wrongCode the row's old commune code
     * @param rightCode the code of the commune the row names
     * @param evidence why, in Vietnamese
     */
    record Correction(String newCode, String oldName, String wrongCode, String rightCode, String evidence) {
    }

    /** The code corrections applied to the conversion table. */
    static final List<Correction> CORRECTIONS = List.of(
            new Correction("00562", "Xã Đặng Xá", "00553", "00556", "trong danh mục 00553 là Xã Cổ Bi, Xã Đặng Xá"
                    + " (cùng Huyện Gia Lâm) có mã 00556; không sửa thì Xã Đặng Xá chỉ nhập một phần diện tích vào"
                    + " Xã Phù Đổng và dân số của nó không đi đâu"),
            new Correction("01648", "Xã Mỹ Hưng", "01615", "01651", "trong danh mục 01615 là Xã Hồng Quang, đã"
                    + " nhập toàn bộ vào Xã Bế Văn Đàn (01636) ở một dòng khác; Xã Mỹ Hưng (cùng Huyện Quảng Hòa) có"
                    + " mã 01651 và không có dòng nào khác"),
            new Correction("02494", "Xã Phú Thịnh", "02485", "02482", "trong danh mục 02485 là Xã Công Đa, đã"
                    + " nhập toàn bộ vào Xã Trung Sơn (02458) ở một dòng khác; Xã Phú Thịnh (cùng Huyện Yên Sơn) có"
                    + " mã 02482 và không có dòng nào khác"));

    private final Path listFile;
    private final Path conversionFile;
    private final List<Correction> corrections;
    private final Counts counts = new Counts();
    private final List<String> fixes = new ArrayList<>();
    /** Fixes of single rows, listed after the general ones. */
    private final List<String> rowFixes = new ArrayList<>();
    private final List<String> doubts = new ArrayList<>();

    private BuildAdministrativeUnits(Path folder, List<Correction> corrections) {
        this.listFile = folder.resolve(LIST_FILE);
        this.conversionFile = folder.resolve(CONVERSION_FILE);
        this.corrections = List.copyOf(corrections);
    }

    /** A CSV row and its line in the file. */
    private record Line(int number, List<String> cells) {
    }

    /** A unit of one period, as the tool builds it. */
    private static final class Unit {
        final String code;
        String name;
        final AreaLevel level;
        final String parent;
        final Set<String> otherNames = new LinkedHashSet<>();
        List<String> listedIn;

        Unit(String code, String name, AreaLevel level, String parent) {
            this.code = code;
            this.name = name;
            this.level = level;
            this.parent = parent;
        }
    }

    /** A row of the conversion table, cleaned. */
    private record Conversion(int line, String newProvince, String newProvinceName, String newName, String newCode,
            String oldName, String oldCode, String note, String oldDistrict, String oldDistrictName,
            String oldProvince, String oldProvinceName) {
    }

    /** A succession as written out, and the line of the conversion table it comes from (0 for a province). */
    private record Step(String from, String to, UnitMergeKind kind, String note, int line) {
    }

    /** What the normalisation changed, counted. */
    private static final class Counts {
        int nfc;
        int spaces;
        final Map<String, Integer> kindSpelling = new TreeMap<>();
        final Map<String, Integer> noteSpelling = new TreeMap<>();
        int headings;
        int english;
        final List<String> doubledKind = new ArrayList<>();
    }

    /** Thrown when the input cannot be read as expected; names the file and line. */
    static final class BuildException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BuildException(String message) {
            super(message);
        }
    }

    // ================================================================== entry points

    /**
     * @param args the folder with the two CSV files, and the output file
     * @throws IOException on a read or write failure
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BuildAdministrativeUnits <folder with " + LIST_FILE + " and " + CONVERSION_FILE
                    + "> <output units.json>");
            System.exit(2);
        }
        try {
            build(Path.of(args[0]), Path.of(args[1]), LocalDate.now(), System.out);
        } catch (BuildException e) {
            System.err.println("BuildAdministrativeUnits: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Reads the two tables, builds the units file, reads it back with the library's reader and, if it reads, writes
     * it.
     *
     * @param folder the folder with {@link #LIST_FILE} and {@link #CONVERSION_FILE}, not null
     * @param out the file to write, not null (its folder is created)
     * @param generated the generation date to record, not null
     * @param report where to print what was done, not null
     * @return the registry read back from the written file
     * @throws IOException on a read or write failure
     * @throws BuildException naming the file and line of input the tool does not recognise
     */
    public static AdministrativeUnitRegistry build(Path folder, Path out, LocalDate generated, PrintStream report)
            throws IOException {
        return build(folder, out, generated, CORRECTIONS, report);
    }

    /** {@link #build(Path, Path, LocalDate, PrintStream)} with other code corrections (a test fixture's own). */
    static AdministrativeUnitRegistry build(Path folder, Path out, LocalDate generated, List<Correction> corrections,
            PrintStream report) throws IOException {
        BuildAdministrativeUnits b = new BuildAdministrativeUnits(folder, corrections);
        byte[] json = b.run(generated);
        AdministrativeUnitRegistry registry;
        try (InputStream in = new ByteArrayInputStream(json)) { // checked before anything is written
            registry = AdministrativeUnitRegistry.read(in, out.toString());
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(out, json);
        b.print(report, out, registry);
        return registry;
    }

    // ================================================================== the build

    private byte[] run(LocalDate generated) throws IOException {
        byte[] listBytes = Files.readAllBytes(listFile);
        byte[] conversionBytes = Files.readAllBytes(conversionFile);
        List<Line> list = csv(listBytes, listFile);
        List<Line> conversion = csv(conversionBytes, conversionFile);

        // ---- the list: old provinces, districts, communes
        expectHeader(list.get(0), LIST_HEADER, listFile);
        Map<String, Unit> provinces = new LinkedHashMap<>();
        Map<String, Unit> districts = new LinkedHashMap<>();
        Map<String, Unit> communes = new LinkedHashMap<>();
        Set<String> districtsWithoutCommunes = new TreeSet<>();
        Map<String, Integer> listLines = new LinkedHashMap<>();
        List<String> levelColumn = new ArrayList<>();
        int listRows = 0;
        for (Line l : list.subList(1, list.size())) {
            listRows++;
            List<String> c = cells(l, 8, listFile);
            Unit p = put(provinces, c.get(1), kindName(c.get(0), AreaLevel.PROVINCE, l, listFile),
                    AreaLevel.PROVINCE, null, l, listFile);
            put(districts, c.get(3), kindName(c.get(2), AreaLevel.DISTRICT, l, listFile), AreaLevel.DISTRICT,
                    p.code, l, listFile);
            if (!c.get(7).isEmpty()) {
                counts.english++;
            }
            if (c.get(5).isEmpty()) {
                if (!c.get(4).isEmpty() || !"Huyện".equals(c.get(6))) {
                    throw error(listFile, l, "a row without a commune code must be a district without communes"
                            + " (empty name, level 'Huyện')");
                }
                districtsWithoutCommunes.add(c.get(3));
                continue;
            }
            String name = kindName(c.get(4), AreaLevel.COMMUNE, l, listFile);
            if (communes.containsKey(c.get(5))) {
                throw error(listFile, l, "commune code " + c.get(5) + " appears twice");
            }
            put(communes, c.get(5), name, AreaLevel.COMMUNE, c.get(3), l, listFile);
            listLines.put(c.get(5), l.number);
            UnitKind kind = UnitKind.of(name, AreaLevel.COMMUNE);
            if (!kind.word().equals(c.get(6))) {
                levelColumn.add("dòng " + l.number + ": " + name + " (" + c.get(5) + ") ghi cấp \"" + c.get(6) + "\"");
            }
        }
        for (Unit d : districts.values()) {
            boolean hasCommunes = communes.values().stream().anyMatch(u -> u.parent.equals(d.code));
            if (hasCommunes == districtsWithoutCommunes.contains(d.code)) {
                throw new BuildException(listFile + ": district " + d.code + " " + d.name + (hasCommunes
                        ? " has communes and a row without one" : " has neither communes nor a row without one"));
            }
        }

        // ---- the conversion table
        expectHeader(conversion.get(1), CONVERSION_HEADER, conversionFile);
        if (!conversion.get(0).cells().get(0).startsWith("Đơn vị hành chính từ ngày 01/7/2025")
                || !conversion.get(0).cells().get(3).startsWith("Đơn vị hành chính trước ngày 01/7/2025")) {
            throw error(conversionFile, conversion.get(0), "first header line changed: " + conversion.get(0).cells());
        }
        List<Conversion> rows = new ArrayList<>();
        Map<Correction, Integer> applied = new LinkedHashMap<>();
        for (Line l : conversion.subList(2, conversion.size())) {
            List<String> c = cells(l, 9, conversionFile);
            if (c.subList(1, 9).stream().allMatch(String::isEmpty)) {
                counts.headings++;
                continue;
            }
            if (!c.get(8).isEmpty()) {
                throw error(conversionFile, l, "the last column must be empty");
            }
            for (int i : new int[] {0, 1, 2, 5, 6, 7}) {
                if (c.get(i).isEmpty()) {
                    throw error(conversionFile, l, "column " + (i + 1) + " (" + CONVERSION_HEADER.get(i)
                            + ") is empty");
                }
            }
            String[] np = nameCode(c.get(0), l);
            String[] od = nameCode(c.get(6), l);
            String[] op = nameCode(c.get(7), l);
            String oldCode = c.get(4);
            for (Correction k : corrections) {
                if (k.newCode.equals(c.get(2)) && k.oldName.equals(c.get(3)) && k.wrongCode.equals(oldCode)) {
                    oldCode = k.rightCode;
                    applied.merge(k, l.number, (a, b) -> -1);
                }
            }
            String note = c.get(5);
            for (Map.Entry<String, String> e : NOTE_SPELLING.entrySet()) {
                if (note.contains(e.getKey())) {
                    note = note.replace(e.getKey(), e.getValue());
                    counts.noteSpelling.merge("\"" + e.getKey().strip() + "\" → \"" + e.getValue().strip() + "\"", 1,
                            Integer::sum);
                }
            }
            String newName = kindName(c.get(1), AreaLevel.COMMUNE, l, conversionFile);
            String oldName = c.get(3).isEmpty() ? "" : fixKind(c.get(3));
            checkCode(np[1], AreaLevel.PROVINCE, conversionFile, l);
            checkCode(c.get(2), AreaLevel.COMMUNE, conversionFile, l);
            checkCode(od[1], AreaLevel.DISTRICT, conversionFile, l);
            checkCode(op[1], AreaLevel.PROVINCE, conversionFile, l);
            if (!oldCode.isEmpty()) {
                checkCode(oldCode, AreaLevel.COMMUNE, conversionFile, l);
            }
            rows.add(new Conversion(l.number, np[1], kindName(np[0], AreaLevel.PROVINCE, l, conversionFile), newName,
                    c.get(2), oldName, oldCode, note, od[1], od[0], op[1], op[0]));
        }
        for (Correction k : corrections) {
            Integer at = applied.get(k);
            if (at == null || at < 0) {
                throw new BuildException(conversionFile + ": correction " + k.wrongCode + " → " + k.rightCode + " ("
                        + k.oldName + " into " + k.newCode + ") matched " + (at == null ? "no row" : "several rows")
                        + "; the source has changed: review the corrections");
            }
            rowFixes.add("Bảng chuyển đổi, dòng " + at + ": mã xã cũ của " + k.oldName + " (nhập vào xã mới "
                    + k.newCode + ") ghi " + k.wrongCode + ", sửa thành " + k.rightCode + ", vì " + k.evidence + ".");
        }

        // ---- old units named by the conversion table: other names, units the list lacks, disagreements
        Map<String, Unit> oldCommunes = new LinkedHashMap<>(communes);
        Set<String> referenced = new LinkedHashSet<>();
        List<String> onlyInConversion = new ArrayList<>();
        List<String> otherNameCases = new ArrayList<>();
        Set<String> conflicts = new LinkedHashSet<>();
        Set<String> parentDoubts = new LinkedHashSet<>();
        for (Conversion r : rows) {
            Unit district = districts.get(r.oldDistrict);
            if (district == null) {
                throw error(conversionFile, r.line, "old district " + r.oldDistrict + " is not in the list");
            }
            List<Unit> sameProvince = new ArrayList<>();
            for (Unit d : districts.values()) {
                if (d.parent.equals(district.parent)) {
                    sameProvince.add(d);
                }
            }
            otherName(district, r.oldDistrictName, sameProvince, provinces.get(district.parent), r, otherNameCases,
                    conflicts);
            Unit province = provinces.get(district.parent);
            if (!province.code.equals(r.oldProvince)) {
                String what = r.oldCode.isEmpty() ? district.name + " (" + district.code + ")"
                        : r.oldName + " (" + r.oldCode + ")";
                parentDoubts.add("Bảng chuyển đổi, dòng " + r.line + ": " + what + " ghi thuộc \"" + r.oldProvinceName
                        + " (" + r.oldProvince + ")\", danh mục ghi " + province.name + " (" + province.code
                        + "); theo danh mục.");
            } else {
                otherName(province, r.oldProvinceName, provinces.values(), null, r, otherNameCases, conflicts);
            }
            if (r.oldCode.isEmpty()) {
                continue;
            }
            referenced.add(r.oldCode);
            Unit old = oldCommunes.get(r.oldCode);
            if (old == null) {
                if (!r.oldName.isEmpty() && UnitKind.of(r.oldName, AreaLevel.COMMUNE) == null) {
                    throw error(conversionFile, r.line, "old commune " + r.oldCode + " is not in the list and its"
                            + " name '" + r.oldName + "' has no kind word");
                }
                old = new Unit(r.oldCode, r.oldName, AreaLevel.COMMUNE, r.oldDistrict);
                old.listedIn = List.of("conversion");
                oldCommunes.put(r.oldCode, old);
                onlyInConversion.add(r.oldCode + " " + r.oldName + " (" + district.name + ", " + province.name + ")");
                continue;
            }
            if (!old.parent.equals(r.oldDistrict)) {
                parentDoubts.add("Bảng chuyển đổi, dòng " + r.line + ": " + old.name + " (" + old.code + ") ghi thuộc "
                        + r.oldDistrictName + " (" + r.oldDistrict + "), danh mục ghi " + districts.get(old.parent).name
                        + " (" + old.parent + "); theo danh mục.");
            }
            List<Unit> siblings = new ArrayList<>();
            for (Unit u : communes.values()) {
                if (u.parent.equals(old.parent)) {
                    siblings.add(u);
                }
            }
            otherName(old, r.oldName, siblings, district, r, otherNameCases, conflicts);
        }
        List<String> onlyInList = new ArrayList<>();
        for (Unit u : communes.values()) {
            if (!referenced.contains(u.code)) {
                u.listedIn = List.of("list");
                Unit d = districts.get(u.parent);
                onlyInList.add(u.code + " " + u.name + " (" + d.name + ", " + provinces.get(d.parent).name + ")");
            }
        }

        // ---- new units
        Map<String, Unit> newProvinces = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> newNames = new LinkedHashMap<>();
        Map<String, String> newParent = new LinkedHashMap<>();
        for (Conversion r : rows) {
            Unit p = newProvinces.get(r.newProvince);
            if (p == null) {
                newProvinces.put(r.newProvince, new Unit(r.newProvince, r.newProvinceName, AreaLevel.PROVINCE, null));
            } else if (!p.name.equals(r.newProvinceName)) {
                throw error(conversionFile, r.line, "province " + r.newProvince + " is named '" + p.name + "' and '"
                        + r.newProvinceName + "'");
            }
            newNames.computeIfAbsent(r.newCode, k -> new LinkedHashMap<>()).merge(r.newName, 1, Integer::sum);
            String was = newParent.putIfAbsent(r.newCode, r.newProvince);
            if (was != null && !was.equals(r.newProvince)) {
                throw error(conversionFile, r.line, "new commune " + r.newCode + " is in provinces " + was + " and "
                        + r.newProvince);
            }
        }
        Map<String, Unit> newCommunes = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : newNames.entrySet()) {
            String best = null;
            for (Map.Entry<String, Integer> n : e.getValue().entrySet()) {
                if (best == null || n.getValue() > e.getValue().get(best)) {
                    best = n.getKey();
                }
            }
            if (e.getValue().size() > 1) {
                long top = e.getValue().values().stream().filter(v -> v.equals(e.getValue().values().stream()
                        .max(Integer::compare).orElseThrow())).count();
                if (top > 1) {
                    throw new BuildException(conversionFile + ": new commune " + e.getKey() + " is spelt "
                            + e.getValue() + " equally often; add a rule");
                }
                rowFixes.add("Xã mới " + e.getKey() + " có " + e.getValue().size() + " cách viết trong bảng chuyển đổi "
                        + quoteCounts(e.getValue()) + ": lấy cách viết của nhiều dòng hơn, \"" + best + "\".");
            }
            newCommunes.put(e.getKey(), new Unit(e.getKey(), best, AreaLevel.COMMUNE, newParent.get(e.getKey())));
        }

        // ---- successions
        List<Step> steps = new ArrayList<>();
        Map<String, Set<String>> oldToNewProvince = new TreeMap<>();
        int specialNotes = 0;
        for (Conversion r : rows) {
            UnitMergeKind kind = NOTES.get(r.note);
            String note = null;
            if (kind == null) {
                for (Map.Entry<Pattern, UnitMergeKind> e : NOTE_PATTERNS.entrySet()) {
                    if (e.getKey().matcher(r.note).matches()) {
                        kind = e.getValue();
                        note = r.note;
                        specialNotes++;
                    }
                }
            }
            if (kind == null) {
                throw error(conversionFile, r.line, "unknown note '" + r.note + "'; known: " + NOTES.keySet()
                        + " and the patterns " + NOTE_PATTERNS.keySet());
            }
            String from = r.oldCode;
            if (from.isEmpty()) {
                from = r.oldDistrict;
                if (r.oldName.isEmpty()) { // a district without communes, as a whole
                    if (!districtsWithoutCommunes.contains(from) || kind != UnitMergeKind.WHOLE) {
                        throw error(conversionFile, r.line, "a row without an old commune must move a whole district"
                                + " without communes");
                    }
                } else { // land of the district outside its communes
                    note = r.oldName + " (" + r.note + ")";
                    kind = UnitMergeKind.PART;
                    rowFixes.add("Bảng chuyển đổi, dòng " + r.line + ": \"" + r.oldName + "\" không có mã; ghi là một"
                            + " phần của " + districts.get(from).name + " (" + from + ") nhập vào " + r.newName + " ("
                            + r.newCode + "), lời gốc giữ trong ghi chú.");
                }
            }
            steps.add(new Step(from, r.newCode, kind, note, r.line));
            Unit province = provinces.get(districts.get(r.oldDistrict).parent);
            if (!r.oldCode.isEmpty()) {
                province = provinces.get(districts.get(oldCommunes.get(r.oldCode).parent).parent);
            }
            oldToNewProvince.computeIfAbsent(province.code, k -> new TreeSet<>()).add(r.newProvince);
        }
        List<Step> provinceSteps = new ArrayList<>();
        Map<String, List<String>> newToOld = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : oldToNewProvince.entrySet()) {
            if (e.getValue().size() != 1) {
                throw new BuildException(conversionFile + ": old province " + e.getKey() + " is split between "
                        + e.getValue() + "; province successions need a rule for a split");
            }
            newToOld.computeIfAbsent(e.getValue().iterator().next(), k -> new ArrayList<>()).add(e.getKey());
        }
        for (Unit p : provinces.values()) {
            if (!oldToNewProvince.containsKey(p.code)) {
                throw new BuildException(conversionFile + ": old province " + p.code + " " + p.name
                        + " is not in the conversion table");
            }
            String to = oldToNewProvince.get(p.code).iterator().next();
            UnitMergeKind kind = UnitMergeKind.WHOLE;
            if (newToOld.get(to).size() == 1) {
                kind = to.equals(p.code) && AdministrativeUnit.sameName(p.name, newProvinces.get(to).name)
                        ? UnitMergeKind.UNCHANGED : UnitMergeKind.RENAMED;
            }
            provinceSteps.add(new Step(p.code, to, kind, null, 0));
        }
        Set<String> reached = new TreeSet<>();
        Map<String, List<Step>> byOld = new LinkedHashMap<>();
        for (Step s : steps) {
            reached.add(s.to);
            byOld.computeIfAbsent(s.from, k -> new ArrayList<>()).add(s);
        }
        for (List<Step> from : byOld.values()) {
            if (from.size() > 1 && from.stream().anyMatch(s -> s.kind.whole())) {
                List<String> lines = new ArrayList<>();
                from.forEach(s -> lines.add(String.valueOf(s.line)));
                Unit u = oldCommunes.containsKey(from.get(0).from) ? oldCommunes.get(from.get(0).from)
                        : districts.get(from.get(0).from);
                throw new BuildException(conversionFile + " lines " + String.join(", ", lines) + ": " + u.name + " ("
                        + u.code + ") passes whole into one unit but has " + from.size() + " successors; a wrong old"
                        + " code? (see CORRECTIONS)");
            }
        }
        if (reached.size() != newCommunes.size()) {
            throw new BuildException("some new communes have no predecessor");
        }

        // ---- what was done, what is doubtful
        if (counts.nfc > 0) {
            fixes.add("Chuẩn hóa Unicode NFC: " + counts.nfc + " ô.");
        }
        fixes.add("Bỏ khoảng trắng thừa (ở đầu, ở cuối, nhiều dấu cách liền"
                + " nhau, xuống dòng trong ô): " + counts.spaces + " ô.");
        fixes.add("Bỏ " + counts.headings + " dòng tiêu đề tỉnh của bảng chuyển đổi (ví dụ \"THÀNH PHỐ HÀ NỘI\").");
        fixes.add("Bỏ cột \"Tên Tiếng Anh\" của danh mục (" + counts.english + " ô có giá trị, các ô khác để trống).");
        counts.kindSpelling.forEach((k, v) -> fixes.add("Viết lại chữ chỉ loại đơn vị ở đầu tên: " + k + " (" + v
                + " ô)."));
        counts.doubledKind.forEach(d -> fixes.add("Tên lặp chữ chỉ loại: " + d + "."));
        counts.noteSpelling.forEach((k, v) -> fixes.add("Sửa chính tả ghi chú: " + k + " (" + v + " dòng)."));
        if (specialNotes > 0) {
            fixes.add(specialNotes + " ghi chú ngoài các loại chuẩn (\"Sắp xếp toàn bộ huyện … thành đặc khu …\","
                    + " \"Đổi tên từ một phần …\", \"Phần còn lại sau khi tách …\") được ghi thành loại sắp xếp tương"
                    + " ứng, lời gốc giữ trong ghi chú.");
        }
        fixes.addAll(rowFixes);
        if (!onlyInList.isEmpty()) {
            doubts.add(onlyInList.size() + " đơn vị cấp xã có trong danh mục ngày 04/01/2025 nhưng bảng chuyển đổi"
                    + " không nhắc đến (có lẽ đã được sắp xếp trong 6 tháng đầu năm 2025; nguồn không cho biết vào đơn"
                    + " vị nào, nên chúng không có đơn vị kế thừa; coi như tồn tại đến hết 30/06/2025): "
                    + String.join("; ", onlyInList) + ".");
        }
        if (!onlyInConversion.isEmpty()) {
            doubts.add(onlyInConversion.size() + " đơn vị cấp xã có trong bảng chuyển đổi nhưng không có trong danh mục"
                    + " ngày 04/01/2025 (có lẽ được thành lập trong 6 tháng đầu năm 2025; coi như tồn tại đến hết"
                    + " 30/06/2025): " + String.join("; ", onlyInConversion) + ".");
        }
        if (!otherNameCases.isEmpty()) {
            doubts.add(otherNameCases.size() + " đơn vị cũ có tên trong bảng chuyển đổi khác với danh mục (không kể"
                    + " khác biệt chỉ ở chữ hoa, khoảng trắng, vị trí dấu thanh như \"Hoà\"/\"Hòa\"): tên chính theo"
                    + " danh mục, tên kia ghi vào otherNames; phần lớn là cách viết khác (\"Đắk\"/\"Đăk\","
                    + " \"Quí\"/\"Quý\"), một số là đổi tên hoặc đổi loại hình trong năm 2025 mà nguồn không ghi"
                    + " ngày.");
        }
        doubts.addAll(conflicts);
        doubts.addAll(parentDoubts);
        if (!levelColumn.isEmpty()) {
            doubts.add("Danh mục, cột \"Cấp\" khác với chữ đầu tên ở " + levelColumn.size() + " dòng (theo tên): "
                    + String.join("; ", levelColumn) + ".");
        }

        // ---- write
        return write(generated, sha256(listBytes), listRows, sha256(conversionBytes), rows.size(),
                byCode(provinces.values()), byCode(districts.values()), byCode(oldCommunes.values()),
                byCode(newProvinces.values()), byCode(newCommunes.values()), provinceSteps, steps);
    }

    /**
     * Records another name of an old unit from the conversion table, unless it is the same name or it is the list's
     * name of another unit under the same parent (then the sources disagree on the code: a doubt).
     */
    private void otherName(Unit unit, String name, Iterable<Unit> siblings, Unit parent, Conversion r,
            List<String> cases, Set<String> conflicts) {
        if (name.isEmpty() || AdministrativeUnit.sameName(name, unit.name)) {
            return;
        }
        for (Unit s : siblings) {
            if (s != unit && AdministrativeUnit.sameName(name, s.name)) {
                conflicts.add("Bảng chuyển đổi, dòng " + r.line + ": mã " + unit.code + " ghi tên \"" + name
                        + "\", nhưng trong danh mục " + unit.code + " là " + unit.name + " và " + s.name + " có mã "
                        + s.code + (parent == null ? "" : " (cùng " + parent.name + ")") + "; giữ mã " + unit.code
                        + ", không ghi tên \"" + name + "\" cho nó.");
                return;
            }
        }
        String full = UnitKind.of(name, unit.level) == null
                ? UnitKind.of(unit.name, unit.level).word() + " " + name : name;
        if (!AdministrativeUnit.sameName(full, unit.name) && unit.otherNames.add(full) && unit.otherNames.size() == 1) {
            cases.add(unit.code);
        }
    }

    // ================================================================== reading and cleaning

    /** Reads a CSV file into cleaned rows with their line numbers. */
    private List<Line> csv(byte[] bytes, Path file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        List<Line> out = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.START_ARRAY) {
                    throw new BuildException(file + ": unexpected " + t + " at line "
                            + p.currentLocation().getLineNr());
                }
                int line = 0; // the location of START_ARRAY is the end of the row before: take the first cell's
                List<String> cells = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (cells.isEmpty()) {
                        line = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(clean(p.getText()));
                }
                out.add(new Line(line, cells));
            }
        }
        if (out.size() < 2) {
            throw new BuildException(file + ": no data rows");
        }
        return out;
    }

    /** NFC, no surrounding or repeated white space, no line breaks; counted. */
    private String clean(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        if (!n.equals(s)) {
            counts.nfc++;
        }
        String t = n.replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!t.equals(n)) {
            counts.spaces++;
        }
        return t;
    }

    private List<String> cells(Line l, int n, Path file) {
        if (l.cells.size() != n) {
            throw error(file, l, "expected " + n + " columns, found " + l.cells.size());
        }
        return l.cells;
    }

    private static void expectHeader(Line l, List<String> header, Path file) {
        if (!l.cells.equals(header)) {
            throw new BuildException(file + " line " + l.number + ": expected the header " + header + ", found "
                    + l.cells);
        }
    }

    /** A name with its kind word written the one way, checked to start with a kind word of the level. */
    private String kindName(String raw, AreaLevel level, Line l, Path file) {
        String name = fixKind(raw);
        if (UnitKind.of(name, level) == null) {
            throw error(file, l, "'" + raw + "' does not start with a kind word of the " + level.text(Locale.ENGLISH));
        }
        return name;
    }

    private String fixKind(String raw) {
        String name = raw;
        for (Map.Entry<String, String> e : KIND_SPELLING.entrySet()) {
            if (name.startsWith(e.getKey())) {
                name = e.getValue() + name.substring(e.getKey().length());
                counts.kindSpelling.merge("\"" + e.getKey().strip() + "\" → \"" + e.getValue().strip() + "\"", 1,
                        Integer::sum);
            }
        }
        for (UnitKind k : UnitKind.values()) {
            String twice = k.word() + " " + k.word() + " ";
            if (name.startsWith(twice)) {
                String fixed = name.substring(k.word().length() + 1);
                if (!counts.doubledKind.contains("\"" + name + "\" → \"" + fixed + "\"")) {
                    counts.doubledKind.add("\"" + name + "\" → \"" + fixed + "\"");
                }
                name = fixed;
            }
        }
        return name;
    }

    private String[] nameCode(String cell, Line l) {
        Matcher m = NAME_CODE.matcher(cell);
        if (!m.matches()) {
            throw error(conversionFile, l, "expected 'Name (code)', found '" + cell + "'");
        }
        return new String[] {fixKind(m.group(1)), m.group(2)};
    }

    private void checkCode(String code, AreaLevel level, Path file, Line l) {
        // codes of the province, district and commune levels: 2, 3 and 5 digits
        if (!CODE[level.ordinal() - AreaLevel.PROVINCE.ordinal()].matcher(code).matches()) {
            throw error(file, l, "'" + code + "' is not a " + level.text(Locale.ENGLISH) + " code");
        }
    }

    private Unit put(Map<String, Unit> units, String code, String name, AreaLevel level, String parent, Line l,
            Path file) {
        checkCode(code, level, file, l);
        Unit u = units.get(code);
        if (u == null) {
            u = new Unit(code, name, level, parent);
            units.put(code, u);
        } else if (!u.name.equals(name) || !Objects.equals(u.parent, parent)) {
            throw error(file, l, level.text(Locale.ENGLISH) + " " + code + " is '" + u.name + "' under "
                    + u.parent + " in an earlier row and '" + name + "' under " + parent + " here");
        }
        return u;
    }

    private static BuildException error(Path file, Line l, String message) {
        return error(file, l.number, message);
    }

    private static BuildException error(Path file, int line, String message) {
        return new BuildException(file + " line " + line + ": " + message);
    }

    private static String quoteCounts(Map<String, Integer> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add("\"" + k + "\" " + v + " dòng"));
        return "(" + String.join(", ", parts) + ")";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ================================================================== writing

    private byte[] write(LocalDate generated, String listSha, int listRows, String conversionSha, int conversionRows,
            List<Unit> provinces, List<Unit> districts, List<Unit> communes, List<Unit> newProvinces,
            List<Unit> newCommunes, List<Step> provinceSteps, List<Step> steps) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        field(sb, json, "format", "ocop-units/1");
        field(sb, json, "title", "Đơn vị hành chính Việt Nam trước và từ ngày 01/7/2025 (63 tỉnh, huyện, xã đến hết"
                + " 30/6/2025; 34 tỉnh, xã từ 01/7/2025) và việc sắp xếp từ đơn vị cũ sang đơn vị mới");
        field(sb, json, "generated", generated.toString());
        field(sb, json, "generator", BuildAdministrativeUnits.class.getName());
        sb.append("  \"sources\": [\n");
        sb.append("    ").append(json.writeValueAsString(source("list", "Cục Thống kê: danh mục đơn vị hành chính"
                + " (tỉnh, huyện, xã) tại ngày 04/01/2025", LIST_DATE, LIST_FILE, listSha, listRows))).append(",\n");
        sb.append("    ").append(json.writeValueAsString(source("conversion", "Cục Thống kê: bảng chuyển đổi đơn vị"
                + " hành chính cấp xã khi sắp xếp, hiệu lực từ ngày 01/7/2025 (xã mới, các xã cũ nhập vào, huyện và"
                + " tỉnh cũ)", REFORM, CONVERSION_FILE, conversionSha, conversionRows))).append("\n  ],\n");
        strings(sb, json, "fixes", fixes);
        strings(sb, json, "doubts", doubts);
        sb.append("  \"periods\": [\n");
        int[] old = {provinces.size(), districts.size(), communes.size()};
        period(sb, json, null, REFORM, List.of("list", "conversion"), old, provinces, districts, communes, true);
        sb.append(",\n");
        period(sb, json, REFORM, null, List.of("conversion"), new int[] {newProvinces.size(), 0, newCommunes.size()},
                newProvinces, List.of(), newCommunes, false);
        sb.append("\n  ],\n");
        sb.append("  \"reforms\": [\n    {\n");
        sb.append("      \"on\": ").append(json.writeValueAsString(REFORM.toString())).append(",\n");
        sb.append("      \"counts\": {\"provinces\": ").append(provinceSteps.size()).append(", \"units\": ")
                .append(steps.size()).append("},\n");
        steps(sb, json, "provinces", provinceSteps, ",\n");
        steps(sb, json, "units", steps, "\n");
        sb.append("    }\n  ]\n}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> source(String id, String title, LocalDate asOf, String file, String sha,
            int rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", title);
        m.put("asOf", asOf.toString());
        m.put("file", file);
        m.put("sha256", sha);
        m.put("rows", rows);
        return m;
    }

    private static List<Unit> byCode(java.util.Collection<Unit> units) {
        List<Unit> out = new ArrayList<>(units);
        out.sort((a, b) -> a.code.compareTo(b.code));
        return out;
    }

    private static void field(StringBuilder sb, ObjectMapper json, String key, String value) throws IOException {
        sb.append("  \"").append(key).append("\": ").append(json.writeValueAsString(value)).append(",\n");
    }

    private static void strings(StringBuilder sb, ObjectMapper json, String key, List<String> values)
            throws IOException {
        sb.append("  \"").append(key).append("\": [");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ").append(json.writeValueAsString(values.get(i)));
        }
        sb.append(values.isEmpty() ? "],\n" : "\n  ],\n");
    }

    private static void period(StringBuilder sb, ObjectMapper json, LocalDate from, LocalDate until,
            List<String> sources, int[] counts, Iterable<Unit> provinces, Iterable<Unit> districts,
            Iterable<Unit> communes, boolean notLast) throws IOException {
        sb.append("    {\n");
        sb.append("      \"from\": ").append(from == null ? "null" : json.writeValueAsString(from.toString()))
                .append(", \"until\": ").append(until == null ? "null" : json.writeValueAsString(until.toString()))
                .append(", \"sources\": ").append(json.writeValueAsString(sources)).append(",\n");
        sb.append("      \"counts\": {\"provinces\": ").append(counts[0]).append(", \"districts\": ").append(counts[1])
                .append(", \"communes\": ").append(counts[2]).append("},\n");
        units(sb, json, "provinces", provinces, ",\n");
        units(sb, json, "districts", districts, ",\n");
        units(sb, json, "communes", communes, "\n");
        sb.append("    }");
    }

    private static void units(StringBuilder sb, ObjectMapper json, String key, Iterable<Unit> units, String end)
            throws IOException {
        sb.append("      \"").append(key).append("\": [");
        boolean first = true;
        for (Unit u : units) {
            List<Object> row = new ArrayList<>();
            row.add(u.code);
            row.add(u.name);
            if (u.parent != null) {
                row.add(u.parent);
            }
            Map<String, Object> extras = new LinkedHashMap<>();
            if (u.listedIn != null) {
                extras.put("listedIn", u.listedIn);
            }
            if (!u.otherNames.isEmpty()) {
                extras.put("otherNames", List.copyOf(u.otherNames));
            }
            if (!extras.isEmpty()) {
                row.add(extras);
            }
            sb.append(first ? "\n" : ",\n").append(json.writeValueAsString(row));
            first = false;
        }
        sb.append(first ? "]" : "\n      ]").append(end);
    }

    private static void steps(StringBuilder sb, ObjectMapper json, String key, List<Step> steps, String end)
            throws IOException {
        sb.append("      \"").append(key).append("\": [");
        boolean first = true;
        for (Step s : steps) {
            List<Object> row = new ArrayList<>(List.of(s.from, s.to, s.kind.name()));
            if (s.note != null) {
                row.add(s.note);
            }
            sb.append(first ? "\n" : ",\n").append(json.writeValueAsString(row));
            first = false;
        }
        sb.append(first ? "]" : "\n      ]").append(end);
    }

    // ================================================================== report

    private void print(PrintStream out, Path file, AdministrativeUnitRegistry r) {
        LocalDate before = REFORM.minusDays(1);
        out.println("Đã ghi " + file + " và đọc lại được:");
        out.println("  trước 01/7/2025: " + r.units(AreaLevel.PROVINCE, before).size() + " tỉnh, "
                + r.units(AreaLevel.DISTRICT, before).size() + " huyện, " + r.units(AreaLevel.COMMUNE, before).size()
                + " xã");
        out.println("  từ 01/7/2025:    " + r.units(AreaLevel.PROVINCE, REFORM).size() + " tỉnh, "
                + r.units(AreaLevel.COMMUNE, REFORM).size() + " xã");
        out.println("Đã sửa hoặc chuẩn hóa:");
        fixes.forEach(f -> out.println("  - " + f));
        out.println("Điểm ngờ:");
        doubts.forEach(d -> out.println("  - " + d));
    }
}
