package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.rubric.RubricFixture.at;
import static vn.ocop.rubric.RubricFixture.edition;
import static vn.ocop.rubric.RubricFixture.inSet;
import static vn.ocop.rubric.RubricFixture.load;
import static vn.ocop.rubric.RubricFixture.parse;
import static vn.ocop.rubric.RubricFixture.problems;
import static vn.ocop.rubric.RubricFixture.set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ocop.Problem;

/** Set-level rules of the loader (FORMAT.md, "Rules the loader enforces"), one rule per test, exact problems. */
class RubricLoaderSetRulesTest {
    static final String C11 = "$.parts[0].groups[0].criteria[0]";
    static final String C12 = "$.parts[0].groups[0].criteria[1]";
    static final String C21 = "$.parts[1].groups[0].criteria[0]";

    static ObjectNode c11(ObjectNode s) {
        return at(s, "parts.0.groups.0.criteria.0");
    }

    static ObjectNode c12(ObjectNode s) {
        return at(s, "parts.0.groups.0.criteria.1");
    }

    static ObjectNode c21(ObjectNode s) {
        return at(s, "parts.1.groups.0.criteria.0");
    }

    static ObjectNode option(ObjectNode criterion, int i) {
        return (ObjectNode) criterion.get("options").get(i);
    }

    static RubricSet loadSet1(ObjectNode s) {
        return load(edition(), s).set(1);
    }

    @Test
    void theFixtureSetLoadsWithEveryField() {
        RubricSet s = loadSet1(set());
        assertThat(s.editionId()).isEqualTo("T");
        assertThat(s.name()).isEqualTo("Bộ 1");
        assertThat(s.nameEn()).isEqualTo("Set one");
        assertThat(s.taxonomy()).isEqualTo("I.1.a");
        assertThat(s.citation()).isEqualTo("PL");
        assertThat(s.leafCriteria()).extracting(Criterion::code).containsExactly("1.1", "1.2", "2.1.1", "2.1.2");
        // compound criteria and their sub-criteria are found by code
        assertThat(s.criterion("2.1").criteria()).hasSize(2);
        assertThat(s.criterion("2.1.2").max()).isEqualByComparingTo("20");
        assertThat(s.criterion("9.9")).isNull();
        assertThat(s.criterion("1.2").onlyIf()).isEqualTo(new OnlyIf("1.1", List.of("b", "c"), "khi b, c"));
        assertThat(s.criterion("1.1").option("c").minStars()).isEqualTo(Star.of(4));
        assertThat(s.criterion("1.1").option("a").minStars()).isNull();
        assertThat(s.knockOut("KO1")).isEqualTo(KnockOut.finding("KO1", "Loại", "kc", "1.1", KnockOut.Effect.REJECT));
        assertThat(s.knockOut("KO1").answerDriven()).isFalse();
        assertThat(s.doubts()).isEmpty();
        assertThat(s.unverified()).isFalse();
        assertThat(s.citeCriterion("1.1")).isEqualTo("PL, tiêu chí 1.1");
        assertThat(s.citeOption("1.1", 2)).isEqualTo("PL, tiêu chí 1.1, lựa chọn thứ 3");
        assertThat(s.toString()).isEqualTo("T set 1 (Bộ 1)");
    }

    // ------------------------------------------------------------------ set header and parts

    @Test
    void unknownTaxonomyCode() {
        ObjectNode s = set();
        s.put("taxonomy", "IX");
        assertThat(problems(edition(), s)).containsExactly(inSet("$.taxonomy", "unknown taxonomy code IX"));
    }

    @Test
    void taxonomyNodeOfAnotherSet() {
        ObjectNode s = set();
        s.put("taxonomy", "I.1.b");
        assertThat(problems(edition(), s)).containsExactly(inSet("$.taxonomy", "taxonomy I.1.b names set 2, not 1"));
    }

    @Test
    void aTaxonomyNodeThatNamesNoSetIsAccepted() {
        ObjectNode s = set();
        s.put("taxonomy", "I.1");
        assertThat(loadSet1(s).taxonomy()).isEqualTo("I.1");
    }

