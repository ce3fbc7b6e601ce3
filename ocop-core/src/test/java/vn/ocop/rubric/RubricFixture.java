package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import vn.ocop.Problem;

/**
 * A tiny, valid edition "T" (parts A 60 + B 40, five bands, a three-level taxonomy) with one set file
 * {@code s1.json}, built in memory so that loader tests stay fast. Each test edits a fresh copy and loads it
 * through {@link RubricLoader#loadEdition(String, RubricLoader.ResourceOpener)} with the prefix {@value #PREFIX}.
 */
final class RubricFixture {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PREFIX = "t/";
    static final String EDITION_SRC = PREFIX + "edition.json";
    static final String SET_SRC = PREFIX + "s1.json";

    /** Bands deliberately listed lowest first: the edition must hand them back highest first. */
    static final String EDITION = """
            {"id": "T", "title": "Tiêu đề", "citation": "QĐ T", "signed": "2020-01-01",
             "inForce": {"from": "2020-01-01", "until": "2021-01-01", "citation": "Điều 1"},
             "bands": [
               {"stars": 1, "from": 0, "to": 30, "citation": "b1"},
               {"stars": 2, "from": 30, "to": 50, "citation": "b2"},
               {"stars": 3, "from": 50, "to": 70, "citation": "b3"},
               {"stars": 4, "from": 70, "to": 90, "citation": "b4"},
               {"stars": 5, "from": 90, "to": 100, "toInclusive": true, "citation": "b5"}],
             "parts": [
               {"code": "A", "name": "Phần A", "max": 60, "citation": "pA"},
               {"code": "B", "name": "Phần B", "max": 40, "citation": "pB"}],
             "taxonomy": [
               {"code": "I", "name": "Nhóm I", "nhom": [
                 {"code": "I.1", "name": "I.1", "ministries": [], "phanNhom": [
                   {"code": "I.1.a", "name": "I.1.a", "ministries": ["Bộ X"], "set": 1},
                   {"code": "I.1.b", "name": "I.1.b", "ministries": [], "set": 2}]},
                 {"code": "I.2", "name": "I.2", "ministries": ["Bộ Y"], "set": 3, "phanNhom": []}]}],
             "sets": ["s1.json"],
             "notes": ["ghi chú"]}
            """;

    /**
     * Set 1: part A = group 1 (1.1 options 0/10/30 with 3★ and 4★ markers, 1.2 yes/no only if 1.1 is b or c),
     * part B = group 2 (compound 2.1 = 2.1.1 yes/no + 2.1.2 one option); knock-out KO1 on 1.1.
     */
    static final String SET = """
            {"edition": "T", "number": 1, "name": "Bộ 1", "nameEn": "Set one", "taxonomy": "I.1.a", "citation": "PL",
             "knockOuts": [{"code": "KO1", "label": "Loại", "citation": "kc", "criterion": "1.1", "effect": "REJECT"}],
             "parts": [
               {"code": "A", "max": 60, "groups": [
                 {"code": "1", "name": "Nhóm 1", "max": 60, "criteria": [
                   {"code": "1.1", "name": "Tiêu chí 1.1", "max": 30, "options": [
                     {"code": "a", "points": 0, "label": "la"},
                     {"code": "b", "points": 10, "label": "lb", "minStars": 3},
                     {"code": "c", "points": 30, "label": "lc", "minStars": 4}]},
                   {"code": "1.2", "name": "Tiêu chí 1.2", "max": 30, "yesNo": true,
                    "onlyIf": {"criterion": "1.1", "options": ["b", "c"], "label": "khi b, c"}}]}]},
               {"code": "B", "max": 40, "groups": [
                 {"code": "2", "name": "Nhóm 2", "max": 40, "criteria": [
                   {"code": "2.1", "name": "Tiêu chí 2.1", "max": 40, "criteria": [
                     {"code": "2.1.1", "name": "Tiêu chí 2.1.1", "max": 20, "yesNo": true},
                     {"code": "2.1.2", "name": "Tiêu chí 2.1.2", "max": 20, "options": [
                       {"code": "a", "points": 20, "label": "l"}]}]}]}]}]}
            """;

    private RubricFixture() {
    }

    static ObjectNode edition() {
        return parse(EDITION);
    }

    static ObjectNode set() {
        return parse(SET);
    }

    static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the JSON object at a dotted path such as "parts.0.groups.0.criteria.1" */
    static ObjectNode at(ObjectNode root, String dotted) {
        com.fasterxml.jackson.databind.JsonNode n = root;
        for (String k : dotted.split("\\.")) {
            n = k.chars().allMatch(Character::isDigit) ? n.get(Integer.parseInt(k)) : n.get(k);
        }
        return (ObjectNode) n;
    }

    static ArrayNode array(ObjectNode root, String dotted, String key) {
        return (ArrayNode) at(root, dotted).get(key);
    }

    /** The edition with the fixture set as s1.json. */
    static Map<String, ObjectNode> files(ObjectNode edition, ObjectNode set) {
        Map<String, ObjectNode> m = new LinkedHashMap<>();
        m.put("edition.json", edition);
        m.put("s1.json", set);
        return m;
    }

    static Edition load(Map<String, ObjectNode> files) {
        return RubricLoader.loadEdition(PREFIX, name -> {
            ObjectNode n = files.get(name);
            return n == null ? null : new ByteArrayInputStream(n.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    static Edition load(ObjectNode edition, ObjectNode set) {
        return load(files(edition, set));
    }

    /** Loads, expecting failure, and returns every problem reported, its message rendered in English. */
    static List<Problem> problems(Map<String, ObjectNode> files) {
        AtomicReference<List<Problem>> out = new AtomicReference<>();
        assertThatThrownBy(() -> load(files)).isInstanceOfSatisfying(RubricValidationException.class,
                e -> out.set(english(e.problems())));
        return out.get();
    }

    /**
     * @return the problems with their messages in English (the library's default is Vietnamese), every other
     *         component as reported
     */
    static List<Problem> english(List<Problem> problems) {
        return problems.stream().map(p -> new Problem(p.source(), p.path(), p.line(), p.column(),
                p.message(Locale.ENGLISH))).toList();
    }

    static List<Problem> problems(ObjectNode edition, ObjectNode set) {
        return problems(files(edition, set));
    }

    /** Loads a set file alone against an edition, expecting failure. */
    static List<Problem> setProblems(ObjectNode set, Edition edition) {
        AtomicReference<List<Problem>> out = new AtomicReference<>();
        assertThatThrownBy(() -> RubricLoader.loadSet(new ByteArrayInputStream(set.toString().getBytes(StandardCharsets.UTF_8)),
                SET_SRC, edition)).isInstanceOfSatisfying(RubricValidationException.class, e -> out.set(english(e.problems())));
        return out.get();
    }

    static Problem inEdition(String path, String message) {
        return new Problem(EDITION_SRC, path, message);
    }

    static Problem inSet(String path, String message) {
        return new Problem(SET_SRC, path, message);
    }
}
