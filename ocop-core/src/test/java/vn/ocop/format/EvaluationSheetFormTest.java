package vn.ocop.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopException;
import vn.ocop.format.EvaluationSheetForm.FormChoices;
import vn.ocop.format.EvaluationSheetForm.FormCriterion;
import vn.ocop.rubric.Criterion;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.KnockOut;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.TaxonomyNode;

/** The form model laid out from the rubric data (Annex II of Decision 26/2026/QĐ-TTg). */
class EvaluationSheetFormTest {
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");
    static final Edition QD148 = RubricCatalog.bundled().edition("QD-148-2023");

    @Test
    void set13HasItsPartsGroupsAndCriteriaInTheLawsOrder() {
        EvaluationSheetForm f = EvaluationSheetForm.of(QD26, 13);
        assertThat(f.parts()).extracting(EvaluationSheetForm.FormPart::code).containsExactly("A", "B", "C");
        assertThat(f.parts()).extracting(EvaluationSheetForm.FormPart::max)
                .containsExactly(new BigDecimal("40"), new BigDecimal("25"), new BigDecimal("35"));
        assertThat(f.parts().get(0).name()).isEqualTo("Sản phẩm và sức mạnh cộng đồng");
        assertThat(f.total()).isEqualByComparingTo("100");
        assertThat(f.parts().get(2).groups()).extracting(g -> g.group().code())
                .containsExactly("6", "7", "8", "9", "10", "11");
        // 6.1 Ngoại hình is scored through 6.1.1 … 6.1.5: a parent without options, its sub-criteria one level down
        FormCriterion appearance = f.parts().get(2).groups().get(0).criteria().get(0);
        assertThat(appearance.criterion().code()).isEqualTo("6.1");
        assertThat(appearance.choices()).isEmpty();
        assertThat(appearance.subCriteria()).extracting(c -> c.criterion().code())
                .containsExactly("6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.1.5");
        assertThat(appearance.subCriteria()).allMatch(c -> c.depth() == 1);
        // every criterion of the set, parents and sub-criteria, once
        assertThat(f.allCriteria()).extracting(c -> c.criterion().code()).doesNotHaveDuplicates()
                .contains("1.1", "2.4", "5.2", "6.1", "6.1.1", "6.2.2", "7", "11")
                .hasSize(36);
    }

    @Test
    void knockOutsOfTheWholeSetStandApartFromThoseOfACriterion() {
        EvaluationSheetForm f = EvaluationSheetForm.of(QD26, 13);
        assertThat(f.knockOuts()).extracting(KnockOut::code).containsExactly("KO1");
        assertThat(byCode(f, "1.1").knockOuts()).extracting(KnockOut::code).containsExactly("KO2");
        assertThat(byCode(f, "2.1").knockOuts()).extracting(KnockOut::code).containsExactly("KO3");
        assertThat(byCode(f, "6.1.1").knockOuts()).extracting(KnockOut::code).containsExactly("KO4");
        assertThat(byCode(f, "1.2").knockOuts()).isEmpty();
    }

    @Test
    void yesNoCriterionOffersNoAndYes() {
        FormCriterion bilingual = byCode(EvaluationSheetForm.of(QD26, 13), "2.4");
        assertThat(bilingual.criterion().yesNo()).isTrue();
        assertThat(bilingual.options()).extracting(o -> o.code()).containsExactly(Criterion.NO, Criterion.YES);
        assertThat(bilingual.options()).extracting(o -> o.points())
                .containsExactly(BigDecimal.ZERO, new BigDecimal("1"));
    }

    /** Set 26, criterion 8: "Lựa chọn một trong hai trường hợp sau" (Phụ lục II, mục 26). */
    @Test
    void tourismCriteriaGroupTheirOptionsByCase() {
        FormCriterion c = byCode(EvaluationSheetForm.of(QD26, 26), "8");
        assertThat(c.choices()).extracting(ch -> ch.caseSpec().code()).containsExactly("TH1", "TH2");
        assertThat(c.choices().get(0).options()).extracting(o -> o.code()).containsExactly("a", "b");
        assertThat(c.choices().get(1).options()).extracting(o -> o.code()).containsExactly("c", "d");
        assertThat(c.choices().get(1).caseSpec().label()).isEqualTo("Điểm dịch vụ du lịch");
        FormCriterion plain = byCode(EvaluationSheetForm.of(QD26, 26), "10");
        assertThat(plain.choices()).singleElement().extracting(FormChoices::caseSpec).isNull();
    }

    @Test
    void taxonomyPathRunsFromTheProductGroupToTheSet() {
        assertThat(EvaluationSheetForm.of(QD26, 13).taxonomyPath()).extracting(TaxonomyNode::code)
                .containsExactly("I", "I.6");
        assertThat(EvaluationSheetForm.of(QD26, 1).taxonomyPath()).extracting(TaxonomyNode::code)
                .containsExactly("I", "I.1", "I.1.a");
    }

    @Test
    void everySetOfBothEditionsWithCriteriaGivesAFormOf100Points() {
        for (Edition e : List.of(QD26, QD148)) {
            e.sets().forEach(s -> {
                EvaluationSheetForm f = EvaluationSheetForm.of(e, s);
                assertThat(f.total()).as(s.toString()).isEqualByComparingTo("100");
                assertThat(f.allCriteria().stream().filter(c -> c.criterion().isLeaf()).map(c -> c.criterion()))
                        .as(s.toString()).containsExactlyElementsOf(s.leafCriteria());
            });
        }
    }

    @Test
    void decision1048CarriesNoSetsSoNoForm() {
        Edition qd1048 = RubricCatalog.bundled().edition("QD-1048-2019");
        assertThatThrownBy(() -> EvaluationSheetForm.of(qd1048, 1)).isInstanceOf(OcopException.class)
                .hasMessageContaining("QD-1048-2019 has no rubric set 1");
    }

    @Test
    void aSetOfAnotherEditionIsRefused() {
        assertThatThrownBy(() -> EvaluationSheetForm.of(QD26, QD148.set(1))).isInstanceOf(OcopException.class)
                .hasMessageContaining("is not a set of QD-26-2026");
    }

    @Test
    void withHeaderMakesACopy() {
        EvaluationSheetForm blank = EvaluationSheetForm.of(QD26, 13);
        SheetHeader h = SheetHeader.blank().withProduct("Cà phê bột").withDate(LocalDate.of(2026, 6, 15));
        EvaluationSheetForm filled = blank.withHeader(h);
        assertThat(filled.header()).isEqualTo(h);
        assertThat(blank.header()).isEqualTo(SheetHeader.blank());
        assertThat(filled.parts()).isSameAs(blank.parts());
    }

    @Test
    void unverifiedDataIsFlagged() {
        assertThat(EvaluationSheetForm.of(QD26, 13).unverified()).isFalse();
        boolean anyUnverified148 = QD148.sets().stream().anyMatch(s -> EvaluationSheetForm.of(QD148, s).unverified());
        boolean dataHasUnverified = QD148.sets().stream().anyMatch(s -> s.unverified()
                || s.leafCriteria().stream().anyMatch(Criterion::unverified));
        assertThat(anyUnverified148).isEqualTo(dataHasUnverified);
    }

    static FormCriterion byCode(EvaluationSheetForm f, String code) {
        return f.allCriteria().stream().filter(c -> c.criterion().code().equals(code)).findFirst().orElseThrow();
    }
}
