package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ocop.process.HolidayCalendar;
import vn.ocop.rubric.Edition;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.Authority;

class ProcessRulesTest {
    static final Edition QD26 = RubricCatalog.bundled().edition("QD-26-2026");

    @Test
    void authorities() {
        assertThat(ProcessRules.recognisingAuthority(Star.THREE, Procedure.QD_26_2026)).isEqualTo(Authority.PROVINCE);
        assertThat(ProcessRules.recognisingAuthority(Star.FIVE, Procedure.QD_26_2026)).isEqualTo(Authority.MINISTRY);
        assertThat(ProcessRules.recognisingAuthority(Star.THREE, Procedure.QD_148_2023)).isEqualTo(Authority.DISTRICT);
        assertThat(ProcessRules.recognisingAuthority(Star.FOUR, Procedure.QD_148_2023)).isEqualTo(Authority.PROVINCE);
        assertThat(ProcessRules.recognisingAuthority(Star.THREE, Procedure.QD_148_AS_AMENDED_BY_1489)).isEqualTo(Authority.PROVINCE);
        assertThatThrownBy(() -> ProcessRules.recognisingAuthority(Star.TWO, Procedure.QD_26_2026))
                .isInstanceOfSatisfying(LifecycleException.class, e -> assertThat(e.rule())
                        .isEqualTo(LifecycleRule.CERTIFIED_STARS))
                .hasMessageContaining("Điều 4.1.a");
        Certificate district3 = Certificate.issue("C", "P", Star.THREE, Authority.DISTRICT, "QD-148-2023",
                RegistrationKind.FIRST, LocalDate.of(2024, 3, 1));
        assertThat(ProcessRules.revokingAuthority(district3, LocalDate.of(2025, 1, 1))).isEqualTo(Authority.DISTRICT);
        assertThat(ProcessRules.revokingAuthority(district3, LocalDate.of(2026, 9, 1))).isEqualTo(Authority.PROVINCE);
    }

