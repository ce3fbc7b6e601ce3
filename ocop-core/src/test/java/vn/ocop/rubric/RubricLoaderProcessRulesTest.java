package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.rubric.RubricFixture.at;
import static vn.ocop.rubric.RubricFixture.edition;
import static vn.ocop.rubric.RubricFixture.inEdition;
import static vn.ocop.rubric.RubricFixture.load;
import static vn.ocop.rubric.RubricFixture.parse;
import static vn.ocop.rubric.RubricFixture.problems;
import static vn.ocop.rubric.RubricFixture.set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ocop.Problem;

/**
 * The {@code process} object of an edition (certificate validity, periods, rounds, authorities, transition, dossier
 * components): what the loader reads, and every problem it reports, each with its JSON path.
 */
class RubricLoaderProcessRulesTest {
    /** A process object that fits the fixture edition (in force 2020-01-01 to 2021-01-01, group I). */
    static final String PROCESS = """
            {"citation": "Điều 4–8",
             "validityMonths": {"value": 36, "citation": "Điều 4.3"},
             "reEvaluationWindowOpens": {"value": 180, "citation": "Điều 7.6.a"},
             "reEvaluationWindowCloses": {"value": 120, "citation": "Điều 7.6.a"},
             "reEvaluationDecisionDays": {"value": 45, "citation": "Điều 7.6.g"},
             "revocationDays": {"value": 15, "citation": "Điều 8.4"},
             "communeWorkingDays": {"value": 15, "citation": "Điều 7.2"},
             "lateFilingExtensionDays": {"value": 180, "citation": "Điều 12.3"},
             "rounds": [
               {"level": "PROVINCE", "number": 1, "proposalsBefore": "04-30", "heldBefore": "06-30", "citation": "Điều 5.1"},
               {"level": "MINISTRY", "number": 2, "proposalsBefore": "01-30", "heldBefore": "03-30", "citation": "Điều 5.2"}],
             "authorities": [
               {"from": "2020-01-01", "until": "2020-07-01", "recognises": {"3": "DISTRICT", "4": "PROVINCE", "5": "MINISTRY"},
                "revokes": {"3": "DISTRICT", "4": "PROVINCE"}, "citation": "a1"},
               {"from": "2020-07-01", "until": "2021-01-01", "recognises": {"3": "PROVINCE", "4": "PROVINCE", "5": "MINISTRY"},
                "revokes": {"3": "PROVINCE", "4": "PROVINCE", "5": "MINISTRY"}, "citation": "a2"}],
             "dossier": [
               {"code": "mau-01", "name": "Phiếu", "nameEn": "Form", "stage": "PRODUCER", "kinds": ["FIRST", "UPGRADE"],
                "citation": "Điều 6.1"},
               {"code": "san-pham-mau", "name": "Mẫu", "nameEn": "Samples", "stage": "COMMUNE",
                "kinds": ["FIRST", "UPGRADE", "REEVALUATION"], "quantity": 5, "exemptGroups": ["I"], "optional": false,
                "citation": "Điều 6.2.d"}],
             "notes": ["n"]}
            """;

    static ObjectNode withProcess() {
        ObjectNode ed = edition();
        ed.set("process", parse(PROCESS));
        return ed;
    }

    static ObjectNode process(ObjectNode ed) {
        return at(ed, "process");
    }

