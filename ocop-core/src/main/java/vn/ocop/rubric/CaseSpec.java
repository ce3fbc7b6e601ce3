package vn.ocop.rubric;

import java.util.Objects;

/**
 * A variant of a "choose one of the cases" criterion ("Lựa chọn một trong hai trường hợp", tourism set 26).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code e.g. "TH1", not null
 * @param label e.g. "Dịch vụ du lịch do cộng đồng cung cấp", not null
 */
public record CaseSpec(String code, String label) {
    /**
     * Checks the components.
     *
     * @param code e.g. "TH1", not null
     * @param label e.g. "Dịch vụ du lịch do cộng đồng cung cấp", not null
     */
    public CaseSpec {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
