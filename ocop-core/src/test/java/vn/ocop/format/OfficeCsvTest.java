package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.rubric.Authority;

class OfficeCsvTest {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<List<?>> ROWS = List.of(
            Arrays.asList("Nguyễn Thị Lan", new BigDecimal("64.50"), LocalDate.of(2026, 5, 22), Authority.PROVINCE),
            Arrays.asList("Trần \"Văn\" Minh; Sở CT", new BigDecimal("1234.5"), null, Authority.MINISTRY));

    @Test
    void vietnameseByDefaultForExcelOnAVietnameseWindows() {
        byte[] bytes = OfficeCsv.of(VI).write(List.of("Người đánh giá", "Tổng điểm", "Ngày", "Cơ quan"), ROWS);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("Người đánh giá;Tổng điểm;Ngày;Cơ quan\r\n"
                + "Nguyễn Thị Lan;64,50;22/05/2026;UBND cấp tỉnh\r\n"
                + "\"Trần \"\"Văn\"\" Minh; Sở CT\";1234,5;;Bộ Nông nghiệp và Môi trường\r\n");
    }

    @Test
    void englishWithCommasAndDotsAndEitherSeparatorOnRequest() throws Exception {
        OfficeCsv en = OfficeCsv.of(Locale.ENGLISH);
        assertThat(en.separator()).isEqualTo(',');
        byte[] bytes = en.write(List.of("Member", "Total", "Date", "Authority"), ROWS);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Member,Total,Date,Authority\r\nNguyễn Thị Lan,64.50,2026-05-22,provincial People's Committee\r\n");
        // read back with a CSV parser: every field as written
        CsvMapper m = new CsvMapper();
        m.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = m.readerForListOf(String.class).with(CsvSchema.emptySchema())
                .readValues(text)) {
            List<List<String>> back = it.readAll();
            assertThat(back.get(2)).containsExactly("Trần \"Văn\" Minh; Sở CT", "1234.5", "", "Ministry of Agriculture and Environment");
        }
        OfficeCsv viComma = OfficeCsv.of(VI).withSeparator(',');
        String t2 = new String(viComma.write(List.of("a", "b"), List.of(List.of(new BigDecimal("63.4"), "x"))),
                StandardCharsets.UTF_8);
        assertThat(t2).endsWith("a,b\r\n\"63,4\",x\r\n");
        assertThatThrownBy(() -> en.withSeparator('\t')).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> en.write(List.of("a"), List.of(List.of("x", "y")))).isInstanceOf(IllegalArgumentException.class);
    }
}
