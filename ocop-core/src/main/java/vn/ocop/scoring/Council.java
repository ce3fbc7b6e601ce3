package vn.ocop.scoring;

import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ocop.internal.Beans;
import vn.ocop.internal.Text;

/**
 * A council ("Hội đồng đánh giá, phân hạng") evaluating one product: its members' sheets, and what the council
 * records as a body.
 *
 * <ul>
 * <li>{@link #members()}: one sheet per member who took part, each member once (names compared in NFC, trimmed);
 * {@link #chair()}: the chair's name, one of the members or absent; {@link #appointed()}: how many members were
 * appointed, the chair included (for the quorum of {@link CouncilRules#quorum()}).</li>
 * <li>{@link #secondRound()}: sheets of a second round of scoring (a provincial council's rules send it back to
 * score again when members lie too far apart, {@link CouncilRules#rescoreOutliers()}; after written opinions that
 * differ, the meeting of Điều 7.6.d): each replaces the first-round sheet of the same member; both are kept in the
 * result for the minutes.</li>
 * <li>{@link #agreedSheet()}: the council's agreed sheet ("biên bản"), used by {@link MinimumPolicy#AGREED_SHEET};
 * knock-out findings on it are the council's own.</li>
 * <li>{@link #knockOuts()} and {@link #dismissedKnockOuts()}: the knock-out findings the council upholds, and those
 * it considered and dismissed (see {@link KnockOutPolicy}).</li>
 * </ul>
 *
 * <p>JSON form (read and written with {@code OcopJson.mapper()}): {@code {"chair":"…","appointed":9,
 * "members":[sheet, …],"secondRound":[sheet, …],"agreedSheet":sheet,"knockOuts":["KO1"],"dismissedKnockOuts":[]}},
 * all but {@code members} optional.
 *
 * <p>Immutable and thread-safe. Which members, codes and counts the rules and the rubric set accept is checked when
 * the council is evaluated ({@link Evaluator#evaluate(Council, CouncilRules)}), with every problem.
 *
 * @param members the members' sheets (first round), not empty
 * @param agreedSheet the council's agreed sheet, or null
 * @param knockOuts knock-out codes the council upholds, not null (null reads as none); normalised to NFC
 * @param chair the chair's name, or null when not given; normalised to NFC and trimmed
 * @param appointed how many members were appointed, the chair included, at least 1; or null when not given
 * @param secondRound second-round sheets, not null (null reads as none)
 * @param dismissedKnockOuts knock-out codes the council considered and dismissed, not null (null reads as none);
 *        normalised to NFC
 */
