package vn.ocop.minutes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.StarBand;
import vn.ocop.scoring.Classification;
import vn.ocop.scoring.CouncilResult;
import vn.ocop.scoring.Explanation;
import vn.ocop.scoring.FailedMinimum;
import vn.ocop.scoring.KnockOutOutcome;
import vn.ocop.scoring.MinimumPolicy;
import vn.ocop.scoring.SheetScore;

/**
 * The council's minutes as data: the heading (council, product, producer, place, date), each member's part scores
 * and total, the mean, band, star class, status and recognising authority, the star minimums missed (by criterion,
 * with the members who missed them), the knock-out conditions raised and by whom, and how star minimums were
 * applied. Written by {@link MinutesFormatter}.
 *
 * <p>Further sections (attendance and quorum, spread and re-scoring, knock-out decisions, what other minimum
 * policies would give, routing) are added with {@link #with(Section)}: each belongs to a {@link Slot} and is written
 * after the built-in content of that slot, in the order added.
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
    private final List<Section> sections;

    private CouncilMinutes(Heading heading, CouncilResult r, List<Section> sections) {
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
        this.sections = List.copyOf(sections);
    }

    /**
     * @param result a council's result, not null
     * @param heading the heading of the minutes, not null ({@link Heading#EMPTY} for blanks to fill in by hand)
     * @return the minutes
     */
    public static CouncilMinutes of(CouncilResult result, Heading heading) {
        return new CouncilMinutes(Objects.requireNonNull(heading, "heading"), Objects.requireNonNull(result, "result"),
                List.of());
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

    /** Where a further section goes in the minutes. */
    public enum Slot {
        /** After the council's members: attendance and quorum. */
        COUNCIL,
        /** After the members' scores: spread, re-scoring, a second round. */
        SCORES,
        /** After the result: routing (who recognises, what comes next). */
        RESULT,
        /** After the minimums missed: what other minimum policies would give. */
        MINIMUMS,
        /** After the knock-out conditions raised: the council's decisions on them. */
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