    @Test
    void everyTermIsRead() {
        ProcessTerms t = load(withProcess(), set()).process().orElseThrow();
        assertThat(t.citation()).isEqualTo("Điều 4–8");
        assertThat(t.validityMonths()).isEqualTo(new ProcessTerms.Term(36, "Điều 4.3"));
        assertThat(t.reEvaluationWindowOpens()).contains(new ProcessTerms.Term(180, "Điều 7.6.a"));
        assertThat(t.reEvaluationWindowCloses()).contains(new ProcessTerms.Term(120, "Điều 7.6.a"));
        assertThat(t.reEvaluationDecisionDays()).contains(new ProcessTerms.Term(45, "Điều 7.6.g"));
        assertThat(t.revocationDays()).contains(new ProcessTerms.Term(15, "Điều 8.4"));
        assertThat(t.communeWorkingDays()).contains(new ProcessTerms.Term(15, "Điều 7.2"));
        assertThat(t.lateFilingExtensionDays()).contains(new ProcessTerms.Term(180, "Điều 12.3"));
        assertThat(t.rounds()).containsExactly(
                new ProcessTerms.RoundRule(Authority.PROVINCE, 1, MonthDay.of(4, 30), MonthDay.of(6, 30), "Điều 5.1"),
                new ProcessTerms.RoundRule(Authority.MINISTRY, 2, MonthDay.of(1, 30), MonthDay.of(3, 30), "Điều 5.2"));
        assertThat(t.rounds(Authority.MINISTRY)).extracting(ProcessTerms.RoundRule::number).containsExactly(2);
        assertThat(t.authorities()).hasSize(2);
        assertThat(t.authoritiesOn(LocalDate.of(2020, 6, 30)).orElseThrow().recognises(Star.THREE))
                .contains(Authority.DISTRICT);
        assertThat(t.authoritiesOn(LocalDate.of(2020, 6, 30)).orElseThrow().revokes(Star.FIVE)).isEmpty();
        assertThat(t.authoritiesOn(LocalDate.of(2020, 7, 1)).orElseThrow().recognises(Star.THREE))
                .contains(Authority.PROVINCE);
        assertThat(t.authoritiesOn(LocalDate.of(2021, 1, 1))).isEmpty();
        assertThat(t.transition()).isEmpty();
        assertThat(t.dossier()).extracting(ProcessTerms.Component::code).containsExactly("mau-01", "san-pham-mau");
        assertThat(t.dossier("REEVALUATION")).extracting(ProcessTerms.Component::code).containsExactly("san-pham-mau");
        ProcessTerms.Component samples = t.dossier().get(1);
        assertThat(samples.quantity()).isEqualTo(5);
        assertThat(samples.appliesTo("I")).isFalse();
        assertThat(samples.appliesTo("II")).isTrue();
        assertThat(samples.text(java.util.Locale.ENGLISH)).isEqualTo("Samples");
        assertThat(samples.text(java.util.Locale.forLanguageTag("vi"))).isEqualTo("Mẫu");
        assertThat(t.dossier().get(0).quantity()).isEqualTo(1);
        assertThat(t.notes()).containsExactly("n");
    }

    @Test
    void anEditionWithoutProcessTermsLoads() {
        assertThat(load(edition(), set()).process()).isEmpty();
    }