    @Test
    void aPartTheEditionDoesNotHave() {
        ObjectNode s = set();
        ((ArrayNode) s.get("parts")).add(parse("{\"code\": \"D\", \"max\": 0, \"groups\": []}"));
        assertThat(problems(edition(), s)).containsExactly(inSet("$.parts[2].code", "part D is not a part of edition T [A, B]"));
    }

    @Test
    void aPartTwice() {
        ObjectNode s = set();
        ((ArrayNode) s.get("parts")).add(parse("{\"code\": \"A\", \"max\": 0, \"groups\": []}"));
        assertThat(problems(edition(), s)).containsExactly(
                inSet("$.parts[2].code", "duplicate part code A"),
                inSet("$.parts[2].max", "part A has max 0 but the edition fixes 60 (pA)"));
    }

    @Test
    void aMissingPart() {
        ObjectNode s = set();
        ((ArrayNode) s.get("parts")).remove(1);
        assertThat(problems(edition(), s)).containsExactly(
                inSet("$.parts", "missing part B"),
                inSet("$.parts", "parts sum to 60, not 100"));
    }

    @Test
    void groupsMustSumToTheirPart() {
        ObjectNode s = set();
        at(s, "parts.1.groups.0").put("max", 30);
        assertThat(problems(edition(), s)).containsExactly(
                inSet("$.parts[1].groups[0].criteria", "criteria of group 2 sum to 40, not its max 30"),
                inSet("$.parts[1].groups", "groups of part B sum to 30, not its max 40"));
    }

    @Test
    void duplicateGroupCode() {
        ObjectNode s = set();
        at(s, "parts.1.groups.0").put("code", "1");
        assertThat(problems(edition(), s)).containsExactly(inSet("$.parts[1].groups[0].code", "duplicate group code 1"));
    }

    @Test
    void duplicateCriterionCodeNamesTheFirst() {
        ObjectNode s = set();
        at(s, "parts.1.groups.0.criteria.0.criteria.1").put("code", "1.1");
        assertThat(problems(edition(), s)).containsExactly(inSet(C21 + ".criteria[1].code",
                "duplicate criterion code 1.1 (first at " + C11 + ")"));
    }

    // ------------------------------------------------------------------ knock-outs

    @Test
    void knockOutRules() {
        ObjectNode s = set();
        ArrayNode kos = (ArrayNode) s.get("knockOuts");
        kos.add(parse("{\"code\": \"KO2\", \"label\": \"l\", \"citation\": \"c\", \"criterion\": \"9.9\", "
                + "\"effect\": \"STOP\"}"));
        kos.add(parse("{\"code\": \"KO1\", \"label\": \"l\", \"citation\": \"c\", \"effect\": \"REJECT\"}"));
        kos.add(parse("{\"code\": \"KO3\", \"label\": \"l\", \"citation\": \"c\"}"));
        kos.add(parse("{\"code\": \"KO4\", \"label\": \"l\", \"citation\": \"c\", \"effect\": \"LOẠI\"}"));
        assertThat(problems(edition(), s)).containsExactly(
                inSet("$.knockOuts[1].criterion", "unknown criterion 9.9"),
                inSet("$.knockOuts[2].code", "duplicate knock-out code KO1"),
                inSet("$.knockOuts[3].effect", "missing required key 'effect'"),
                inSet("$.knockOuts[4].effect", "unknown effect 'LOẠI'; one of REJECT, NOT_EVALUATED, STOP"));
    }

    @Test
    void aKnockOutMayNoteACompoundCriterion() {
        ObjectNode s = set();
        ((ArrayNode) s.get("knockOuts")).add(parse("{\"code\": \"KO2\", \"label\": \"l\", \"citation\": \"c\", "
                + "\"criterion\": \"2.1\", \"effect\": \"STOP\"}"));
        assertThat(loadSet1(s).knockOut("KO2").criterion()).isEqualTo("2.1");
    }

