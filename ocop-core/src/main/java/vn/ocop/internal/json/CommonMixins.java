package vn.ocop.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Mix-ins that several domain packages share: a type written with the defaults, without its null components, or
 * without its null components and empty lists.
 */
final class CommonMixins {
    private CommonMixins() {
    }

    /** No change to the defaults: listed so that the mapping of every type of a package is found in its mix-ins. */
    abstract static class Plain {
    }

    /** Null components left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class NonNull {
    }

    /** Null components and empty lists left out. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract static class NonEmpty {
    }
}