    @Test
    void aMissedDeadlineNamesTheDeadline() {
        assertThatThrownBy(() -> new ProcessRules.TransitionRuling(Procedure.QD_26_2026, null, true, "Điều 12.2.a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs the deadline");
        assertThatThrownBy(() -> ProcessRules.transition(LocalDate.of(2026, 5, 1), RegistrationKind.FIRST,
                LocalDate.of(2026, 4, 30))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decision 2026-04-30 cannot precede the filing 2026-05-01");
    }

    @Test
    void procedureByDate() {
        assertThat(Procedure.inForceOn(LocalDate.of(2025, 7, 5))).isEqualTo(Procedure.QD_148_2023);
        assertThat(Procedure.inForceOn(LocalDate.of(2025, 7, 6))).isEqualTo(Procedure.QD_148_AS_AMENDED_BY_1489);
        assertThat(Procedure.inForceOn(LocalDate.of(2026, 5, 22))).isEqualTo(Procedure.QD_26_2026);
        assertThatThrownBy(() -> Procedure.inForceOn(LocalDate.of(2019, 1, 1)))
                .isInstanceOfSatisfying(LifecycleException.class, e -> assertThat(e.rule())
                        .isEqualTo(LifecycleRule.PROGRAMME_START))
                .hasMessageContaining("2019-08-21");
        assertThat(Procedure.inForceOn(LocalDate.of(2019, 8, 21))).isEqualTo(Procedure.QD_1048_2019);
    }

    /** Điều 7.6.a: not earlier than 180 and not later than 120 days before expiry. */
    @Test
    void reEvaluationWindow() {
        Certificate c = CertificateTest.cert("C", Star.FOUR, LocalDate.of(2023, 9, 1)); // expires 2026-09-01
        assertThat(ProcessRules.reEvaluationWindowOpens(c)).contains(LocalDate.of(2026, 3, 5));
        assertThat(ProcessRules.reEvaluationWindowCloses(c)).contains(LocalDate.of(2026, 5, 4));
        assertThat(ProcessRules.assessReEvaluationFiling(c, LocalDate.of(2026, 3, 4))).isEqualTo(ProcessRules.Filing.TOO_EARLY);
        assertThat(ProcessRules.assessReEvaluationFiling(c, LocalDate.of(2026, 3, 5))).isEqualTo(ProcessRules.Filing.ON_TIME);
        assertThat(ProcessRules.assessReEvaluationFiling(c, LocalDate.of(2026, 5, 4))).isEqualTo(ProcessRules.Filing.ON_TIME);
        assertThat(ProcessRules.assessReEvaluationFiling(c, LocalDate.of(2026, 5, 5))).isEqualTo(ProcessRules.Filing.LATE);
        assertThat(ProcessRules.assessReEvaluationFiling(c, LocalDate.of(2026, 9, 1))).isEqualTo(ProcessRules.Filing.LATE);
        assertThat(ProcessRules.assessReEvaluationFiling(c, LocalDate.of(2026, 9, 2))).isEqualTo(ProcessRules.Filing.AFTER_EXPIRY);
        assertThat(ProcessRules.reEvaluationDecisionDeadline(LocalDate.of(2026, 6, 1)).orElseThrow().lastDay())
                .isEqualTo(LocalDate.of(2026, 7, 16));
        // Điều 12.3: until the decision, at most 180 days past expiry
        assertThat(ProcessRules.extendedUntil(c, LocalDate.of(2026, 10, 15))).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(ProcessRules.extendedUntil(c, LocalDate.of(2027, 6, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ProcessRules.extendedUntil(c, null)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void otherDeadlines() {
        assertThat(ProcessRules.revocationDeadline(LocalDate.of(2026, 12, 20)).orElseThrow().lastDay())
                .isEqualTo(LocalDate.of(2027, 1, 4));
        // 15 working days from Friday 2026-08-28, skipping 2026-08-31 (swapped with Saturday 08-22), 09-01 and
        // 09-02 (Quốc khánh) and weekends
        assertThat(ProcessRules.communePreCheckDeadline(LocalDate.of(2026, 8, 28), HolidayCalendar.bundled())
                .orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 9, 23));
        // on the built-in days alone (2/9 only): Monday 31/8 and Tuesday 1/9 count
        assertThat(ProcessRules.communePreCheckDeadline(LocalDate.of(2026, 8, 28), HolidayCalendar.builtIn())
                .orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 9, 21));
        assertThat(ProcessRules.requiredSamples("I")).isEqualTo(5);
        assertThat(ProcessRules.requiredSamples("VI")).isZero();
    }

    /** Điều 11–12: 148 lapses 60 days after 2026-05-22; pending dossiers finish within 60 / 30 days. */
    @ParameterizedTest(name = "filed {0}, {1}, decided {2} → {3} {4} missed={5}")
    @CsvSource({
        "2026-04-10, FIRST,        2026-05-20, QD_148_AS_AMENDED_BY_1489, QD-148-2023, false",
        "2026-04-10, FIRST,        2026-07-21, QD_148_AS_AMENDED_BY_1489, QD-148-2023, false",
        "2026-04-10, FIRST,        2026-07-22, QD_26_2026,                QD-26-2026,  true",
        "2026-04-10, UPGRADE,      2026-07-01, QD_148_AS_AMENDED_BY_1489, QD-148-2023, false",
        "2026-04-10, REEVALUATION, 2026-06-21, QD_148_AS_AMENDED_BY_1489, QD-148-2023, false",
        "2026-04-10, REEVALUATION, 2026-06-22, QD_26_2026,                QD-26-2026,  true",
        "2026-05-22, FIRST,        2026-06-01, QD_26_2026,                QD-26-2026,  false",
        "2024-03-01, FIRST,        2024-06-01, QD_148_2023,               QD-148-2023, false"})
    void transition(LocalDate filed, RegistrationKind kind, LocalDate decided, Procedure p, String edition, boolean missed) {
        ProcessRules.TransitionRuling r = ProcessRules.transition(filed, kind, decided);
        assertThat(r.procedure()).isEqualTo(p);
        assertThat(r.editionId()).isEqualTo(edition);
        assertThat(r.deadlineMissed()).isEqualTo(missed);
        // agrees with the catalog's view of the rubric edition
        if (!missed) {
            assertThat(RubricCatalog.bundled().editionForDossier(filed, kind.name(), decided).id()).isEqualTo(edition);
        }
    }
}