    /** A rule on answers: 0 points on 1.1 (option a) or "no" on 2.1.1 stops the evaluation. */
    @Test
    void aRuleOnAnswersIsReadWithItsConditions() {
        ObjectNode s = set();
        ((ArrayNode) s.get("knockOuts")).add(parse("""
                {"code": "KO2", "label": "0 điểm", "citation": "c", "effect": "STOP",
                 "when": [{"criterion": "1.1", "options": ["a"]}, {"criterion": "2.1.1", "options": ["no"]}]}"""));
        KnockOut ko = loadSet1(s).knockOut("KO2");
        assertThat(ko.answerDriven()).isTrue();
        assertThat(ko.effect()).isEqualTo(KnockOut.Effect.STOP);
        assertThat(ko.when()).containsExactly(new AnswerCondition("1.1", List.of("a")),
                new AnswerCondition("2.1.1", List.of("no")));
    }

    /** Every problem of a rule on answers is reported, each at its path. */
    @Test
    void aRuleOnAnswersNamesAnswerableCriteriaWithoutConditionAndTheirLowestOptions() {
        ObjectNode s = set();
        ((ArrayNode) s.get("knockOuts")).add(parse("""
                {"code": "KO2", "label": "l", "citation": "c", "effect": "STOP", "when": [
                  {"criterion": "9.9", "options": ["a"]},
                  {"criterion": "2.1", "options": ["a"]},
                  {"criterion": "1.2", "options": ["no"]},
                  {"criterion": "1.1", "options": ["b"]},
                  {"criterion": "1.1", "options": ["a"]},
                  {"criterion": "2.1.2", "options": ["z"]},
                  {"criterion": "2.1.1", "options": []}]}"""));
        ((ArrayNode) s.get("knockOuts")).add(parse("""
                {"code": "KO3", "label": "l", "citation": "c", "effect": "STOP", "when": []}"""));
        String w = "$.knockOuts[1].when";
        assertThat(problems(edition(), s)).containsExactly(
                inSet(w + "[0].criterion", "unknown criterion 9.9"),
                inSet(w + "[1].criterion", "criterion 2.1 is answered through its sub-criteria; name one of those"),
                inSet(w + "[2].criterion", "criterion 1.2 applies only if khi b, c; a rule on answers cannot look at it"),
                inSet(w + "[3].options", "the options of a rule on answers must be the lowest of 1.1: [a] score no "
                        + "more than 10 points and are not listed"),
                inSet(w + "[4].criterion", "criterion 1.1 is named twice; list all its options once"),
                inSet(w + "[5].options[0]", "criterion 2.1.2 has no option 'z'"),
                inSet(w + "[6].options", "'options' lists no option of 2.1.1"),
                inSet("$.knockOuts[2].when", "'when' lists no answer; leave it out for a rule raised as a finding"));
    }

    // ------------------------------------------------------------------ only-if

    @Test
    void onlyIfMustNameAnAnswerableCriterion() {
        ObjectNode unknown = set();
        ((ObjectNode) c12(unknown).get("onlyIf")).put("criterion", "9.9");
        assertThat(problems(edition(), unknown)).containsExactly(inSet(C12 + ".onlyIf",
                "onlyIf names 9.9, which is not an answerable criterion of this set"));
        ObjectNode compound = set();
        ((ObjectNode) c12(compound).get("onlyIf")).put("criterion", "2.1");
        assertThat(problems(edition(), compound)).containsExactly(inSet(C12 + ".onlyIf",
                "onlyIf names 2.1, which is not an answerable criterion of this set"));
    }

    @Test
    void onlyIfMustNotReferToItself() {
        ObjectNode s = set();
        ObjectNode oi = (ObjectNode) c12(s).get("onlyIf");
        oi.put("criterion", "1.2");
        ((ArrayNode) oi.get("options")).removeAll().add("yes");
        assertThat(problems(edition(), s)).containsExactly(inSet(C12 + ".onlyIf", "onlyIf refers to the criterion itself"));
    }

