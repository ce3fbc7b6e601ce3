package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ocop.rubric.RubricFixture.at;
import static vn.ocop.rubric.RubricFixture.edition;
import static vn.ocop.rubric.RubricFixture.inEdition;
import static vn.ocop.rubric.RubricFixture.inSet;
import static vn.ocop.rubric.RubricFixture.load;
import static vn.ocop.rubric.RubricFixture.problems;
import static vn.ocop.rubric.RubricFixture.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ocop.Problem;
import vn.ocop.testing.English;

/** Edition-level rules of the loader (dates, bands, parts, taxonomy, set files), one rule per test, exact problems. */
class RubricLoaderEditionRulesTest {

    @Test
    void theFixtureLoadsWithEveryField() {
        Edition e = load(edition(), set());
        assertThat(e.id()).isEqualTo("T");
        assertThat(e.title()).isEqualTo("Tiêu đề");
        assertThat(e.citation()).isEqualTo("QĐ T");
        assertThat(e.signed()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(e.inForce()).isEqualTo(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)));
        assertThat(e.transitionUntil()).isNull();
        assertThat(e.inForceCitation()).isEqualTo("Điều 1");
        assertThat(e.notes()).containsExactly("ghi chú");
        assertThat(e.parts()).containsExactly(new PartSpec("A", "Phần A", new BigDecimal("60"), "pA"),
                new PartSpec("B", "Phần B", new BigDecimal("40"), "pB"));
        // bands are listed lowest first in the file; the edition keeps them highest first
        assertThat(e.bands()).extracting(b -> b.stars().level()).containsExactly(5, 4, 3, 2, 1);
        assertThat(e.bands().get(0)).isEqualTo(new StarBand(Star.of(5), new BigDecimal("90"), new BigDecimal("100"), true, "b5"));
        assertThat(e.bands().get(1).toInclusive()).isFalse();
        assertThat(e.taxonomyNode("I.1.a")).hasValueSatisfying(n -> {
            assertThat(n.level()).isEqualTo(TaxonomyNode.Level.PHAN_NHOM);
            assertThat(n.ministries()).containsExactly("Bộ X");
            assertThat(n.set()).isEqualTo(1);
        });
        assertThat(e.taxonomyNode("I.2")).hasValueSatisfying(n -> {
            assertThat(n.level()).isEqualTo(TaxonomyNode.Level.NHOM);
            assertThat(n.ministries()).containsExactly("Bộ Y");
            assertThat(n.set()).isEqualTo(3);
        });
        assertThat(e.taxonomyNode("I")).hasValueSatisfying(n -> {
            assertThat(n.level()).isEqualTo(TaxonomyNode.Level.GROUP);
            assertThat(n.set()).isNull();
            assertThat(n.children()).extracting(TaxonomyNode::code).containsExactly("I.1", "I.2");
        });
        assertThat(e.taxonomyNode("IX")).isEmpty();
        assertThat(e.sets()).extracting(RubricSet::number).containsExactly(1);
    }

    @Test
    void untilMustBeAfterFrom() {
        ObjectNode ed = edition();
        at(ed, "inForce").put("until", "2020-01-01");
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.inForce.until", "until 2020-01-01 must be after from 2020-01-01"));
    }

    @Test
    void openEndedEditionLoads() {
        ObjectNode ed = edition();
        at(ed, "inForce").putNull("until");
        assertThat(load(ed, set()).inForce().until()).isNull();
    }

    @Test
    void transitionUntilMustFollowAClosedPeriod() {
        ObjectNode open = edition();
        at(open, "inForce").putNull("until");
        at(open, "inForce").put("transitionUntil", "2022-01-01");
        assertThat(problems(open, set())).containsExactly(
                inEdition("$.inForce.transitionUntil", "transitionUntil must be after until"));

        ObjectNode same = edition();
        at(same, "inForce").put("transitionUntil", "2021-01-01");
        assertThat(problems(same, set())).containsExactly(
                inEdition("$.inForce.transitionUntil", "transitionUntil must be after until"));

        ObjectNode ok = edition();
        at(ok, "inForce").put("transitionUntil", "2021-03-01");
        Edition e = load(ok, set());
        assertThat(e.transitionUntil()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(e.appliesInTransition(LocalDate.of(2021, 2, 28))).isTrue();
        assertThat(e.appliesInTransition(LocalDate.of(2021, 3, 1))).isFalse();
    }

    @Test
    void duplicatePartCodeInTheEdition() {
        ObjectNode ed = edition();
        ((ObjectNode) ed.get("parts").get(1)).put("code", "A");
        assertThat(problems(ed, set())).containsExactly(inEdition("$.parts[1].code", "duplicate part code A"));
    }

    @Test
    void editionPartsMustSumTo100() {
        ObjectNode ed = edition();
        ((ObjectNode) ed.get("parts").get(1)).put("max", 40.5);
        assertThat(problems(ed, set())).containsExactly(inEdition("$.parts", "parts sum to 100.5, not 100"));
    }

    @Test
    void aBrokenEditionDoesNotReadItsSets() {
        ObjectNode ed = edition();
        ((ObjectNode) ed.get("parts").get(1)).put("max", 50);
        ObjectNode s = set();
        s.put("colour", "blue");
        // the set's own problem is not reported: its parts are checked against an edition that is broken
        assertThat(problems(ed, s)).containsExactly(inEdition("$.parts", "parts sum to 110, not 100"));
    }

    @Test
    void aSecondFileForTheSameSetNumber() {
        ObjectNode ed = edition();
        ((com.fasterxml.jackson.databind.node.ArrayNode) ed.get("sets")).add("s1-copy.json");
        Map<String, ObjectNode> files = new java.util.LinkedHashMap<>(RubricFixture.files(ed, set()));
        files.put("s1-copy.json", set());
        assertThat(problems(files)).containsExactly(inEdition("$.sets[1]", "second file for set number 1"));
    }

    @Test
    void setsAreOrderedByNumberWhateverTheFileOrder() {
        ObjectNode ed = edition();
        ObjectNode s2 = set();
        s2.put("number", 2).put("taxonomy", "I.1.b").put("name", "Bộ 2");
        ((com.fasterxml.jackson.databind.node.ArrayNode) ed.get("sets")).removeAll().add("s2.json").add("s1.json");
        Map<String, ObjectNode> files = new java.util.LinkedHashMap<>(RubricFixture.files(ed, set()));
        files.put("s2.json", s2);
        Edition e = load(files);
        assertThat(e.sets()).extracting(RubricSet::number).containsExactly(1, 2);
        assertThat(e.set(2).name()).isEqualTo("Bộ 2");
    }

    @Test
    void unreadableAndMissingFilesAreProblems() {
        assertThatThrownBy(() -> RubricLoader.loadEdition("x/", name -> {
            throw new IOException("disk on fire");
        })).isInstanceOfSatisfying(RubricValidationException.class, e -> assertThat(English.problems(e.problems()))
                .containsExactly(new Problem("x/edition.json", "$", "cannot read: disk on fire")));
        assertThatThrownBy(() -> RubricLoader.loadEdition("x/", name -> null))
                .isInstanceOfSatisfying(RubricValidationException.class, e -> assertThat(English.problems(e.problems()))
                        .containsExactly(new Problem("x/edition.json", "$", "file not found")));
    }

    @Test
    void anEditionFileThatIsNotAnObject(@TempDir Path dir) throws IOException {
        java.nio.file.Files.writeString(dir.resolve("edition.json"), "[1]");
        assertThatThrownBy(() -> RubricLoader.loadEdition(dir)).isInstanceOfSatisfying(RubricValidationException.class,
                e -> assertThat(English.problems(e.problems())).containsExactly(
                        new Problem(dir + "/edition.json", "$", "expected a JSON object, found array")));
    }

    // ------------------------------------------------------------------ bands

    private static ObjectNode band(ObjectNode ed, int stars) {
        return (ObjectNode) ed.get("bands").get(stars - 1);
    }

    @Test
    void starsOutsideOneToFive() {
        ObjectNode ed = edition();
        band(ed, 1).put("stars", 0);
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.bands[0].stars", "stars must be 1 to 5, was 0"),
                inEdition("$.bands", "gap: no band covers 0 to 30"));
        ObjectNode six = edition();
        band(six, 5).put("stars", 6);
        assertThat(problems(six, set())).containsExactly(
                inEdition("$.bands[4].stars", "stars must be 1 to 5, was 6"),
                inEdition("$.bands", "the highest band must end at 100 inclusive, found 4★ 70 to under 90"));
    }

    @Test
    void aBandWithoutStarsIsReportedNotDropped() {
        ObjectNode ed = edition();
        band(ed, 1).remove("stars");
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.bands[0].stars", "missing required key 'stars'"),
                inEdition("$.bands", "gap: no band covers 0 to 30"));
    }

    @Test
    void aBandMustBeNonEmpty() {
        ObjectNode ed = edition();
        band(ed, 2).put("to", 30);
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.bands[1]", "band from 30 must be below to 30"),
                inEdition("$.bands", "gap between 1★ 0 to under 30 and 3★ 50 to under 70"));
    }

    @Test
    void aBandWithoutBoundsIsReported() {
        ObjectNode noFrom = edition();
        band(noFrom, 2).remove("from");
        assertThat(problems(noFrom, set())).containsExactly(
                inEdition("$.bands[1].from", "missing required key 'from'"),
                inEdition("$.bands", "gap between 1★ 0 to under 30 and 3★ 50 to under 70"));
        ObjectNode noTo = edition();
        band(noTo, 2).remove("to");
        assertThat(problems(noTo, set())).containsExactly(
                inEdition("$.bands[1].to", "missing required key 'to'"),
                inEdition("$.bands", "gap between 1★ 0 to under 30 and 3★ 50 to under 70"));
    }

    @Test
    void twoBandsForOneClass() {
        ObjectNode ed = edition();
        band(ed, 2).put("stars", 1);
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.bands", "two bands for 1★"),
                inEdition("$.bands", "band 1★ 30 to under 50 is higher than 1★ 0 to under 30 but has no more stars"));
    }

    @Test
    void aHigherBandWithFewerStars() {
        ObjectNode ed = edition();
        band(ed, 3).put("stars", 4);
        band(ed, 4).put("stars", 3);
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.bands", "band 3★ 70 to under 90 is higher than 4★ 50 to under 70 but has no more stars"));
    }

    @Test
    void theLowestBandStartsAtZero() {
        ObjectNode ed = edition();
        band(ed, 1).put("from", 5);
        assertThat(problems(ed, set())).containsExactly(inEdition("$.bands", "gap: no band covers 0 to 5"));
    }

    @Test
    void anInclusiveUpperBoundOverlapsTheNextBand() {
        ObjectNode ed = edition();
        band(ed, 4).put("toInclusive", true);
        assertThat(problems(ed, set())).containsExactly(inEdition("$.bands", "overlap between 4★ 70–90 and 5★ 90–100"));
    }

    @Test
    void theHighestBandEndsAt100Inclusive() {
        ObjectNode exclusive = edition();
        band(exclusive, 5).put("toInclusive", false);
        assertThat(problems(exclusive, set())).containsExactly(
                inEdition("$.bands", "the highest band must end at 100 inclusive, found 5★ 90 to under 100"));
        ObjectNode short99 = edition();
        band(short99, 5).put("to", 99);
        assertThat(problems(short99, set())).containsExactly(
                inEdition("$.bands", "the highest band must end at 100 inclusive, found 5★ 90–99"));
    }

    // ------------------------------------------------------------------ taxonomy

    private static ObjectNode nhom(ObjectNode ed, int i) {
        return at(ed, "taxonomy.0.nhom." + i);
    }

    @Test
    void duplicateTaxonomyCode() {
        ObjectNode ed = edition();
        nhom(ed, 1).put("code", "I.1");
        assertThat(problems(ed, set())).containsExactly(inEdition("$.taxonomy[0].nhom[1].code", "duplicate taxonomy code I.1"));
    }

    @Test
    void oneSetNamedByTwoNodes() {
        ObjectNode ed = edition();
        nhom(ed, 1).put("set", 1);
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.taxonomy[0].nhom[1].set", "set 1 is named by two taxonomy nodes"));
    }

    @Test
    void aNhomWithPhanNhomDoesNotNameASet() {
        ObjectNode ed = edition();
        nhom(ed, 0).put("set", 4);
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.taxonomy[0].nhom[0].set", "a nhóm with phân nhóm names its sets on the phân nhóm"));
    }

    @Test
    void aNhomNeedsASetOrPhanNhom() {
        ObjectNode ed = edition();
        nhom(ed, 1).remove("set");
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.taxonomy[0].nhom[1]", "a nhóm needs either a set or phân nhóm"));
    }

    @Test
    void aPhanNhomNeedsASet() {
        ObjectNode ed = edition();
        at(ed, "taxonomy.0.nhom.0.phanNhom.1").remove("set");
        assertThat(problems(ed, set())).containsExactly(
                inEdition("$.taxonomy[0].nhom[0].phanNhom[1].set", "missing required key 'set'"));
    }

    @Test
    void aGroupNodeHasNoMinistriesOrSet() {
        ObjectNode ed = edition();
        at(ed, "taxonomy.0").put("set", 9);
        assertThat(problems(ed, set())).containsExactly(inEdition("$.taxonomy[0].set",
                "unknown key 'set' (allowed: code, name, nameEn, nhom)"));
    }

    // ------------------------------------------------------------------ catalog checks

    @Test
    void duplicateEditionIdsAndOverlaps() {
        Edition t = load(edition(), set());
        Edition later = new Edition("T", "t2", "c2", t.signed(), DateRange.of(LocalDate.of(2021, 1, 1), null), null, "x",
                t.bands(), t.parts(), t.taxonomy(), List.of(), List.of());
        Edition overlapping = new Edition("U", "t3", "c3", t.signed(), DateRange.of(LocalDate.of(2020, 12, 31), null), null,
                "x", t.bands(), t.parts(), t.taxonomy(), List.of(), List.of());
        List<Problem> problems = new java.util.ArrayList<>();
        RubricLoader.checkEditions(List.of(t, later), "cat", problems);
        assertThat(English.problems(problems)).containsExactly(new Problem("cat", "$.editions[1]", "duplicate edition id T"));
        problems.clear();
        RubricLoader.checkEditions(List.of(t, overlapping), "cat", problems);
        assertThat(English.problems(problems)).containsExactly(new Problem("cat", "$.editions[1]", "edition U in force [2020-12-31, …)"
                + " overlaps T in force [2020-01-01, 2021-01-01) (use transitionUntil for dossiers that finish under the old edition)"));
    }

    @Test
    void loadBundledReadsTheIndexInOrder() {
        List<Edition> editions = RubricLoader.loadBundled();
        assertThat(editions).extracting(Edition::id).containsExactly("QD-1048-2019", "QD-148-2023", "QD-26-2026");
        assertThat(editions.get(0).sets()).isEmpty();
        assertThat(editions.get(2).sets()).hasSize(26);
        assertThatThrownBy(() -> editions.add(editions.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void inSetHelperNamesTheSetFile() {
        // guards the fixture itself: set problems carry the set file's name
        ObjectNode s = set();
        s.put("colour", "blue");
        assertThat(problems(edition(), s)).containsExactly(inSet("$.colour",
                "unknown key 'colour' (allowed: $schema, citation, doubts, edition, knockOuts, name, nameEn, number, parts, "
                        + "taxonomy, unverified)"));
    }
}
