package vn.ocop.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.internal.Text;

/**
 * The sheets of a council ("Hội đồng đánh giá, phân hạng") for one product: one per member, optionally the
 * council's agreed sheet (used by {@link MinimumPolicy#AGREED_SHEET}), and knock-out rules the council found to
 * apply as a body.
 *
 * <p>JSON form (read and written with {@code OcopJson.mapper()}): {@code {"members":[sheet, …],
 * "agreedSheet":sheet, "knockOuts":["KO1"]}}, the last two optional.
 *
 * <p>Immutable and thread-safe.
 *
 * @param members the members' sheets, not empty
 * @param agreedSheet the council's agreed sheet, or null
 * @param knockOuts knock-out codes found by the council, not null (null reads as none); normalised to NFC
 */
public record Council(List<EvaluationSheet> members, EvaluationSheet agreedSheet, List<String> knockOuts) {

    /**
     * Checks and copies the components.
     *
     * @param members the members' sheets, not empty
     * @param agreedSheet the council's agreed sheet, or null
     * @param knockOuts knock-out codes found by the council, not null (null reads as none); normalised to NFC
     * @throws NullPointerException if {@code members}, a member's sheet or a knock-out code is null
     * @throws SheetValidationException if there is no member's sheet
     */
    public Council(List<EvaluationSheet> members, EvaluationSheet agreedSheet, List<String> knockOuts) {
        this.members = List.copyOf(Objects.requireNonNull(members, "members"));
        this.agreedSheet = agreedSheet;
        List<String> ko = new ArrayList<>();
        for (String k : knockOuts == null ? List.<String>of() : knockOuts) {
            ko.add(Text.nfc(Objects.requireNonNull(k, "knockOut")));
        }
        this.knockOuts = ko.isEmpty() ? List.of() : List.copyOf(ko);
        if (this.members.isEmpty()) {
            throw new SheetValidationException("context.council", List.of(), List.of(new SheetProblem(
                    SheetProblem.Kind.INVALID_FIELD, null, null, null, "$.members", "problem.NO_MEMBERS", List.of(),
                    List.of())));
        }
    }

    /**
     * @param members the members' sheets, not empty
     * @return a council without agreed sheet or council-level knock-outs
     */
    public static Council of(List<EvaluationSheet> members) {
        return new Council(members, null, List.of());
    }

    /**
     * @param members the members' sheets, not empty
     * @return a council without agreed sheet or council-level knock-outs
     */
    public static Council of(EvaluationSheet... members) {
        return of(List.of(members));
    }

    /**
     * @param sheet the council's agreed sheet, or null for none
     * @return a copy with it
     */
    public Council withAgreedSheet(EvaluationSheet sheet) {
        return new Council(members, sheet, knockOuts);
    }

    /**
     * @param codes knock-out codes found by the council, not null
     * @return a copy with them
     */
    public Council withKnockOuts(List<String> codes) {
        return new Council(members, agreedSheet, codes);
    }

    /**
     * Reads a council (its members' sheets, the agreed sheet, the knock-out conditions it raised) from JSON: the one entry point for a file. Unlike {@code OcopJson.mapper().readValue}, every
     * failure is an {@link vn.ocop.InvalidInputException} whose problems name the source, line, column and JSON
     * path in the reader's language (Vietnamese by default), never the parser's own text.
     *
     * @param in the document (UTF-8, a byte-order mark allowed), not null; read to the end, not closed
     * @param source the file's or stream's name, for problems, not null
     * @return the council
     * @throws vn.ocop.InvalidInputException if the document is malformed, too large or breaks a rule of the type
     */
    public static Council read(java.io.InputStream in, String source) {
        return vn.ocop.internal.json.JsonDocuments.read(in, source, Council.class,
                (problems, cause) -> new vn.ocop.InvalidInputException("council file", problems, cause));
    }

    /**
     * @param file a JSON file, not null; its name is the problems' source
     * @return the council
     * @throws java.io.IOException if the file cannot be opened
     * @throws vn.ocop.InvalidInputException as {@link #read(java.io.InputStream, String)}
     */
    public static Council read(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }
}
