package vn.ocop.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/**
 * The process terms bundled with each edition, against the text of the decisions: 26/2026 Điều 4.3, 5, 6, 7.2,
 * 7.6, 8, 12; 148/2023 with 1489/2025 (the district's 3★ until the districts ended); 1048/2019.
 */
class BundledProcessTermsTest {
    static final RubricCatalog C = RubricCatalog.bundled();

    @Test
    void decision26() {
        ProcessTerms t = C.edition("QD-26-2026").process().orElseThrow();
        assertThat(t.validityMonths()).isEqualTo(new ProcessTerms.Term(36, "Điều 4.3"));
        assertThat(t.reEvaluationWindowOpens()).contains(new ProcessTerms.Term(180, "Điều 7.6.a"));
        assertThat(t.reEvaluationWindowCloses()).contains(new ProcessTerms.Term(120, "Điều 7.6.a"));
        assertThat(t.reEvaluationDecisionDays()).contains(new ProcessTerms.Term(45, "Điều 7.6.g"));
        assertThat(t.revocationDays()).contains(new ProcessTerms.Term(15, "Điều 8.4"));
        assertThat(t.communeWorkingDays()).contains(new ProcessTerms.Term(15, "Điều 7.2"));
        assertThat(t.lateFilingExtensionDays()).contains(new ProcessTerms.Term(180, "Điều 12.3"));
        assertThat(t.rounds()).containsExactly(
                new ProcessTerms.RoundRule(Authority.PROVINCE, 1, MonthDay.of(4, 30), MonthDay.of(6, 30), "Điều 5.1"),
                new ProcessTerms.RoundRule(Authority.PROVINCE, 2, MonthDay.of(10, 30), MonthDay.of(12, 30), "Điều 5.1"),
                new ProcessTerms.RoundRule(Authority.MINISTRY, 1, MonthDay.of(7, 30), MonthDay.of(9, 30), "Điều 5.2"),
                new ProcessTerms.RoundRule(Authority.MINISTRY, 2, MonthDay.of(1, 30), MonthDay.of(3, 30), "Điều 5.2"));
        ProcessTerms.Authorities a = t.authoritiesOn(LocalDate.of(2030, 1, 1)).orElseThrow();
        assertThat(a.recognises(Star.THREE)).contains(Authority.PROVINCE);
        assertThat(a.recognises(Star.FOUR)).contains(Authority.PROVINCE);
        assertThat(a.recognises(Star.FIVE)).contains(Authority.MINISTRY);
        assertThat(a.revokes(Star.FIVE)).contains(Authority.MINISTRY);
        assertThat(a.recognises(Star.TWO)).isEmpty();
        assertThat(t.authoritiesOn(LocalDate.of(2026, 5, 21))).isEmpty();
        assertThat(t.transition()).contains(new ProcessTerms.Transition("QD-148-2023",
                new ProcessTerms.Term(60, "Điều 12.2.a"), new ProcessTerms.Term(30, "Điều 12.2.b")));
    }

    /** Điều 6: Mẫu 01 and 02 for every kind; the changes for an upgrade; the updates for a re-evaluation. */
    @Test
    void decision26DossierByKind() {
        ProcessTerms t = C.edition("QD-26-2026").process().orElseThrow();
        assertThat(t.dossier("FIRST")).filteredOn(c -> c.stage() == ProcessTerms.Stage.PRODUCER)
                .extracting(ProcessTerms.Component::code).containsExactly("mau-01", "mau-02");
        assertThat(t.dossier("UPGRADE")).filteredOn(c -> c.stage() == ProcessTerms.Stage.PRODUCER)
                .extracting(ProcessTerms.Component::code)
                .containsExactly("mau-01", "mau-02", "thay-doi-so-voi-san-pham-da-cong-nhan");
        assertThat(t.dossier("REEVALUATION")).filteredOn(c -> c.stage() == ProcessTerms.Stage.PRODUCER)
                .extracting(ProcessTerms.Component::code).containsExactly("mau-01", "mau-02", "cap-nhat-sau-cong-nhan");
        assertThat(t.dossier("FIRST")).filteredOn(c -> c.stage() == ProcessTerms.Stage.COMMUNE)
                .extracting(ProcessTerms.Component::code)
                .containsExactly("van-ban-de-nghi-cua-xa", "mau-03", "san-pham-mau");
        // Điều 6.3.a for a first 5★ dossier, 6.3.b for a 5★ re-evaluation; 5 samples each time, none for tourism
        assertThat(t.dossier("FIRST")).filteredOn(c -> c.stage() == ProcessTerms.Stage.PROVINCE)
                .extracting(ProcessTerms.Component::code).containsExactly("van-ban-de-nghi-cua-tinh",
                        "bao-cao-to-tu-van-tinh", "bao-cao-hoi-dong-tinh", "quyet-dinh-phe-duyet-ket-qua",
                        "kiem-tra-kiem-nghiem-bo-sung", "san-pham-mau-5-sao");
        assertThat(t.dossier("REEVALUATION")).filteredOn(c -> c.stage() == ProcessTerms.Stage.PROVINCE)
                .extracting(ProcessTerms.Component::code).containsExactly("van-ban-de-nghi-cua-tinh",
                        "bao-cao-co-quan-tham-muu-tinh", "kiem-tra-kiem-nghiem-bo-sung", "san-pham-mau-5-sao");
        assertThat(t.dossier()).filteredOn(c -> c.code().startsWith("san-pham-mau")).allSatisfy(c -> {
            assertThat(c.quantity()).isEqualTo(5);
            assertThat(c.appliesTo("VI")).isFalse();
            assertThat(c.appliesTo("I")).isTrue();
        });
        assertThat(t.dossier()).filteredOn(ProcessTerms.Component::optional).extracting(ProcessTerms.Component::code)
                .containsExactly("kiem-tra-kiem-nghiem-bo-sung");
    }

    /** 148: the district recognised 3★ until the districts ended on 2025-07-01; the province from then on. */
    @Test
    void decision148WithDecision1489() {
        ProcessTerms t = C.edition("QD-148-2023").process().orElseThrow();
        assertThat(t.validityMonths().value()).isEqualTo(36);
        assertThat(t.authoritiesOn(LocalDate.of(2025, 6, 30)).orElseThrow().recognises(Star.THREE))
                .contains(Authority.DISTRICT);
        assertThat(t.authoritiesOn(LocalDate.of(2025, 7, 1)).orElseThrow().recognises(Star.THREE))
                .contains(Authority.PROVINCE);
        assertThat(t.authoritiesOn(LocalDate.of(2026, 7, 21))).isPresent();
        assertThat(t.authoritiesOn(LocalDate.of(2026, 7, 22))).isEmpty();
        assertThat(t.reEvaluationWindowOpens()).isEmpty();
        assertThat(t.rounds()).isEmpty();
        assertThat(t.dossier()).isEmpty();
    }

    @Test
    void decision1048() {
        ProcessTerms t = C.edition("QD-1048-2019").process().orElseThrow();
        assertThat(t.validityMonths().value()).isEqualTo(36);
        ProcessTerms.Authorities a = t.authoritiesOn(LocalDate.of(2020, 2, 4)).orElseThrow();
        assertThat(a.recognises(Star.THREE)).contains(Authority.PROVINCE);
        assertThat(a.recognises(Star.FIVE)).isEmpty();
    }
}
