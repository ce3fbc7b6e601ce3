package vn.ocop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JacksonException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
import vn.ocop.Problem;

class JsonErrorsTest {
    record Item(String name, int count) {
    }

    record Box(List<Item> items) {
    }

    private static Problem read(String json) {
        JacksonException e = catchThrowableOfType(JacksonException.class,
                () -> OcopJson.mapper().readValue(json, Box.class));
        return JsonErrors.problem(e, "box.json");
    }

    @Test
    void malformedJsonHasLineAndColumnAndNoSourceDump() {
        Problem p = read("{\"items\": [\n  {\"name\": \"a\",, }]}");
        assertThat(p.source()).isEqualTo("box.json");
        assertThat(p.path()).as("where the parser was").isEqualTo("$.items[0]");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isPositive();
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("malformed JSON: unexpected character ','");
        assertThat(p.message()).isEqualTo("JSON sai cú pháp: ký tự ',' không đúng chỗ");
        assertThat(p.key()).isEqualTo("loading:json.unexpectedCharacter");
        assertThat(p.arguments()).containsExactly(",");
    }

    @Test
    void mappingErrorsNameTheJsonPath() {
        Problem p = read("{\"items\": [{\"name\": \"a\", \"count\": 1}, {\"name\": \"b\", \"count\": \"x\"}]}");
        assertThat(p.path()).isEqualTo("$.items[1].count");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).doesNotContain("vn.ocop").isEqualTo("sai loại giá trị: cần một số nguyên");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("wrong kind of value: expected a whole number");
    }

    @Test
    void unknownKeysListTheKnownOnes() {
        Problem p = read("{\"items\": [{\"name\": \"a\", \"count\": 1, \"cuont\": 1}]}");
        assertThat(p.path()).isEqualTo("$.items[0].cuont");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("unknown key 'cuont'; known keys here: [count, name]");
        assertThat(p.message()).isEqualTo("khóa 'cuont' không có trong định dạng; các khóa hợp lệ ở đây: [count, name]");
    }

    @Test
    void syntaxErrorsAtTheRoot() {
        Problem p = read("{\"items\": [] } x");
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("malformed JSON: unrecognised word 'x' (text goes in double quotes)");
        assertThat(p.message()).isEqualTo("JSON sai cú pháp: không nhận ra từ 'x' (văn bản phải đặt trong dấu nháy kép)");
        assertThat(p.line()).isEqualTo(1);
    }

    @Test
    void otherReadFailures() {
        Problem p = JsonErrors.problem(new IOException("disk on fire"), "box.json");
        assertThat(p).isEqualTo(new Problem("box.json", "$", "không đọc được tệp: disk on fire"));
        assertThat(p.message(Locale.ENGLISH)).isEqualTo("cannot read: disk on fire");
    }
}
