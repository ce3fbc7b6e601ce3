package vn.ocop.minutes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.Routing;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.Explanation;
import vn.ocop.scoring.FailedMinimum;
import vn.ocop.scoring.Attendance;
import vn.ocop.scoring.KnockOutOutcome;
import vn.ocop.scoring.MemberTotal;
import vn.ocop.scoring.MinimumPolicy;
import vn.ocop.scoring.PolicyAlternative;
import vn.ocop.scoring.SheetScore;

/**
 * The council's minutes as data, taken from the {@link CouncilResult} alone: the heading (council, product,
 * producer, place, date); who took part, the chair and the quorum of the council's rules, and whether it was met
 * ({@link #attendance()}); each member's part scores and total; the spread of the totals, the members beyond the
 * council's threshold, the members the rules send back to score again and, after a second round, the first-round
 * totals it replaced; the mean, band, star class, status and recognising authority; where the result goes next
 * ({@link #routing()}, for the registration given to {@link #of(CouncilResult, Heading, RegistrationKind)}); the
 * star minimums missed (by criterion, with the members who missed them), the minimum policy applied and what the
 * other policies would give; the knock-out conditions raised, by whom, and the council's verdict on each. Written by
 * {@link MinutesFormatter}.
 *
 * <p>Further sections of the caller's own (a note of the meeting, an opinion recorded) are added with
 * {@link #with(Section)}: each belongs to a {@link Slot} and is written after the built-in content of that slot, in
 * the order added.
 *
 * <p>Immutable and thread-safe.
 */
public final class CouncilMinutes {
    private final Heading heading;
    private final String edition;
    private final String editionCitation;
    private final int set;
    private final String setName;
    private final String setNameEn;
    private final List<String> parts;
    private final List<MemberScores> members;
    private final BigDecimal mean;
    private final BigDecimal meanDisplay;
    private final Classification classification;
    private final MinimumPolicy policy;
    private final List<MissedMinimum> missedMinimums;
    private final Attendance attendance;
    private final BigDecimal spread;
    private final BigDecimal outlierPoints;
    private final List<MemberTotal> memberTotals;
    private final List<String> outliers;
    private final List<String> rescoreRequired;
    private final List<String> rescored;
    private final List<MemberScores> firstRound;
    private final List<PolicyAlternative> alternatives;
    private final RegistrationKind registration;
    private final Routing.Decision routing;
    private final List<Section> sections;

    private CouncilMinutes(Heading heading, CouncilResult r, RegistrationKind registration, List<Section> sections) {
        this.heading = heading;
        Explanation x = r.explanation();
        this.edition = r.edition();
        this.editionCitation = x.editionCitation();
        this.set = r.set();
        this.setName = x.setName();
        this.setNameEn = x.setNameEn();
        List<MemberScores> ms = new ArrayList<>();
        List<String> partCodes = new ArrayList<>();
        for (SheetScore s : r.sheets()) {
            ms.add(new MemberScores(s.member(), s.parts(), s.total()));
            s.parts().keySet().forEach(p -> {
                if (!partCodes.contains(p)) {
                    partCodes.add(p);
                }
            });
        }
        this.parts = List.copyOf(partCodes);
        this.members = List.copyOf(ms);
        this.mean = r.mean();
        this.meanDisplay = r.meanDisplay();
        this.classification = r.classification();
        this.policy = x.policy();
        this.missedMinimums = missed(x.failedMinimums());
        this.attendance = r.attendance();
        this.spread = r.spread();
        this.outlierPoints = r.rules().outlierPoints();
        this.memberTotals = r.members();
        this.outliers = r.outliers();
        this.rescoreRequired = r.classification().rescore();
        this.rescored = r.rescored();
        List<MemberScores> first = new ArrayList<>();
        for (SheetScore s : r.firstRound()) {
            first.add(new MemberScores(s.member(), s.parts(), s.total()));
        }
        this.firstRound = List.copyOf(first);
        this.alternatives = r.alternatives();
        this.registration = registration;
        this.routing = Routing.provincial(r, registration);
        this.sections = List.copyOf(sections);
    }

    /**
     * The minutes of a provincial council on a first registration ({@link RegistrationKind#FIRST}); for an upgrade or
     * a re-evaluation, whose routing cites other articles, use {@link #of(CouncilResult, Heading, RegistrationKind)}.
     *
     * @param result a provincial council's result, not null
     * @param heading the heading of the minutes, not null ({@link Heading#EMPTY} for blanks to fill in by hand)
     * @return the minutes
     */
    public static CouncilMinutes of(CouncilResult result, Heading heading) {
        return of(result, heading, RegistrationKind.FIRST);
    }