public record Council(List<EvaluationSheet> members, EvaluationSheet agreedSheet, List<String> knockOuts, String chair,
        @Min(value = 1, message = "{vn.ocop.constraints.Min.message}") Integer appointed,
        List<EvaluationSheet> secondRound, List<String> dismissedKnockOuts) {

    /**
     * Checks, normalises and copies the components.
     *
     * @param members the members' sheets (first round), not empty
     * @param agreedSheet the council's agreed sheet, or null
     * @param knockOuts knock-out codes the council upholds, not null (null reads as none)
     * @param chair the chair's name, or null
     * @param appointed how many members were appointed, the chair included, at least 1; or null
     * @param secondRound second-round sheets, not null (null reads as none)
     * @param dismissedKnockOuts knock-out codes the council dismissed, not null (null reads as none)
     * @throws NullPointerException if {@code members}, a sheet or a code is null
     * @throws SheetValidationException if there is no member's sheet, or {@code appointed} is below 1 (every problem
     *         listed)
     */
    public Council(List<EvaluationSheet> members, EvaluationSheet agreedSheet, List<String> knockOuts, String chair,
            Integer appointed, List<EvaluationSheet> secondRound, List<String> dismissedKnockOuts) {
        this.members = List.copyOf(Objects.requireNonNull(members, "members"));
        this.agreedSheet = agreedSheet;
        this.knockOuts = codes(knockOuts);
        this.chair = Text.nfc(chair);
        this.appointed = appointed;
        this.secondRound = secondRound == null ? List.of() : List.copyOf(secondRound);
        this.dismissedKnockOuts = codes(dismissedKnockOuts);
        List<SheetProblem> invalid = new ArrayList<>();
        if (this.members.isEmpty()) {
            invalid.add(new SheetProblem(SheetProblem.Kind.INVALID_FIELD, null, null, null, "$.members",
                    "problem.NO_MEMBERS", List.of(), List.of()));
        }
        if (appointed != null && appointed < 1) { // the one constrained field: validated only when it can be wrong
            for (Beans.Violation v : Beans.violations(this)) {
                invalid.add(SheetProblem.invalidField(Council.class, null, v));
            }
        }
        if (!invalid.isEmpty()) {
            throw new SheetValidationException("context.council", List.of(), invalid);
        }
    }

    /**
     * A council without chair, appointed count, second round or dismissed knock-outs.
     *
     * @param members the members' sheets, not empty
     * @param agreedSheet the council's agreed sheet, or null
     * @param knockOuts knock-out codes the council upholds, not null (null reads as none)
     * @throws NullPointerException if {@code members}, a sheet or a code is null
     * @throws SheetValidationException if there is no member's sheet
     */
    public Council(List<EvaluationSheet> members, EvaluationSheet agreedSheet, List<String> knockOuts) {
        this(members, agreedSheet, knockOuts, null, null, null, null);
    }

    private static List<String> codes(List<String> in) {
        List<String> out = new ArrayList<>();
        for (String k : in == null ? List.<String>of() : in) {
            out.add(Text.nfc(Objects.requireNonNull(k, "knockOut")));
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /**
     * @param members the members' sheets, not empty
     * @return a council of these sheets alone
     */
    public static Council of(List<EvaluationSheet> members) {
        return new Council(members, null, List.of());
    }

    /**
     * @param members the members' sheets, not empty
     * @return a council of these sheets alone
     */
    public static Council of(EvaluationSheet... members) {
        return of(List.of(members));
    }

    /**
     * @param sheet the council's agreed sheet, or null for none
     * @return a copy with it
     */
    public Council withAgreedSheet(EvaluationSheet sheet) {
        return new Council(members, sheet, knockOuts, chair, appointed, secondRound, dismissedKnockOuts);
    }

    /**
     * @param codes knock-out codes the council upholds, not null
     * @return a copy with them
     */
    public Council withKnockOuts(List<String> codes) {
        return new Council(members, agreedSheet, codes, chair, appointed, secondRound, dismissedKnockOuts);
    }

    /**
     * @param codes knock-out codes the council considered and dismissed, not null
     * @return a copy with them
     */
    public Council withDismissedKnockOuts(List<String> codes) {
        return new Council(members, agreedSheet, knockOuts, chair, appointed, secondRound, codes);
    }

    /**
     * @param name the chair's name, or null for none
     * @return a copy with that chair
     */
    public Council withChair(String name) {
        return new Council(members, agreedSheet, knockOuts, name, appointed, secondRound, dismissedKnockOuts);
    }

    /**
     * @param count how many members were appointed, the chair included, at least 1; or null for not given
     * @return a copy with that count
     * @throws SheetValidationException if it is below 1
     */
    public Council withAppointed(Integer count) {
        return new Council(members, agreedSheet, knockOuts, chair, count, secondRound, dismissedKnockOuts);
    }

    /**
     * @param sheets the second round's sheets, not null (empty: no second round)
     * @return a copy with them
     */
    public Council withSecondRound(List<EvaluationSheet> sheets) {
        return new Council(members, agreedSheet, knockOuts, chair, appointed, sheets, dismissedKnockOuts);
    }

    /** @return whether the council held a second round */
    public boolean hasSecondRound() {
        return !secondRound.isEmpty();
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