    @Test
    void onlyIfOptionsMustExist() {
        ObjectNode s = set();
        ((ArrayNode) c12(s).get("onlyIf").get("options")).add("z");
        assertThat(problems(edition(), s)).containsExactly(inSet(C12 + ".onlyIf",
                "onlyIf names option z that criterion 1.1 does not have"));
    }

    @Test
    void onlyIfOnAYesNoTargetUsesYesAndNo() {
        ObjectNode s = set();
        ObjectNode oi = (ObjectNode) c11(s).putObject("onlyIf");
        oi.put("criterion", "2.1.1").put("label", "khi có");
        oi.putArray("options").add("yes");
        assertThat(loadSet1(s).criterion("1.1").onlyIf().options()).containsExactly("yes");
    }

    @Test
    void onlyIfNeedsAnOption() {
        ObjectNode s = set();
        ((ArrayNode) c12(s).get("onlyIf").get("options")).removeAll();
        assertThat(problems(edition(), s)).containsExactly(inSet(C12 + ".onlyIf.options", "onlyIf needs at least one option"));
    }

    @Test
    void onlyIfNotOnACompoundCriterion() {
        ObjectNode s = set();
        c21(s).set("onlyIf", c12(s).get("onlyIf").deepCopy());
        assertThat(problems(edition(), s)).containsExactly(inSet(C21 + ".onlyIf",
                "onlyIf belongs on an answerable criterion, not a compound one"));
    }

    // ------------------------------------------------------------------ criteria

    @Test
    void criterionMaxMustBePositive() {
        ObjectNode s = set();
        at(s, "parts.1.groups.0.criteria.0.criteria.0").put("max", 0);
        assertThat(problems(edition(), s)).containsExactly(
                inSet(C21 + ".criteria[0].max", "criterion max must be positive, was 0"),
                inSet(C21 + ".criteria", "sub-criteria of 2.1 sum to 20, not its max 40"));
    }

    @Test
    void exactlyOneKindOfAnswer() {
        ObjectNode both = set();
        c12(both).set("options", c11(both).get("options").deepCopy());
        assertThat(problems(edition(), both)).containsExactly(inSet(C12,
                "criterion 1.2 needs exactly one of 'options', 'criteria' or 'yesNo': true"));
        ObjectNode none = set();
        c12(none).remove("yesNo");
        assertThat(problems(edition(), none)).containsExactly(inSet(C12,
                "criterion 1.2 needs exactly one of 'options', 'criteria' or 'yesNo': true"));
    }

    @Test
    void casesNeedOptions() {
        ObjectNode s = set();
        c12(s).putArray("cases").add(parse("{\"code\": \"TH1\", \"label\": \"l\"}"));
        assertThat(problems(edition(), s)).containsExactly(inSet(C12 + ".cases", "cases need options"));
    }

    @Test
    void anEmptyOptionList() {
        ObjectNode s = set();
        ((ArrayNode) c11(s).get("options")).removeAll();
        // the onlyIf of 1.2 then names options 1.1 does not have
        assertThat(problems(edition(), s)).containsExactly(
                inSet(C11 + ".options", "criterion 1.1 has no options"),
                inSet(C12 + ".onlyIf", "onlyIf names option b that criterion 1.1 does not have"),
                inSet(C12 + ".onlyIf", "onlyIf names option c that criterion 1.1 does not have"));
    }

