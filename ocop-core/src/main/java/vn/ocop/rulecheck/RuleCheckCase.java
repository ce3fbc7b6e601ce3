package vn.ocop.rulecheck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ocop.internal.Text;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.Authority;
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.Routing;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.CouncilRules;
import vn.ocop.scoring.MinimumPolicy;
import vn.ocop.scoring.SheetProblem;

/**
 * One rule check written as data: a council's sheets for one product and what the law says the outcome must be.
 * Read from a JSON case file by {@link RuleCheckRunner#read}; checked by {@link RuleCheckRunner#check}; a folder
 * of them becomes JUnit tests with {@link RuleCheckTests}.
 *
 * <p>A case file, with every criterion at its highest option except two (the law's 5★ minimum on 1.5 is missed):
 * <pre>{@code
 * {
 *   "title": "Tổng 99 điểm nhưng 1.5 chỉ đạt mức 4 sao: hạng 4 sao",
 *   "checks": "Phụ lục II mục 1, tiêu chí 1.5 *****; Điều 3.3.a",
 *   "edition": "QD-26-2026",
 *   "set": 1,
 *   "members": [ {"base": "allBest", "answers": {"1.5": "c"}} ],
 *   "expected": {"totals": [99], "bandStars": 5, "stars": 4,
 *                "failedMinimums": [{"criterion": "1.5", "stars": 5}], "authority": "PROVINCE"}
 * }
 * }</pre>
 *
 * <p>Keys (unknown keys are errors):
 * <ul>
 * <li>{@code title}, {@code checks} (the article or annex line checked): required text; {@code notes}: optional
 * lines explaining how the expected values were worked out; {@code knownIssue}: optional, the engine is known to
 * disagree with the case (the case is then reported as skipped while it fails, and fails once it passes).</li>
 * <li>exactly one of {@code edition} (an edition id) and {@code date} (ISO date; the edition in force then,
 * {@code RubricCatalog.editionInForce}); {@code set}: the set number.</li>
 * <li>{@code rules}: the council's rules of procedure, in the JSON form of {@code CouncilRules} (e.g.
 * {@code {"knockOutPolicy": "ANY_MEMBER", "quorum": {"percent": 75, "chairRequired": true}}}); absent keys take the
 * library's defaults. {@code minimumPolicy}: {@code EVERY_MEMBER}, {@code AGREED_SHEET} or {@code CRITERION_MEAN},
 * a shorthand that overrides the rules' policy; by default the rules' ({@code CRITERION_MEAN} unless they say
 * otherwise), or {@code AGREED_SHEET} when the case has only an agreed sheet.</li>
 * <li>{@code chair}, {@code appointed}: the council's chair and how many members were appointed (for the
 * quorum); {@code secondRound}: second-round sheets, each replacing the first-round sheet of the member of the same
 * name; {@code dismissedKnockOuts}: knock-out codes the council considered and dismissed.</li>
 * <li>{@code level}: the council's level, {@code PROVINCE} (default) or {@code MINISTRY}, and {@code registration}:
 * {@code FIRST} (default), {@code UPGRADE} or {@code REEVALUATION}, for the expected {@code routes}
 * ({@code vn.ocop.product.Routing}).</li>
 * <li>{@code members}: the members' sheets ({@link Sheet}); {@code agreed}: the council's agreed sheet. A case
 * with only {@code agreed} is a council whose one sheet is the agreed sheet.</li>
 * <li>{@code knockOuts}: knock-out codes the council found as a body (e.g. {@code "KO1"}).</li>
 * <li>{@code expected}: what the engine must produce ({@link Expected}); only the keys given are compared.</li>
 * </ul>
 *
 * <p>Every key of a case (and of each of its parts) is checked when it is made; all the problems of a part are
 * reported together ({@link RuleCheckException}, each at its JSON path).
 *
 * <p>Immutable and thread-safe. Codes are normalised to NFC.
 *
 * @param title what the case is about, not blank
 * @param checks the legal point it checks, e.g. "Điều 3.3.b" or "Phụ lục II mục 1, tiêu chí 1.5 ****", not blank
 * @param notes how the expected values were worked out, not null (may be empty)
 * @param knownIssue a known disagreement of the engine with this case (what it waits for), or null; see
 *        {@link RuleCheckTests}
 * @param edition edition id, or null when {@code date} is given
 * @param date a date whose edition in force applies, or null when {@code edition} is given
 * @param set rubric set number
 * @param minimumPolicy how star minimums are met, or null for the rules'
 * @param members the members' sheets, not null (empty only if {@code agreed} is given)
 * @param agreed the council's agreed sheet, or null
 * @param knockOuts knock-out codes found by the council, not null
 * @param expected the expected outcome, not null
 * @param rules the council's rules, not null (null reads as the defaults)
 * @param chair the chair's name, or null
 * @param appointed how many members were appointed, or null
 * @param secondRound second-round sheets, not null (null reads as none)
 * @param dismissedKnockOuts knock-out codes the council dismissed, not null (null reads as none)
 * @param level the council's level, {@link Authority#PROVINCE} or {@link Authority#MINISTRY}, not null (null reads
 *        as the province)
 * @param registration what the product was registered for, not null (null reads as a first evaluation)
 */
