package vn.ocop.rulecheck;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.ocop.OcopJson;
import vn.ocop.Problem;
import vn.ocop.internal.JsonErrors;

/**
 * Reads rule-check case files: unknown keys anywhere are found first (all of them, each at its JSON path, so that a
 * misspelt required key is reported as misspelt, not missing); then the case is mapped, and a malformed file, a
 * wrong type or a part whose keys are missing or contradict each other is reported with the file, line, column
 * and JSON path ({@link JsonErrors}).
 */
final class CaseReader {
    private static final ObjectMapper JSON = OcopJson.mapper();

    /** The record type of each key whose value is an object, or an array of objects, with fixed keys. */
    private static final Map<String, Class<? extends Record>> CHILDREN = Map.of(
            "RuleCheckCase.members", RuleCheckCase.Sheet.class,
            "RuleCheckCase.agreed", RuleCheckCase.Sheet.class,
            "RuleCheckCase.expected", RuleCheckCase.Expected.class,
            "Expected.failedMinimums", RuleCheckCase.ExpectedMinimum.class,
            "Expected.minimumsForNextStar", RuleCheckCase.ExpectedMinimum.class,
            "Expected.sheetProblems", RuleCheckCase.ExpectedProblem.class);

    private CaseReader() {
    }

    /**
     * @param in the JSON text, not null (not closed)
     * @param source the file's name, for messages, not null
     * @return the case
     * @throws RuleCheckException naming the source, with every problem found
     */
    static RuleCheckCase read(InputStream in, String source) {
        try {
            byte[] bytes = in.readAllBytes();
            JsonNode tree = JSON.readTree(bytes);
            if (tree == null || tree.isMissingNode() || !tree.isObject()) {
                throw RuleCheckException.of(source, "a case file is a JSON object {\"title\": …}, found "
                        + (tree == null || tree.isMissingNode() ? "nothing" : tree.getNodeType()));
            }
            List<Problem> unknown = new ArrayList<>();
            unknownKeys(tree, RuleCheckCase.class, "$", source, unknown);
            if (!unknown.isEmpty()) {
                throw new RuleCheckException(source, unknown);
            }
            return JSON.readValue(bytes, RuleCheckCase.class);
        } catch (IOException e) {
            throw new RuleCheckException(source, problems(e, source));
        }
    }

    /**
     * The problems of a failed read: a part that refused its keys gives each of its problems at its path in the
     * file; any other failure one problem ({@link JsonErrors}).
     */
    private static List<Problem> problems(IOException e, String source) {
        RuleCheckException refused = refusedPart(e);
        if (refused == null || !(e instanceof JsonMappingException)) {
            return List.of(JsonErrors.problem(e, source));
        }
        String at = JsonErrors.path((JsonMappingException) e);
        JsonLocation loc = ((JacksonException) e).getLocation();
        int line = loc == null || loc.getLineNr() < 1 ? 0 : loc.getLineNr();
        int column = line == 0 || loc.getColumnNr() < 1 ? 0 : loc.getColumnNr();
        List<Problem> out = new ArrayList<>();
        for (Problem p : refused.problems()) {
            out.add(p.at(source, at + p.path().substring(1), line, column));
        }
        return out;
    }

    private static RuleCheckException refusedPart(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof RuleCheckException r) {
                return r;
            }
        }
        return null;
    }

    private static void unknownKeys(JsonNode node, Class<? extends Record> type, String path, String source,
            List<Problem> out) {
        if (!node.isObject()) {
            return; // a wrong type is reported by the mapping, with its line and column
        }
        Set<String> known = new TreeSet<>();
        for (RecordComponent rc : type.getRecordComponents()) {
            known.add(rc.getName());
        }
        if (type == RuleCheckCase.Expected.class) {
            known.remove("rejected"); // written as "stars": "rejected"
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String at = path + Checks.key(e.getKey());
            if (!known.contains(e.getKey())) {
                out.add(new Problem(source, at, "unknown key '" + e.getKey() + "'; known keys here: " + known));
                continue;
            }
            Class<? extends Record> child = CHILDREN.get(type.getSimpleName() + "." + e.getKey());
            if (child != null && e.getValue().isArray()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    unknownKeys(e.getValue().get(i), child, at + "[" + i + "]", source, out);
                }
            } else if (child != null) {
                unknownKeys(e.getValue(), child, at, source, out);
            }
        }
    }
}