    @Test
    void requiredTermsMissing() {
        ObjectNode ed = withProcess();
        process(ed).remove(List.of("citation", "validityMonths", "authorities"));
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.process.citation", "missing required key 'citation'"),
                inEdition("$.process.validityMonths", "missing required key 'validityMonths'"),
                inEdition("$.process.authorities", "missing required key 'authorities'"));
    }

    @Test
    void termsOutOfRangeAndUnknownKeys() {
        ObjectNode ed = withProcess();
        at(ed, "process.revocationDays").put("value", 0);
        at(ed, "process.communeWorkingDays").put("value", 9999);
        at(ed, "process.reEvaluationDecisionDays").put("days", 45);
        process(ed).put("colour", "blue");
        assertThat(problems(ed, set())).containsExactlyInAnyOrder(
                inEdition("$.process.colour", "unknown key 'colour' (allowed: authorities, citation, "
                        + "communeWorkingDays, dossier, lateFilingExtensionDays, notes, reEvaluationDecisionDays, "
                        + "reEvaluationWindowCloses, reEvaluationWindowOpens, revocationDays, rounds, transition, "
                        + "validityMonths)"),
                inEdition("$.process.reEvaluationDecisionDays.days", "unknown key 'days' (allowed: citation, value)"),
                inEdition("$.process.revocationDays.value", "revocationDays must be 1 to 3650, was 0"),
                inEdition("$.process.communeWorkingDays.value", "communeWorkingDays must be 1 to 3650, was 9999"));
    }

    @Test
    void aWindowNeedsBothBoundsInOrder() {
        ObjectNode alone = withProcess();
        process(alone).remove("reEvaluationWindowCloses");
        assertThat(problems(alone, set())).containsExactly(inEdition("$.process.reEvaluationWindowCloses",
                "a re-evaluation window needs both reEvaluationWindowOpens and reEvaluationWindowCloses"));
        ObjectNode reversed = withProcess();
        at(reversed, "process.reEvaluationWindowOpens").put("value", 100);
        assertThat(problems(reversed, set())).containsExactly(inEdition("$.process.reEvaluationWindowCloses",
                "the window closes 120 days before expiry, so it must open more days before expiry than that, not 100"));
    }

    @Test
    void roundProblems() {
        ObjectNode ed = withProcess();
        ArrayNode rounds = (ArrayNode) process(ed).get("rounds");
        rounds.add(parse("{\"level\": \"PROVINCE\", \"number\": 1, \"proposalsBefore\": \"10-30\", \"heldBefore\": "
                + "\"12-30\", \"citation\": \"c\"}"));
        rounds.add(parse("{\"level\": \"DISTRICT\", \"number\": 0, \"proposalsBefore\": \"31-12\", \"heldBefore\": "
                + "\"02-30\", \"citation\": \"c\"}"));
        rounds.add(parse("{\"level\": \"MINISTRY\", \"number\": 3, \"proposalsBefore\": \"05-01\", \"heldBefore\": "
                + "\"05-01\", \"citation\": \"c\"}"));
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.process.rounds[2].number", "two rounds numbered 1 at level PROVINCE"),
                inEdition("$.process.rounds[3].level", "a round is held by PROVINCE or MINISTRY, not 'DISTRICT'"),
                inEdition("$.process.rounds[3].proposalsBefore",
                        "expected a day of the year MM-dd (e.g. \"04-30\"), found '31-12'"),
                inEdition("$.process.rounds[3].heldBefore",
                        "expected a day of the year MM-dd (e.g. \"04-30\"), found '02-30'"),
                inEdition("$.process.rounds[3].number", "a round's number is at least 1, was 0"),
                inEdition("$.process.rounds[4].heldBefore",
                        "a round is held after its proposals close, not on the same day --05-01"));
    }

    /** Periods of authorities cover the edition's dates without gap or overlap; 1★/2★ and NONE have no place. */
    @Test
    void authorityProblems() {
        ObjectNode gap = withProcess();
        at(gap, "process.authorities.1").put("from", "2020-08-01");
        at(gap, "process.authorities.0.recognises").put("3", "NONE");
        at(gap, "process.authorities.0.revokes").put("2", "PROVINCE");
        assertThat(problems(gap, set())).containsExactly(
                inEdition("$.process.authorities[0].recognises.3",
                        "an authority is DISTRICT, PROVINCE or MINISTRY, not 'NONE'"),
                inEdition("$.process.authorities[0].revokes.2", "unknown key '2' (allowed: 3, 4, 5)"),
                inEdition("$.process.authorities[1].from", "periods of authorities must follow each other: this one "
                        + "starts on 2020-08-01, the previous one ends before 2020-07-01"));
        ObjectNode late = withProcess();
        at(late, "process.authorities.0").put("from", "2020-02-01");
        at(late, "process.authorities.1").put("until", "2022-01-01");
        assertThat(problems(late, set())).containsExactly(
                inEdition("$.process.authorities[0].from",
                        "the first period of authorities starts on 2020-02-01, not on the edition's first day 2020-01-01"),
                inEdition("$.process.authorities", "the periods of authorities end before 2022-01-01 but the edition "
                        + "applies until before 2021-01-01 (inForce.until or transitionUntil)"));
        ObjectNode openInside = withProcess();
        at(openInside, "process.authorities.0").putNull("until");
        assertThat(problems(openInside, set())).contains(
                inEdition("$.process.authorities[0].until", "only the last period of authorities may be open-ended"));
        ObjectNode none = withProcess();
        process(none).putArray("authorities");
        assertThat(problems(none, set())).containsExactly(
                inEdition("$.process.authorities", "at least one period of authorities is needed"));
    }

    @Test
    void dossierComponentProblems() {
        ObjectNode ed = withProcess();
        ArrayNode d = (ArrayNode) process(ed).get("dossier");
        d.add(parse("{\"code\": \"mau-01\", \"name\": \"x\", \"nameEn\": \"x\", \"stage\": \"DISTRICT\", "
                + "\"kinds\": [\"FIRST\", \"RENEWAL\"], \"quantity\": 0, \"exemptGroups\": [\"VII\"], \"citation\": \"c\"}"));
        d.add(parse("{\"code\": \"Mẫu 02\", \"name\": \"x\", \"nameEn\": \"x\", \"stage\": \"PRODUCER\", "
                + "\"kinds\": [], \"citation\": \"c\"}"));
        d.add(parse("{\"code\": \"ok\", \"name\": \"x\", \"nameEn\": \"x\", \"stage\": \"PRODUCER\", "
                + "\"kinds\": [\"FIRST\", \"FIRST\"], \"citation\": \"c\"}"));
        d.add(parse("{\"code\": \"no-kinds\", \"name\": \"x\", \"stage\": \"PRODUCER\", \"citation\": \"c\"}"));
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.process.dossier[2].stage", "a stage is PRODUCER, COMMUNE or PROVINCE, not 'DISTRICT'"),
                inEdition("$.process.dossier[2].kinds", "unknown registration kind 'RENEWAL'; known: FIRST, UPGRADE, "
                        + "REEVALUATION"),
                inEdition("$.process.dossier[2].code", "duplicate dossier component code mau-01"),
                inEdition("$.process.dossier[2].quantity", "quantity must be 1 to 100, was 0"),
                inEdition("$.process.dossier[2].exemptGroups", "unknown product groups [VII]; the taxonomy has [I]"),
                inEdition("$.process.dossier[3].kinds",
                        "name at least one registration kind of " + ProcessTerms.REGISTRATION_KINDS),
                inEdition("$.process.dossier[3].code",
                        "a component code is lower-case letters and digits joined by '-', found 'Mẫu 02'"),
                inEdition("$.process.dossier[4].kinds", "registration kind FIRST named twice"),
                inEdition("$.process.dossier[5].nameEn", "missing required key 'nameEn'"),
                inEdition("$.process.dossier[5].kinds", "missing required key 'kinds'"));
    }

    /** The catalog checks a transition against the edition it names: it exists, ends the day before, still applies. */
    @Test
    void transitionsAreCheckedAcrossTheCatalog() {
        ObjectNode oldEd = withProcess();
        at(oldEd, "inForce").put("transitionUntil", "2021-03-03");
        at(oldEd, "process.authorities.1").put("until", "2021-03-03");
        Edition old = load(oldEd, set());
        ObjectNode newEd = withProcess();
        newEd.put("id", "U");
        at(newEd, "inForce").put("from", "2021-01-01").putNull("until");
        ArrayNode auth = (ArrayNode) process(newEd).get("authorities");
        auth.remove(1);
        ((ObjectNode) auth.get(0)).put("from", "2021-01-01").putNull("until");
        process(newEd).set("transition", parse("{\"previousEdition\": \"T\", \"firstOrUpgrade\": {\"value\": 60, "
                + "\"citation\": \"12.2.a\"}, \"reEvaluation\": {\"value\": 30, \"citation\": \"12.2.b\"}}"));
        ObjectNode setU = set();
        setU.put("edition", "U");
        Edition next = load(newEd, setU);
        assertThat(next.process().orElseThrow().transition()).contains(new ProcessTerms.Transition("T",
                new ProcessTerms.Term(60, "12.2.a"), new ProcessTerms.Term(30, "12.2.b")));
        assertThat(RubricCatalog.of(List.of(old, next)).editions()).hasSize(2);

        List<Problem> problems = new ArrayList<>();
        assertThatThrownBy(() -> RubricCatalog.of(List.of(next))).isInstanceOfSatisfying(
                RubricValidationException.class, e -> problems.addAll(e.problems()));
        assertThat(problems).containsExactly(new Problem("catalog", "$.editions[0]",
                "U: process.transition.previousEdition names T, which is not in the catalog"));

        ObjectNode shortOld = withProcess();
        Edition noTransition = load(shortOld, set());   // T ends on 2021-01-01 with no transitionUntil
        problems.clear();
        assertThatThrownBy(() -> RubricCatalog.of(List.of(noTransition, next))).isInstanceOfSatisfying(
                RubricValidationException.class, e -> problems.addAll(e.problems()));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "U: process.transition: pending dossiers may finish until 2021-03-02 (60 days, 12.2.a) but T applies "
                        + "only until before 2021-01-01",
                "U: process.transition: pending dossiers may finish until 2021-01-31 (30 days, 12.2.b) but T applies "
                        + "only until before 2021-01-01");
    }

    @Test
    void componentsRefuseUnknownKinds() {
        assertThatThrownBy(() -> new ProcessTerms.Component("x", "x", "x", ProcessTerms.Stage.PRODUCER,
                Set.of("RENEWAL"), 1, Set.of(), false, "c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown registration kinds [RENEWAL]");
        assertThatThrownBy(() -> new ProcessTerms.Authorities(DateRange.of(LocalDate.of(2020, 1, 1), null),
                Map.of(Star.TWO, Authority.PROVINCE), Map.of(), "c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only 3★ to 5★");
    }
}