public record RuleCheckCase(String title, String checks, List<String> notes, String knownIssue, String edition,
        LocalDate date, int set, MinimumPolicy minimumPolicy, List<Sheet> members, Sheet agreed,
        List<String> knockOuts, Expected expected, CouncilRules rules, String chair, Integer appointed,
        List<Sheet> secondRound, List<String> dismissedKnockOuts, Authority level, RegistrationKind registration) {

    /**
     * Checks, normalises and copies the components.
     *
     * @param title what the case is about, not blank
     * @param checks the legal point it checks, e.g. "Điều 3.3.b" or "Phụ lục II mục 1, tiêu chí 1.5 ****", not blank
     * @param notes how the expected values were worked out, not null (may be empty)
     * @param knownIssue a known disagreement of the engine with this case (what it waits for), or null; see
     *        {@link RuleCheckTests}
     * @param edition edition id, or null when {@code date} is given
     * @param date a date whose edition in force applies, or null when {@code edition} is given
     * @param set rubric set number
     * @param minimumPolicy how star minimums are met, or null for the rules'
     * @param members the members' sheets, not null (empty only if {@code agreed} is given)
     * @param agreed the council's agreed sheet, or null
     * @param knockOuts knock-out codes found by the council, not null
     * @param expected the expected outcome, not null
     * @param rules the council's rules, or null for the defaults
     * @param chair the chair's name, or null
     * @param appointed how many members were appointed, or null
     * @param secondRound second-round sheets, or null for none
     * @param dismissedKnockOuts knock-out codes the council dismissed, or null for none
     * @param level the council's level, or null for the province
     * @param registration what the product was registered for, or null for a first evaluation
     * @throws RuleCheckException listing every required key that is missing and every key that contradicts another
     */
    public RuleCheckCase {
        Checks c = new Checks();
        title = c.required(title, "title", "title");
        checks = c.required(checks, "checks", "checks (the article or annex line the case checks)");
        notes = notes == null ? List.of() : List.copyOf(notes);
        knownIssue = Text.nfc(knownIssue);
        if (knownIssue != null && knownIssue.isEmpty()) {
            c.problem("$.knownIssue", "'knownIssue' is blank: say which engine issue the case waits for");
        }
        edition = Text.nfc(edition);
        if ((edition == null) == (date == null)) {
            c.problem("$", "give exactly one of 'edition' (e.g. \"QD-26-2026\") and 'date' (e.g. \"2026-11-23\"; "
                    + "the edition in force on that date applies)");
        }
        if (set < 1) {
            c.problem("$.set", "'set' must be a rubric set number (1 to 26), was " + set);
        }
        members = members == null ? List.of() : List.copyOf(members);
        checkCouncil(c, members, agreed, minimumPolicy);
        knockOuts = c.codes(knockOuts, "knockOuts");
        rules = rules == null ? CouncilRules.defaults() : rules;
        chair = Text.nfc(chair);
        secondRound = secondRound == null ? List.of() : List.copyOf(secondRound);
        dismissedKnockOuts = c.codes(dismissedKnockOuts, "dismissedKnockOuts");
        level = level == null ? Authority.PROVINCE : level;
        if (level != Authority.PROVINCE && level != Authority.MINISTRY) {
            c.problem("$.level", "'level' is the council's level, PROVINCE or MINISTRY, was " + level);
        }
        registration = registration == null ? RegistrationKind.FIRST : registration;
        if (expected == null) {
            c.problem("$.expected", "'expected' is missing: say what the law makes of these sheets");
        }
        c.done();
    }

    private static void checkCouncil(Checks c, List<Sheet> members, Sheet agreed, MinimumPolicy policy) {
        if (agreed != null && agreed.times() != 1) {
            c.problem("$.agreed.times", "the agreed sheet is one sheet; 'times' does not apply to it");
        }
        if (members.isEmpty() && agreed == null) {
            c.problem("$.members", "give the members' sheets ('members') or the council's agreed sheet ('agreed')");
        }
        if (policy == MinimumPolicy.AGREED_SHEET && agreed == null) {
            c.problem("$.minimumPolicy", "minimumPolicy AGREED_SHEET needs the council's agreed sheet ('agreed')");
        }
    }

    /**
     * The answers every criterion starts from, before a sheet's own {@code answers} override some of them. Written
     * {@code "allBest"} and {@code "allLowest"} in a case file.
     */
    public enum Base {
        /** Every criterion at its highest option (the first one with the most points; "yes" on a yes/no). */
        ALL_BEST,
        /** Every criterion at its lowest option (the first one with the fewest points; "no" on a yes/no). */
        ALL_LOWEST
    }

    /**
     * One evaluation sheet of a case, in compact form: a {@link Base} plus the answers that differ from it.
     *
     * <p>Without a base, {@code answers} must list every criterion. A criterion whose "only if" condition the
     * resulting answers do not meet (e.g. 5.2 when 5.1 says there is no product story) is left unanswered, as the
     * law has it, unless {@code answers} names it. {@code "none"} answers "no listed option applies".
     *
     * <pre>{@code
     * {"name": "Thành viên 3", "base": "allBest", "answers": {"1.5": "c", "9": "none"}, "times": 1}
     * }</pre>
     *
     * <p>Immutable and thread-safe.
     *
     * @param name the member's name, or null for "Thành viên N" (or "Hội đồng" for the agreed sheet)
     * @param base the starting answers, or null
     * @param answers criterion code to option code, overriding the base, not null
     * @param knockOuts knock-out codes this member found to apply, not null
     * @param times how many members hand in this same sheet (default 1), at least 1
     */
    public record Sheet(String name, Base base, Map<String, String> answers, List<String> knockOuts, int times) {
        /**
         * A sheet as a case file gives it, {@code times} 1 when absent.
         *
         * @param name the member's name, or null
         * @param base the starting answers, or null
         * @param answers criterion code to option code, or null for none
         * @param knockOuts knock-out codes, or null for none
         * @param times how many members hand in this sheet, or null for 1
         * @throws RuleCheckException listing every problem of the sheet
         */
        public Sheet(String name, Base base, Map<String, String> answers, List<String> knockOuts, Integer times) {
            this(name, base, answers, knockOuts, times == null ? 1 : times.intValue());
        }

        /**
         * Checks, normalises and copies the components.
         *
         * @param name the member's name, or null for "Thành viên N" (or "Hội đồng" for the agreed sheet)
         * @param base the starting answers, or null
         * @param answers criterion code to option code, overriding the base, not null
         * @param knockOuts knock-out codes this member found to apply, not null
         * @param times how many members hand in this same sheet (default 1), at least 1
         * @throws RuleCheckException listing every problem: an answer that is null or given twice (in NFC and
         *         NFD), a null knock-out code, {@code times} below 1
         */
        public Sheet {
            Checks c = new Checks();
            name = Text.nfc(name);
            Map<String, String> a = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : (answers == null ? Map.<String, String>of() : answers).entrySet()) {
                String at = "$.answers" + Checks.key(e.getKey());
                if (e.getValue() == null) {
                    c.problem(at, "answer for criterion '" + e.getKey() + "' is null");
                } else if (a.put(Text.nfc(e.getKey()), Text.nfc(e.getValue())) != null) {
                    c.problem(at, "criterion '" + e.getKey() + "' is answered twice");
                }
            }
            answers = Collections.unmodifiableMap(a);
            knockOuts = c.codes(knockOuts, "knockOuts");
            if (times < 1) {
                c.problem("$.times", "'times' must be at least 1, was " + times);
            }
            c.done();
        }
    }

    /**
     * A star minimum expected to be missed: the criterion and the star class of the marked option, optionally the
     * member whose sheet misses it.
     *
     * <pre>{@code
     * {"criterion": "1.5", "stars": 5}
     * }</pre>
     *
     * <p>Immutable and thread-safe.
     *
     * @param criterion criterion code, not blank
     * @param stars star class of the minimum (3, 4 or 5), not null
     * @param member the member whose sheet misses it, or null not to check who
     */
    public record ExpectedMinimum(String criterion, Star stars, String member) {
        /**
         * Checks and normalises the components.
         *
         * @param criterion criterion code, not blank
         * @param stars star class of the minimum (3, 4 or 5), not null
         * @param member the member whose sheet misses it, or null not to check who
         * @throws RuleCheckException if the criterion or the star class is missing
         */
        public ExpectedMinimum {
            Checks c = new Checks();
            criterion = c.required(criterion, "criterion", "criterion");
            if (stars == null) {
                c.problem("$.stars", "failed minimum on " + criterion + ": 'stars' (3, 4 or 5) is missing");
            }
            member = Text.nfc(member);
            c.done();
        }

        @Override
        public String toString() {
            return criterion + " " + stars + (member == null ? "" : " [" + member + "]");
        }
    }

    /**
     * A sheet problem the engine is expected to report instead of a result (e.g. an answer to a criterion whose
     * "only if" condition is not met).
     *
     * <pre>{@code
     * {"kind": "NOT_APPLICABLE", "criterion": "5.2"}
     * }</pre>
     *
     * <p>Immutable and thread-safe.
     *
     * @param kind the kind of problem, not null
     * @param criterion the criterion concerned, or null not to check it
     * @param member the member whose sheet has it, or null not to check it
     */
    public record ExpectedProblem(SheetProblem.Kind kind, String criterion, String member) {
        /**
         * Checks and normalises the components.
         *
         * @param kind the kind of problem, not null
         * @param criterion the criterion concerned, or null not to check it
         * @param member the member whose sheet has it, or null not to check it
         * @throws RuleCheckException if {@code kind} is missing
         */
        public ExpectedProblem {
            Checks c = new Checks();
            if (kind == null) {
                c.problem("$.kind", "expected sheet problem: 'kind' is missing");
            }
            criterion = Text.nfc(criterion);
            member = Text.nfc(member);
            c.done();
        }

        @Override
        public String toString() {
            return kind + (criterion == null ? "" : " " + criterion) + (member == null ? "" : " [" + member + "]");
        }
    }

    /**
     * What the engine must produce. Every key is optional, but at least one must be given; only the keys given
     * are compared. Numbers compare by value ({@code 70} equals {@code 70.00}).
     *
     * <pre>{@code
     * {"totals": [70, 70, 69], "mean": 69.6666666667, "meanDisplay": 69.67, "bandStars": 3, "stars": 3,
     *  "failedMinimums": [], "certifiable": true, "authority": "PROVINCE"}
     * }</pre>
     *
     * <p>In a case file, {@code stars} is a star class (1 to 5) or {@code "rejected"}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param totals each member's total, in member order ({@code times} repeats counted), or null
     * @param parts the members' mean points per part, 2 decimals as the explanation shows them, or null
     * @param criteria the members' mean points per criterion, 2 decimals, or null
     * @param mean the exact mean total (rounded to 10 decimals when it does not terminate), or null
     * @param meanDisplay the mean as displayed (2 decimals, half up), or null
     * @param bandStars the star class of the point band the mean falls in, or null
     * @param stars the star class awarded, or null (also when {@code rejected})
     * @param rejected true when a knock-out must reject the product ({@code "stars": "rejected"} in JSON), or
     *        null when {@code stars} is not checked
     * @param failedMinimums the minimums missed up to the band's star, as distinct (criterion, star) pairs, or
     *        null; {@code []} means none may be missed
     * @param minimumsForNextStar the minimums missed for the next star up, or null
     * @param pointsToNextBand points the mean lacks for the next star's band, or null
     * @param certifiable whether a recognition decision and certificate follow, or null
     * @param authority who recognises the product, or null
     * @param knockOuts codes of the knock-out rules that rejected the product, or null
     * @param sheetProblems problems the engine must report instead of a result, or null; when given, no other key
     *        may be
     * @param status the status of the result ({@code "KNOCK_OUT_PENDING"}, {@code "RESCORE_REQUIRED"},
     *        {@code "BELOW_QUORUM"}, …), or null
     * @param rescore the members the council must send back to score again, or null
     * @param alternatives what each other minimum policy would give, by policy: a star class ({@code "1"} to
     *        {@code "5"}) or {@code "stopped"} (a rule on answers ends the evaluation); {@code {}} means no other
     *        policy gives another result; or null
     * @param routes the routes open after the result ({@code vn.ocop.product.Routing}, for the case's level and
     *        registration), in the article's order, or null
     */
    public record Expected(List<BigDecimal> totals, Map<String, BigDecimal> parts, Map<String, BigDecimal> criteria,
            BigDecimal mean, BigDecimal meanDisplay, Star bandStars, Star stars, Boolean rejected,
            List<ExpectedMinimum> failedMinimums, List<ExpectedMinimum> minimumsForNextStar,
            BigDecimal pointsToNextBand, Boolean certifiable, Authority authority, List<String> knockOuts,
            List<ExpectedProblem> sheetProblems, Classification.Status status, List<String> rescore,
            Map<MinimumPolicy, String> alternatives, List<Routing.Route> routes) {

        /**
         * Checks and copies the components.
         *
         * @param totals each member's total, in member order ({@code times} repeats counted), or null
         * @param parts the members' mean points per part, 2 decimals as the explanation shows them, or null
         * @param criteria the members' mean points per criterion, 2 decimals, or null
         * @param mean the exact mean total (rounded to 10 decimals when it does not terminate), or null
         * @param meanDisplay the mean as displayed (2 decimals, half up), or null
         * @param bandStars the star class of the point band the mean falls in, or null
         * @param stars the star class awarded, or null (also when {@code rejected})
         * @param rejected true when a knock-out must reject the product ({@code "stars": "rejected"} in JSON), or
         *        null when {@code stars} is not checked
         * @param failedMinimums the minimums missed up to the band's star, as distinct (criterion, star) pairs, or
         *        null; {@code []} means none may be missed
         * @param minimumsForNextStar the minimums missed for the next star up, or null
         * @param pointsToNextBand points the mean lacks for the next star's band, or null
         * @param certifiable whether a recognition decision and certificate follow, or null
         * @param authority who recognises the product, or null
         * @param knockOuts codes of the knock-out rules that rejected the product, or null
         * @param sheetProblems problems the engine must report instead of a result, or null; when given, no other key
         *        may be
         * @param status the status of the result, or null
         * @param rescore the members the council must send back to score again, or null
         * @param alternatives what each other minimum policy would give, or null
         * @param routes the routes open after the result, or null
         * @throws RuleCheckException listing every problem: stars and rejected at once, nothing to check, a result
         *         expected together with sheet problems, a null expected figure
         */
        public Expected {
            Checks c = new Checks();
            totals = totals == null ? null : List.copyOf(totals);
            parts = parts == null ? null : codeMap(parts, "parts", c);
            criteria = criteria == null ? null : codeMap(criteria, "criteria", c);
            failedMinimums = failedMinimums == null ? null : List.copyOf(failedMinimums);
            minimumsForNextStar = minimumsForNextStar == null ? null : List.copyOf(minimumsForNextStar);
            knockOuts = knockOuts == null ? null : c.codes(knockOuts, "knockOuts");
            sheetProblems = sheetProblems == null ? null : List.copyOf(sheetProblems);
            rescore = rescore == null ? null : c.codes(rescore, "rescore");
            alternatives = alternatives == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(alternatives));
            routes = routes == null ? null : List.copyOf(routes);
            if (stars != null && Boolean.TRUE.equals(rejected)) {
                c.problem("$.stars", "a product cannot be both classed " + stars + " and rejected");
            }
            boolean any = totals != null || parts != null || criteria != null || mean != null || meanDisplay != null
                    || bandStars != null || stars != null || rejected != null || failedMinimums != null
                    || minimumsForNextStar != null || pointsToNextBand != null || certifiable != null
                    || authority != null || knockOuts != null || status != null || rescore != null
                    || alternatives != null || routes != null;
            if (sheetProblems != null && any) {
                c.problem("$.sheetProblems", "'sheetProblems' expects the sheets to be refused; do not expect a result "
                        + "(totals, stars, …) in the same case");
            }
            if (sheetProblems == null && !any) {
                c.problem("$", "'expected' names nothing to check");
            }
            c.done();
        }

        /**
         * Reads the case file's form, where {@code stars} is a star class (1 to 5) or {@code "rejected"}.
         *
         * @return the expected outcome
         * @throws RuleCheckException if {@code stars} is neither, or as the canonical constructor
         */
        static Expected fromFile(List<BigDecimal> totals, Map<String, BigDecimal> parts,
                Map<String, BigDecimal> criteria, BigDecimal mean, BigDecimal meanDisplay, Star bandStars,
                Object stars, List<ExpectedMinimum> failedMinimums, List<ExpectedMinimum> minimumsForNextStar,
                BigDecimal pointsToNextBand, Boolean certifiable, Authority authority, List<String> knockOuts,
                List<ExpectedProblem> sheetProblems, Classification.Status status, List<String> rescore,
                Map<MinimumPolicy, Object> alternatives, List<Routing.Route> routes) {
            Star s = null;
            Boolean rejected = null;
            if ("rejected".equals(stars)) {
                rejected = Boolean.TRUE;
            } else if (stars instanceof Integer level && level >= 1 && level <= 5) {
                s = Star.of(level);
                rejected = Boolean.FALSE;
            } else if (stars != null) {
                Checks c = new Checks();
                c.problem("$.stars", "'stars' must be a star class 1 to 5 or \"rejected\", was " + stars);
                c.done();
            }
            Map<MinimumPolicy, String> alts = null;
            if (alternatives != null) {
                alts = new LinkedHashMap<>();
                Checks c = new Checks();
                for (Map.Entry<MinimumPolicy, Object> e : alternatives.entrySet()) {
                    Object v = e.getValue();
                    if ("stopped".equals(v) || v instanceof Integer level && level >= 1 && level <= 5) {
                        alts.put(e.getKey(), String.valueOf(v));
                    } else {
                        c.problem("$.alternatives." + e.getKey(), "an alternative is a star class 1 to 5 or "
                                + "\"stopped\", was " + v);
                    }
                }
                c.done();
            }
            return new Expected(totals, parts, criteria, mean, meanDisplay, bandStars, s, rejected, failedMinimums,
                    minimumsForNextStar, pointsToNextBand, certifiable, authority, knockOuts, sheetProblems, status,
                    rescore, alts, routes);
        }

        private static Map<String, BigDecimal> codeMap(Map<String, BigDecimal> in, String key, Checks c) {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            for (Map.Entry<String, BigDecimal> e : in.entrySet()) {
                if (e.getValue() == null) {
                    c.problem("$." + key + Checks.key(e.getKey()), "expected points for '" + e.getKey() + "' are null");
                } else {
                    out.put(Text.nfc(e.getKey()), e.getValue());
                }
            }
            return Collections.unmodifiableMap(out);
        }
    }
}