    /**
     * The minutes of a provincial council, routed by {@link Routing#provincial(CouncilResult, RegistrationKind)}.
     *
     * @param result a provincial council's result, not null
     * @param heading the heading of the minutes, not null ({@link Heading#EMPTY} for blanks to fill in by hand)
     * @param registration what the product was registered for, not null
     * @return the minutes
     */
    public static CouncilMinutes of(CouncilResult result, Heading heading, RegistrationKind registration) {
        return new CouncilMinutes(Objects.requireNonNull(heading, "heading"), Objects.requireNonNull(result, "result"),
                Objects.requireNonNull(registration, "registration"), List.of());
    }

    private CouncilMinutes(CouncilMinutes m, List<Section> sections) {
        this.heading = m.heading;
        this.edition = m.edition;
        this.editionCitation = m.editionCitation;
        this.set = m.set;
        this.setName = m.setName;
        this.setNameEn = m.setNameEn;
        this.parts = m.parts;
        this.members = m.members;
        this.mean = m.mean;
        this.meanDisplay = m.meanDisplay;
        this.classification = m.classification;
        this.policy = m.policy;
        this.missedMinimums = m.missedMinimums;
        this.attendance = m.attendance;
        this.spread = m.spread;
        this.outlierPoints = m.outlierPoints;
        this.memberTotals = m.memberTotals;
        this.outliers = m.outliers;
        this.rescoreRequired = m.rescoreRequired;
        this.rescored = m.rescored;
        this.firstRound = m.firstRound;
        this.alternatives = m.alternatives;
        this.registration = m.registration;
        this.routing = m.routing;
        this.sections = List.copyOf(sections);
    }

    /**
     * @param section a further section, not null
     * @return these minutes with the section added after the others of its slot
     */
    public CouncilMinutes with(Section section) {
        List<Section> s = new ArrayList<>(sections);
        s.add(Objects.requireNonNull(section, "section"));
        return new CouncilMinutes(this, s);
    }

    private static List<MissedMinimum> missed(List<FailedMinimum> failed) {
        Map<String, MissedMinimum> byKey = new LinkedHashMap<>();
        for (FailedMinimum f : failed) {
            String key = f.stars() + "|" + f.criterion();
            MissedMinimum m = byKey.get(key);
            List<String> who = new ArrayList<>(m == null ? List.of() : m.members());
            if (f.member() != null && !who.contains(f.member())) {
                who.add(f.member());
            }
            byKey.put(key, new MissedMinimum(f.stars(), f.criterion(), f.criterionName(), f.criterionNameEn(),
                    f.required(), who, f.citation()));
        }
        return List.copyOf(byKey.values());
    }

    /** @return the heading */
    public Heading heading() {
        return heading;
    }

    /** @return the edition's id */
    public String edition() {
        return edition;
    }

    /** @return the citation of the decision whose rubric was applied */
    public String editionCitation() {
        return editionCitation;
    }

    /** @return the rubric set's number */
    public int set() {
        return set;
    }

    /** @return the rubric set's name */
    public String setName() {
        return setName;
    }

    /** @return the rubric set's English name, or null when the rubric data has none */
    public String setNameEn() {
        return setNameEn;
    }

    /** @return the part codes, in the law's order */
    public List<String> parts() {
        return parts;
    }

    /** @return each member's part scores and total, in the council's order */
    public List<MemberScores> members() {
        return members;
    }

    /** @return the exact mean total */
    public BigDecimal mean() {
        return mean;
    }

    /** @return the mean as shown (2 decimals) */
    public BigDecimal meanDisplay() {
        return meanDisplay;
    }

    /** @return the band of the mean, before star minimums */
    public StarBand band() {
        return classification.band();
    }

    /** @return the star class, or null when the product is rejected */
    public Star stars() {
        return classification.stars();
    }

    /** @return the outcome */
    public Classification.Status status() {
        return classification.status();
    }

    /** @return who recognises the class ({@link Authority#NONE} for 1★, 2★ or a rejection) */
    public Authority authority() {
        return classification.authority();
    }

    /**
     * @return the knock-out conditions raised, one outcome per rule: the council's verdict and the findings, each
     *         with who raised it (a null member for the council)
     */
    public List<KnockOutOutcome> knockOuts() {
        return classification.knockOuts();
    }

    /** @return how star minimums were applied */
    public MinimumPolicy policy() {
        return policy;
    }

    /** @return the star minimums missed that lowered the class, by criterion, with the members who missed each */
    public List<MissedMinimum> missedMinimums() {
        return missedMinimums;
    }

    /**
     * @return who took part in the first round (present, appointed, the chair and whether the chair took part)
     *         against the quorum of the council's rules; not null
     */
    public Attendance attendance() {
        return attendance;
    }

    /** @return the highest minus the lowest member's total, over the sheets the result is taken over; not null */
    public BigDecimal spread() {
        return spread;
    }

    /** @return the council's threshold: how far a member's total may lie from the others' mean; not null */
    public BigDecimal outlierPoints() {
        return outlierPoints;
    }

