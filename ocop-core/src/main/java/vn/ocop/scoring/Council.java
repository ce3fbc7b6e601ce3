package vn.ocop.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.internal.Text;

/**
 * The sheets of a council ("Hội đồng đánh giá, phân hạng") for one product: one per member, optionally the
 * council's agreed sheet (used by {@link MinimumPolicy#AGREED_SHEET}), and knock-out rules the council found to
 * apply as a body.
 *
 * <p>Immutable and thread-safe.
 *
 * @param members the members' sheets, not empty
 * @param agreedSheet the council's agreed sheet, or null
 * @param knockOuts knock-out codes found by the council, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Council(List<EvaluationSheet> members, EvaluationSheet agreedSheet, List<String> knockOuts) {
    /** Checks and copies the components. */
    @JsonCreator
    public Council(@JsonProperty("members") List<EvaluationSheet> members,
            @JsonProperty("agreedSheet") EvaluationSheet agreedSheet,
            @JsonProperty("knockOuts") List<String> knockOuts) {
        Objects.requireNonNull(members, "members");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a council needs at least one member's sheet");
        }
        this.members = List.copyOf(members);
        this.agreedSheet = agreedSheet;
        List<String> ko = new ArrayList<>();
        for (String k : knockOuts == null ? List.<String>of() : knockOuts) {
            ko.add(Text.nfc(k));
        }
        this.knockOuts = List.copyOf(ko);
    }

    /**
     * @param members the members' sheets, not empty
     * @return a council without agreed sheet or council-level knock-outs
     */
    public static Council of(List<EvaluationSheet> members) {
        return new Council(members, null, List.of());
    }

    /**
     * @param members the members' sheets
     * @return a council
     */
    public static Council of(EvaluationSheet... members) {
        return of(List.of(members));
    }

    /**
     * @param sheet the council's agreed sheet
     * @return a copy with it
     */
    public Council withAgreedSheet(EvaluationSheet sheet) {
        return new Council(members, sheet, knockOuts);
    }

    /**
     * @param codes knock-out codes found by the council
     * @return a copy with them
     */
    public Council withKnockOuts(List<String> codes) {
        return new Council(members, agreedSheet, codes);
    }
}