    // ------------------------------------------------------------------ options

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "none"})
    void reservedOptionCodes(String code) {
        ObjectNode s = set();
        option(c11(s), 0).put("code", code);
        assertThat(problems(edition(), s)).containsExactly(inSet(C11 + ".options[0].code", "option code '" + code + "' is reserved"));
    }

    @Test
    void duplicateOptionCode() {
        ObjectNode s = set();
        option(c11(s), 0).put("code", "b");
        assertThat(problems(edition(), s)).containsExactly(inSet(C11 + ".options[1].code", "duplicate option code b in criterion 1.1"));
    }

    @Test
    void negativePoints() {
        ObjectNode s = set();
        option(c11(s), 0).put("points", -1);
        assertThat(problems(edition(), s)).containsExactly(inSet(C11 + ".options[0].points", "points must not be negative, was -1"));
    }

    @Test
    void zeroPointsAndOptionsInAnyOrderAreFine() {
        ObjectNode s = set();
        ArrayNode opts = (ArrayNode) c11(s).get("options");
        ArrayNode reversed = opts.arrayNode().add(opts.get(2)).add(opts.get(1)).add(opts.get(0));
        c11(s).set("options", reversed);
        assertThat(loadSet1(s).criterion("1.1").options()).extracting(Option::code).containsExactly("c", "b", "a");
    }

    @Test
    void theHighestOptionMayStayBelowTheMaxWhenDoubtsSayWhy() {
        ObjectNode s = set();
        option(c11(s), 2).put("points", 25);
        assertThat(problems(edition(), s)).containsExactly(inSet(C11 + ".options",
                "the highest option of 1.1 gives 25 points but the maximum is 30 (record the reason in 'doubts' if the law says so)"));
        c11(s).putArray("doubts").add("the decision's text gives 25");
        assertThat(loadSet1(s).criterion("1.1").doubts()).containsExactly("the decision's text gives 25");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 6})
    void minStarsIsThreeFourOrFive(int stars) {
        ObjectNode s = set();
        option(c11(s), 1).put("minStars", stars);
        assertThat(problems(edition(), s)).containsExactly(inSet(C11 + ".options[1].minStars",
                "minStars must be 3, 4 or 5, was " + stars));
    }

    @Test
    void fiveStarMarkerIsAccepted() {
        ObjectNode s = set();
        option(c11(s), 2).put("minStars", 5);
        assertThat(loadSet1(s).criterion("1.1").option("c").minStars()).isEqualTo(Star.of(5));
    }

    @Test
    void markersOfHigherClassesMayEqualLowerOnes() {
        ObjectNode s = set();
        option(c11(s), 2).put("points", 10);
        c11(s).putArray("doubts").add("4★ and 3★ share an option in the law");
        // 4★ minimum 10 points = 3★ minimum 10 points: not "below"
        assertThat(loadSet1(s).criterion("1.1").option("c").points()).isEqualByComparingTo("10");
    }

    @Test
    void twoMarkersOfTheSameClassAreNotCompared() {
        ObjectNode s = set();
        option(c11(s), 0).put("minStars", 4);
        // a (0 points, 4★) is below b (3★, 10 points); a and c (30 points, 4★) are the same class and not compared
        assertThat(problems(edition(), s)).containsExactly(inSet(C11 + ".options[0].minStars",
                "the 4★ minimum of 1.1 (option a, 0 points) is below the 3★ minimum (option b, 10 points)"));
    }

    // ------------------------------------------------------------------ cases

    static void addCases(ObjectNode criterion, String... codes) {
        ArrayNode cases = criterion.putArray("cases");
        for (String c : codes) {
            cases.add(parse("{\"code\": \"" + c + "\", \"label\": \"" + c + "\"}"));
        }
    }

    @Test
    void markersAreComparedWithinACase() {
        ObjectNode s = set();
        ObjectNode c = c11(s);
        addCases(c, "TH1", "TH2");
        option(c, 0).put("case", "TH1");
        option(c, 1).put("case", "TH1");
        option(c, 2).put("case", "TH1");
        // TH2's 4★ minimum (5 points) is below TH1's 3★ minimum (10), but they are different cases
        ((ArrayNode) c.get("options")).add(parse("{\"code\": \"d\", \"points\": 5, \"label\": \"ld\", \"minStars\": 4, \"case\": \"TH2\"}"));
        Criterion cr = loadSet1(s).criterion("1.1");
        assertThat(cr.cases()).extracting(CaseSpec::code).containsExactly("TH1", "TH2");
        assertThat(cr.option("d").caseCode()).isEqualTo("TH2");
        // within TH2 a 3★ minimum above it is a problem
        ((ArrayNode) c.get("options")).add(parse("{\"code\": \"e\", \"points\": 6, \"label\": \"le\", \"minStars\": 3, \"case\": \"TH2\"}"));
        assertThat(problems(edition(), s)).containsExactly(inSet(C11 + ".options[3].minStars",
                "the 4★ minimum of 1.1 (option d, 5 points) is below the 3★ minimum (option e, 6 points)"));
    }

    @Test
    void everyOptionNamesADeclaredCase() {
        ObjectNode s = set();
        ObjectNode c = c11(s);
        addCases(c, "TH1");
        option(c, 0).put("case", "TH1");
        option(c, 1).put("case", "TH9");
        assertThat(problems(edition(), s)).containsExactly(
                inSet(C11 + ".options[1].case", "option must name one of the declared cases [TH1]"),
                inSet(C11 + ".options[2].case", "option must name one of the declared cases [TH1]"));
    }

    @Test
    void aCaseWithoutDeclaredCases() {
        ObjectNode s = set();
        option(c11(s), 0).put("case", "TH1");
        assertThat(problems(edition(), s)).containsExactly(
                inSet(C11 + ".options[0].case", "case TH1 but the criterion declares no cases"));
    }

    @Test
    void duplicateCaseCode() {
        ObjectNode s = set();
        ObjectNode c = c11(s);
        addCases(c, "TH1", "TH1");
        for (int i = 0; i < 3; i++) {
            option(c, i).put("case", "TH1");
        }
        assertThat(problems(edition(), s)).containsExactly(inSet(C11 + ".cases[1].code", "duplicate case code TH1"));
    }

    // ------------------------------------------------------------------ unverified sets

    @Test
    void anUnverifiedSetToleratesSumsThatDoNotAddUp() {
        ObjectNode s = set();
        at(s, "parts.1.groups.0").put("max", 30);
        at(s, "parts.1.groups.0.criteria.0.criteria.0").put("max", 5);
        s.put("unverified", true);
        s.putArray("doubts").add("transcript unreadable");
        RubricSet r = loadSet1(s);
        assertThat(r.unverified()).isTrue();
        assertThat(r.doubts()).containsExactly("transcript unreadable");
        // the other rules still hold
        option(c11(s), 0).put("points", -1);
        assertThat(problems(edition(), s)).containsExactly(inSet(C11 + ".options[0].points", "points must not be negative, was -1"));
    }

    @Test
    void aVerifiedSetReportsSubCriteriaSums() {
        ObjectNode s = set();
        at(s, "parts.1.groups.0.criteria.0").put("max", 30);
        at(s, "parts.1.groups.0").put("max", 30);
        at(s, "parts.1").put("max", 30);
        List<Problem> p = problems(edition(), s);
        assertThat(p).containsExactly(
                inSet("$.parts[1].max", "part B has max 30 but the edition fixes 40 (pB)"),
                inSet(C21 + ".criteria", "sub-criteria of 2.1 sum to 40, not its max 30"),
                inSet("$.parts", "parts sum to 90, not 100"));
    }

    @Test
    void aCriterionMarkedUnverifiedIsKept() {
        ObjectNode s = set();
        c11(s).put("unverified", true);
        assertThat(loadSet1(s).criterion("1.1").unverified()).isTrue();
    }

    // ------------------------------------------------------------------ loadSet

    @Test
    void loadSetAgainstAnEdition() {
        Edition t = load(edition(), set());
        ObjectNode s = set();
        s.put("name", "Dự thảo");
        RubricSet draft = RubricLoader.loadSet(new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)),
                "draft.json", t);
        assertThat(draft.name()).isEqualTo("Dự thảo");
        assertThat(draft.criterion("1.1").max()).isEqualTo(new BigDecimal("30"));
        s.put("edition", "U");
        assertThat(RubricFixture.setProblems(s, t)).containsExactly(inSet("$.edition", "set declares edition U but is loaded into T"));
        assertThat(RubricFixture.setProblems(parse("{\"edition\": \"T\", \"parts\": 1}").deepCopy(), t)).contains(
                inSet("$.parts", "expected an array, found number"));
    }
}
