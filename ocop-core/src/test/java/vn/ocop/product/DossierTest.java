package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.process.HolidayCalendar;
import vn.ocop.product.CommunePreCheck.Finding;

class DossierTest {
    static final CommunePreCheck OK = new CommunePreCheck(Finding.CONFIRMED, Finding.CONFIRMED, Finding.CONFIRMED,
            Finding.CONFIRMED, LocalDate.of(2026, 3, 20));

    @Test
    void readyDossierFallsIntoItsRound() {
        Dossier d = new Dossier("P1", "I", RegistrationKind.FIRST, LocalDate.of(2026, 3, 2), 5, OK,
                LocalDate.of(2026, 3, 25), null);
        assertThat(d.problems(HolidayCalendar.builtIn(), LocalDate.of(2026, 4, 1))).isEmpty();
        assertThat(d.provincialRound().heldBefore()).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void samplesPreCheckAndDeadlineProblems() {
        // filed under 26/2026, whose terms set the commune's 15 working days (Điều 7.2)
        Dossier d = new Dossier("P1", "I", RegistrationKind.FIRST, LocalDate.of(2026, 6, 1), 3,
                new CommunePreCheck(Finding.CONFIRMED, Finding.NOT_MET, Finding.CONFIRMED, Finding.NOT_ASSESSED, null),
                null, null);
        assertThat(d.problems(HolidayCalendar.bundled(), LocalDate.of(2026, 7, 1))).containsExactly(
                "needs 5 product samples, has 3 (Điều 6.2.d)",
                "commune pre-check item not confirmed: use of local labour: not met (Điều 7.2.a)",
                "commune pre-check item not confirmed: local identity, culture and know-how: not assessed (Điều 7.2.a)",
                "the commune's report was due by 2026-06-22 (15 working days, Điều 7.2)",
                "not yet proposed by the commune to the province (Điều 7.2.b)");
        Dossier tourism = new Dossier("T1", "VI", RegistrationKind.FIRST, LocalDate.of(2026, 6, 1), 0, OK,
                LocalDate.of(2026, 6, 25), null);
        assertThat(tourism.problems(HolidayCalendar.bundled(), LocalDate.of(2026, 7, 1))).isEmpty();
    }

    /** Mẫu số 03: the commune's findings in the reader's language, never constant names. */
    @Test
    void openPreCheckItemsInVietnameseOrEnglish() {
        CommunePreCheck p = new CommunePreCheck(Finding.CONFIRMED, Finding.NOT_MET, Finding.CONFIRMED,
                Finding.NOT_ASSESSED, null);
        assertThat(p.openItems(java.util.Locale.forLanguageTag("vi"))).containsExactly(
                "sử dụng lao động địa phương: không đạt", "tính đặc trưng, văn hoá và bí quyết địa phương: chưa đánh giá");
        assertThat(p.openItems(java.util.Locale.ENGLISH)).containsExactly("use of local labour: not met",
                "local identity, culture and know-how: not assessed");
        assertThat(p.complete()).isFalse();
        assertThat(OK.complete()).isTrue();
        assertThat(OK.openItems(java.util.Locale.ENGLISH)).isEmpty();
    }

    /** Điều 7.2.b and 7.3.e: a round is known once the commune (the province) has proposed the dossier. */
    @Test
    void noRoundBeforeTheProposal() {
        Dossier d = new Dossier("P1", "I", RegistrationKind.FIRST, LocalDate.of(2026, 3, 2), 5, OK, null, null);
        assertThatThrownBy(d::provincialRound).isInstanceOfSatisfying(LifecycleException.class,
                e -> assertThat(e.rule()).isEqualTo(LifecycleRule.COMMUNE_PROPOSAL)).hasMessageContaining("P1");
        assertThatThrownBy(d::ministryRound).isInstanceOfSatisfying(LifecycleException.class,
                e -> assertThat(e.rule()).isEqualTo(LifecycleRule.PROVINCE_PROPOSAL)).hasMessageContaining("P1");
        assertThatThrownBy(() -> new Dossier("P1", "I", RegistrationKind.FIRST, LocalDate.of(2026, 3, 2), -1, OK, null,
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("samples");
    }
}
