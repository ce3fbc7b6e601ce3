package vn.ocop.plan;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.List;
import vn.ocop.Problem;

/** Message helpers for the plan package (not part of the API). */
final class Jsons {
    private Jsons() {
    }

    /**
     * @param e a read failure
     * @return its message with the JSON path and line, without Jackson's source dump
     */
    static String message(IOException e) {
        if (e instanceof JsonMappingException) {
            JsonMappingException m = (JsonMappingException) e;
            Throwable root = m;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String what = root != m && root.getMessage() != null ? root.getMessage() : m.getOriginalMessage();
            String loc = m.getLocation() == null ? "" : " (line " + m.getLocation().getLineNr() + ")";
            StringBuilder path = new StringBuilder("$");
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    path.append('.').append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    path.append('[').append(r.getIndex()).append(']');
                }
            }
            return "at " + path + loc + ": " + what;
        }
        if (e instanceof JacksonException) {
            JacksonException j = (JacksonException) e;
            return j.getOriginalMessage() + (j.getLocation() == null ? "" : " (line " + j.getLocation().getLineNr() + ")");
        }
        return e.getMessage();
    }

    /**
     * @param header first line
     * @param problems the problems
     * @return the header and one problem a line
     */
    static String lines(String header, List<Problem> problems) {
        StringBuilder b = new StringBuilder(header);
        for (Problem p : problems) {
            b.append(System.lineSeparator()).append("  ").append(p);
        }
        return b.toString();
    }
}
