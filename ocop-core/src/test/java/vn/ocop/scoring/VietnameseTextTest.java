package vn.ocop.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
import vn.ocop.testing.English;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.RubricLoader;
import vn.ocop.rubric.RubricSet;
import vn.ocop.rubric.RubricValidationException;
import vn.ocop.rubric.Star;

/**
 * NFC and NFD forms of the same Vietnamese code or name resolve to the same thing (users paste NFD text from
 * Word or macOS). The bundled data has few decomposable codes (the 148/2023 code "1.đ" is the same in both forms:
 * "đ" has no decomposition), so a draft of set 1 of 26/2026 is made whose codes carry decomposable letters, written
 * in a mix of forms: criterion "5.ă" (was 5.1) with options "ê" and "ế" (were b and e), criterion "1.đ" (was 1.1),
 * knock-out "LOẠI1" (was KO1), and an "only if" that names them in the other form.
 */
class VietnameseTextTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");

    static final String CRIT = "5.ă";
    static final String OPT_B = "ê";
    static final String OPT_E = "ế";
    static final String KO = "LOẠI1";

    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static ObjectNode resource(String name) throws Exception {
        try (InputStream in = VietnameseTextTest.class.getClassLoader().getResourceAsStream("ocop-rubric/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    static ObjectNode criterion(ObjectNode set, String code) {
        for (var p : set.get("parts")) {
            for (var g : p.get("groups")) {
                for (var c : g.get("criteria")) {
                    if (c.get("code").asText().equals(code)) {
                        return (ObjectNode) c;
                    }
                }
            }
        }
        throw new AssertionError(code);
    }

    /** Set 1 of 26/2026 with Vietnamese codes, in NFD in the file except where noted. */
    static ObjectNode vietnameseSet() throws Exception {
        ObjectNode set = resource("QD-26-2026/set-01.json");
        set.put("name", nfd("Rau, củ, quả, hạt tươi (bản dự thảo)"));
        criterion(set, "1.1").put("code", "1.đ");
        ObjectNode c51 = criterion(set, "5.1");
        c51.put("code", nfd(CRIT));
        ((ObjectNode) c51.get("options").get(1)).put("code", nfd(OPT_B));
        ((ObjectNode) c51.get("options").get(4)).put("code", nfc(OPT_E)); // the 4★ minimum, in NFC
        ObjectNode onlyIf = (ObjectNode) criterion(set, "5.2").get("onlyIf");
        onlyIf.put("criterion", nfc(CRIT)); // names 5.ă in the other form
        ArrayNode opts = onlyIf.putArray("options");
        opts.add(nfc(OPT_B)).add("c").add("d").add(nfd(OPT_E));
        ((ObjectNode) set.get("knockOuts").get(0)).put("code", nfd(KO));
        return set;
    }

    static RubricSet load(ObjectNode set) {
        return RubricLoader.loadSet(new ByteArrayInputStream(set.toString().getBytes(StandardCharsets.UTF_8)),
                "draft.json", QD26);
    }

    /** A complete sheet at the best options, codes written in the given form. */
    static EvaluationSheet sheet(RubricSet set, String member, Normalizer.Form form) {
        EvaluationSheet.Builder b = EvaluationSheet.builder(set.editionId(), set.number(),
                Normalizer.normalize(member, form));
        for (Criterion c : set.leafCriteria()) {
            b.answer(Normalizer.normalize(c.code(), form), Normalizer.normalize(TestSheets.best(c).code(), form));
        }
        return b.build();
    }

    @Test
    void theLoaderStoresCodesAndNamesInNfc() throws Exception {
        RubricSet set = load(vietnameseSet());
        List<String> codes = set.leafCriteria().stream().map(Criterion::code).toList();
        assertThat(codes).contains(CRIT, "1.đ").allMatch(c -> Normalizer.isNormalized(c, Normalizer.Form.NFC));
        Criterion c = set.leafCriteria().get(codes.indexOf(CRIT));
        assertThat(c.options()).extracting(o -> o.code()).containsExactly("a", OPT_B, "c", "d", OPT_E);
        assertThat(c.option(OPT_E).minStars()).isEqualTo(Star.FOUR);
        assertThat(set.name()).isEqualTo("Rau, củ, quả, hạt tươi (bản dự thảo)");
        assertThat(set.knockOuts().get(0).code()).isEqualTo(KO);
        Criterion c52 = set.leafCriteria().get(codes.indexOf("5.2"));
        assertThat(c52.onlyIf().criterion()).isEqualTo(CRIT);
        assertThat(c52.onlyIf().options()).containsExactly(OPT_B, "c", "d", OPT_E);
    }

    @Test
    void aSheetInNfdScoresExactlyAsTheSameSheetInNfc() throws Exception {
        RubricSet set = load(vietnameseSet());
        Evaluator ev = Evaluator.of(QD26, set);
        EvaluationSheet composed = sheet(set, "Nguyễn Thị Lan", Normalizer.Form.NFC);
        EvaluationSheet decomposed = sheet(set, "Nguyễn Thị Lan", Normalizer.Form.NFD);
        assertThat(decomposed).isEqualTo(composed);
        CouncilResult a = ev.evaluate(Council.of(composed));
        CouncilResult b = ev.evaluate(Council.of(decomposed));
        assertThat(b).isEqualTo(a);
        assertThat(a.classification().stars()).isEqualTo(Star.FIVE);
        assertThat(a.sheets().get(0).criterion(CRIT).option()).isEqualTo(OPT_E);

        // the 4★ minimum of 5.ă is option ế: answering ê (NFD) misses it, however the code is written
        EvaluationSheet lower = decomposed.withAnswer(nfd(CRIT), nfd(OPT_B));
        CouncilRules every = CouncilRules.defaults().withMinimumPolicy(MinimumPolicy.EVERY_MEMBER);
        CouncilResult r = ev.evaluate(Council.of(lower), every);
        assertThat(r.classification().bandStars()).isEqualTo(Star.FIVE);
        assertThat(r.classification().stars()).isEqualTo(Star.THREE);
        assertThat(r.explanation().failedMinimums()).extracting(FailedMinimum::criterion).containsExactly(CRIT);
        assertThat(r.explanation().failedMinimums()).extracting(FailedMinimum::member).containsExactly("Nguyễn Thị Lan");
        assertThat(ev.evaluate(Council.of(composed.withAnswer(CRIT, OPT_B)), every)).isEqualTo(r);
    }

    @Test
    void onlyIfConditionsMatchAcrossForms() throws Exception {
        RubricSet set = load(vietnameseSet());
        Evaluator ev = Evaluator.of(QD26, set);
        EvaluationSheet s = sheet(set, "A", Normalizer.Form.NFD);
        // 5.ă = a ("no story"): 5.2 does not apply and must not be answered
        EvaluationSheet noStory = s.withAnswer(nfd(CRIT), "a").withoutAnswer("5.2");
        assertThat(ev.score(noStory).criterion("5.2").status()).isEqualTo(CriterionScore.Status.NOT_APPLICABLE);
        assertThatThrownBy(() -> ev.score(noStory.withAnswer("5.2", "c")))
                .isInstanceOfSatisfying(SheetValidationException.class, e -> assertThat(e.sheetProblems())
                        .extracting(SheetProblem::kind).containsExactly(SheetProblem.Kind.NOT_APPLICABLE));
        // 5.ă = ê or ế, in either form: 5.2 applies and scores
        for (String opt : List.of(nfd(OPT_B), nfc(OPT_B), nfd(OPT_E), nfc(OPT_E))) {
            SheetScore score = ev.score(s.withAnswer(nfc(CRIT), opt));
            assertThat(score.criterion("5.2").status()).as(opt).isEqualTo(CriterionScore.Status.ANSWERED);
            assertThat(score.criterion("5.2").points()).as(opt).isEqualByComparingTo("2");
        }
    }

    @Test
    void knockOutCodesMatchAcrossForms() throws Exception {
        RubricSet set = load(vietnameseSet());
        Evaluator ev = Evaluator.of(QD26, set);
        EvaluationSheet s = sheet(set, "A", Normalizer.Form.NFC);
        CouncilResult bySheet = ev.evaluate(Council.of(s.withKnockOuts(List.of(nfd(KO)))),
                CouncilRules.defaults().withKnockOutPolicy(KnockOutPolicy.ANY_MEMBER));
        assertThat(bySheet.classification().status()).isEqualTo(Classification.Status.REJECTED);
        assertThat(bySheet.classification().knockOutRules()).singleElement().extracting(k -> k.code()).isEqualTo(KO);
        CouncilResult byCouncil = ev.evaluate(Council.of(s).withKnockOuts(List.of(nfd(KO))));
        assertThat(byCouncil.classification().knockOutRules()).isEqualTo(bySheet.classification().knockOutRules());
        // one rule, although one member wrote it in NFD and the council in NFC: found by both
        CouncilResult both = ev.evaluate(Council.of(s.withKnockOuts(List.of(nfd(KO)))).withKnockOuts(List.of(KO)));
        assertThat(both.classification().knockOutRules()).hasSize(1);
        assertThat(both.classification().knockOuts()).singleElement().satisfies(o -> assertThat(o.findings())
                .extracting(KnockOutFinding::member).containsExactly(null, "A"));
    }

    @Test
    void jsonInNfdReadsAsTheSameSheetAndCouncil() throws Exception {
        RubricSet set = load(vietnameseSet());
        Evaluator ev = Evaluator.of(QD26, set);
        ObjectMapper json = OcopJson.mapper();
        EvaluationSheet s = sheet(set, "Trần Văn Đức", Normalizer.Form.NFC).withKnockOuts(List.of(KO));
        String text = json.writeValueAsString(Council.of(s, s.withMember("Lê Thị Hoà")).withKnockOuts(List.of(KO)));
        Council back = json.readValue(nfd(text), Council.class);
        assertThat(back).isEqualTo(Council.of(s, s.withMember("Lê Thị Hoà")).withKnockOuts(List.of(KO)));
        assertThat(ev.evaluate(back).members()).extracting(MemberTotal::member)
                .containsExactly("Trần Văn Đức", "Lê Thị Hoà");
    }

    @Test
    void theSameCodeInTwoFormsIsADuplicateNotTwoCriteria() throws Exception {
        RubricSet set = load(vietnameseSet());
        Evaluator ev = Evaluator.of(QD26, set);
        // on a sheet: JSON keys that differ only in form are two answers for one criterion
        String text = OcopJson.mapper().writeValueAsString(sheet(set, "A", Normalizer.Form.NFC))
                .replace("\"" + CRIT + "\":\"" + OPT_E + "\"",
                        "\"" + CRIT + "\":\"" + OPT_E + "\",\"" + nfd(CRIT) + "\":\"" + nfd(OPT_B) + "\"");
        EvaluationSheet twice = OcopJson.mapper().readValue(text, EvaluationSheet.class);
        assertThat(twice.answers()).filteredOn(a -> a.criterion().equals(CRIT)).hasSize(2);
        assertThatThrownBy(() -> ev.score(twice)).isInstanceOfSatisfying(SheetValidationException.class,
                e -> assertThat(e.sheetProblems()).extracting(SheetProblem::kind)
                        .containsExactly(SheetProblem.Kind.DUPLICATE_ANSWER));
        // in rubric data: criterion and option codes that differ only in form are duplicates
        ObjectNode data = vietnameseSet();
        criterion(data, "5.3").put("code", nfc(CRIT));
        ((ObjectNode) criterion(data, "1.2").get("options").get(1)).put("code", nfd("â"));
        ((ObjectNode) criterion(data, "1.2").get("options").get(2)).put("code", nfc("â"));
        ((ObjectNode) data.get("knockOuts").get(1)).put("code", nfc(KO));
        assertThatThrownBy(() -> load(data)).isInstanceOfSatisfying(RubricValidationException.class, e -> {
            List<String> msgs = English.messages(e.problems());
            assertThat(msgs).anyMatch(m -> m.startsWith("duplicate criterion code " + CRIT));
            assertThat(msgs).anyMatch(m -> m.startsWith("duplicate option code â in criterion 1.2"));
            assertThat(msgs).anyMatch(m -> m.startsWith("duplicate knock-out code " + KO));
        });
    }

    @Test
    void setNamesResolveInEitherFormForEverySet() {
        for (String id : List.of("QD-26-2026", "QD-148-2023")) {
            Edition e = RubricCatalog.bundled().edition(id);
            for (RubricSet s : e.sets()) {
                for (String name : List.of(nfc(s.name()), nfd(s.name()), "  " + nfd(s.name().toUpperCase()) + " ")) {
                    assertThat(e.setByName(name)).as("%s %s", id, name).contains(s);
                }
            }
        }
    }

    static final String DRAFT_ID = "DỰ-THẢO-2027";

    /** A draft edition with a Vietnamese id, written in NFD in edition.json and in NFC in its set file. */
    static Edition draftEdition() throws Exception {
        ObjectNode edition = resource("QD-26-2026/edition.json");
        edition.put("id", nfd(DRAFT_ID));
        edition.withArray("sets").removeAll().add("set-01.json");
        // alone in a catalog, the draft has no previous edition for pending dossiers to finish under
        ((ObjectNode) edition.get("process")).remove("transition");
        ObjectNode set = vietnameseSet();
        set.put("edition", nfc(DRAFT_ID));
        Map<String, byte[]> files = Map.of("edition.json", edition.toString().getBytes(StandardCharsets.UTF_8),
                "set-01.json", set.toString().getBytes(StandardCharsets.UTF_8));
        return RubricLoader.loadEdition("draft/", name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name)) : null);
    }

    @Test
    void taxonomyCodesAndEditionIdsResolveInEitherForm() throws Exception {
        Edition draft = draftEdition();
        assertThat(draft.id()).isEqualTo(DRAFT_ID);
        // bundled taxonomy codes are ASCII, so this only shows the lookup accepts NFD input
        assertThat(draft.setForTaxonomy(nfd("I.1.a")).number()).isEqualTo(1);
        Evaluator ev = Evaluator.of(draft, 1);
        EvaluationSheet s = sheet(draft.set(1), "A", Normalizer.Form.NFD);
        EvaluationSheet nfdEdition = new EvaluationSheet(nfd(DRAFT_ID), 1, "A", s.answers(), List.of());
        assertThat(nfdEdition.edition()).isEqualTo(DRAFT_ID);
        assertThat(ev.evaluate(Council.of(nfdEdition)).edition()).isEqualTo(DRAFT_ID);
        assertThat(ev.evaluate(Council.of(nfdEdition)).classification().stars()).isEqualTo(Star.FIVE);
    }

    // ------------------------------------------------------------------ lookups normalise their argument

    /**
     * {@code RubricSet.criterion}, {@code Criterion.option}, {@code RubricSet.knockOut} and
     * {@code SheetScore.criterion} normalise their argument to NFC, as the sheet does.
     */
    @Test
    void publicLookupsByCodeNormalise() throws Exception {
        RubricSet set = load(vietnameseSet());
        SheetScore score = Evaluator.of(QD26, set).score(sheet(set, "A", Normalizer.Form.NFC));
        SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(set.criterion(nfd(CRIT))).as("RubricSet.criterion(NFD)").isSameAs(set.criterion(CRIT));
            soft.assertThat(set.criterion(CRIT).option(nfd(OPT_E))).as("Criterion.option(NFD)")
                    .isEqualTo(set.criterion(CRIT).option(OPT_E));
            soft.assertThat(set.knockOut(nfd(KO))).as("RubricSet.knockOut(NFD)").isSameAs(set.knockOut(KO));
            soft.assertThat(score.criterion(nfd(CRIT))).as("SheetScore.criterion(NFD)").isEqualTo(score.criterion(CRIT));
        });
    }

    @Test
    void catalogFindsAnEditionByAnIdInNfd() throws Exception {
        Edition draft = draftEdition();
        RubricCatalog catalog = RubricCatalog.of(List.of(draft));
        assertThat(catalog.findEdition(nfd(DRAFT_ID))).contains(draft);
        assertThat(catalog.edition(nfd(DRAFT_ID))).isSameAs(draft);
    }
}