    /** @return each member's total, the others' mean and whether it lies beyond the threshold, in member order */
    public List<MemberTotal> memberTotals() {
        return memberTotals;
    }

    /** @return the members whose total lies beyond the council's threshold, in member order; not null */
    public List<String> outliers() {
        return outliers;
    }

    /**
     * @return the members the council's rules send back to score again (the result then awaits a second round);
     *         empty when none; not null
     */
    public List<String> rescoreRequired() {
        return rescoreRequired;
    }

    /** @return the members whose second-round sheet replaced their first-round one; empty without a second round */
    public List<String> rescored() {
        return rescored;
    }

    /**
     * @return each member's first-round scores, in member order: the same as {@link #members()} without a second
     *         round; not null
     */
    public List<MemberScores> firstRound() {
        return firstRound;
    }

    /** @return the other minimum policies that would give another result, with the star class each gives */
    public List<PolicyAlternative> alternatives() {
        return alternatives;
    }

    /** @return what the product was registered for ({@link RegistrationKind#FIRST} unless given); not null */
    public RegistrationKind registration() {
        return registration;
    }

    /** @return where the result goes next, with the article that says so; not null */
    public Routing.Decision routing() {
        return routing;
    }

    /** @return the further sections, in the order added */
    public List<Section> sections() {
        return sections;
    }

    /**
     * @param slot a slot
     * @return the further sections of that slot, in the order added
     */
    public List<Section> sections(Slot slot) {
        return sections.stream().filter(s -> s.slot() == slot).toList();
    }

    /**
     * The heading of the minutes: what the result does not know. Every field may be null (a blank line to fill in).
     *
     * @param council the council's name ("Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Trà Vinh"), or null
     * @param product the product's name, or null
     * @param productCode the product's code, or null
     * @param producer the producer's name, or null
     * @param place where the council met, or null
     * @param date the day of the meeting, or null
     */
    public record Heading(String council, String product, String productCode, String producer, String place,
            LocalDate date) {
        /** A heading with every field blank. */
        public static final Heading EMPTY = new Heading(null, null, null, null, null, null);
    }

    /**
     * One member's scores.
     *
     * @param member the member's name, not null
     * @param parts points per part code, in order, not null
     * @param total total points, not null
     */
    public record MemberScores(String member, Map<String, BigDecimal> parts, BigDecimal total) {
        /**
         * Copies the components.
         *
         * @param member the member's name, not null
         * @param parts points per part code, in order, not null
         * @param total total points, not null
         */
        public MemberScores {
            Objects.requireNonNull(member, "member");
            parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
            Objects.requireNonNull(total, "total");
        }
    }

    /**
     * A star minimum missed, with the members who missed it.
     *
     * @param stars the star class the minimum belongs to, not null
     * @param criterion the criterion's code, not null
     * @param criterionName its name, not null
     * @param criterionNameEn its English name, or null
     * @param required the points the minimum asks for, not null
     * @param members the members whose sheets miss it, in order; empty when the agreed sheet or the mean misses it
     * @param citation where the minimum stands in the decision, not null
     */
    public record MissedMinimum(Star stars, String criterion, String criterionName, String criterionNameEn,
            BigDecimal required, List<String> members, String citation) {
        /**
         * Copies the components.
         *
         * @param stars the star class, not null
         * @param criterion the criterion's code, not null
         * @param criterionName its name, not null
         * @param criterionNameEn its English name, or null
         * @param required the points asked for, not null
         * @param members the members who miss it, not null
         * @param citation where it stands, not null
         */
        public MissedMinimum {
            Objects.requireNonNull(stars, "stars");
            Objects.requireNonNull(criterion, "criterion");
            members = List.copyOf(members);
        }
    }

    /** Where a further section goes in the minutes: after the built-in content of the part named. */
    public enum Slot {
        /** After the council's attendance and quorum. */
        COUNCIL,
        /** After the members' scores, spread, re-scoring and second round. */
        SCORES,
        /** After the result and its routing. */
        RESULT,
        /** After the minimums missed, the policy applied and what the other policies would give. */
        MINIMUMS,
        /** After the knock-out conditions raised and the council's verdicts on them. */
        KNOCK_OUTS
    }

    /**
     * A further section of the minutes, already in the reader's language.
     *
     * @param slot where it goes, not null
     * @param heading its heading, not null
     * @param lines its lines, in order, not null
     */
    public record Section(Slot slot, String heading, List<String> lines) {
        /**
         * Copies the components.
         *
         * @param slot where it goes, not null
         * @param heading its heading, not null
         * @param lines its lines, not null
         */
        public Section {
            Objects.requireNonNull(slot, "slot");
            Objects.requireNonNull(heading, "heading");
            lines = List.copyOf(lines);
        }
    }

    @Override
    public String toString() {
        return "CouncilMinutes[" + edition + " set " + set + ", " + members.size() + " members, mean "
                + mean.toPlainString() + "]";
    }
}
