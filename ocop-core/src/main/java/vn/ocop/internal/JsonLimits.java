package vn.ocop.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The one set of parsing limits for every JSON document the library reads (rubric data, sheets, councils, plans,
 * registries, rule-check cases), so that no reader is more lenient than another.
 */
public final class JsonLimits {
    /** Deepest nesting of objects and arrays. */
    public static final int MAX_DEPTH = 64;
    /** Longest string value, in characters. */
    public static final int MAX_STRING_CHARS = 100_000;
    /** Longest number, in characters. */
    public static final int MAX_NUMBER_CHARS = 40;
    /** Largest document, in characters (10 MB). */
    public static final int MAX_DOCUMENT_CHARS = 10_000_000;

    private JsonLimits() {
    }

    /** @return the constraints above */
    public static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING_CHARS)
                .maxNumberLength(MAX_NUMBER_CHARS)
                .maxDocumentLength(MAX_DOCUMENT_CHARS)
                .build();
    }

    /** @return a new factory with the constraints above */
    public static JsonFactory factory() {
        return JsonFactory.builder().streamReadConstraints(constraints()).build();
    }
}
