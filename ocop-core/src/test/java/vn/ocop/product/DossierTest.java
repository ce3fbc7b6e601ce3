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

    static final java.util.Map<String, Integer> PAPERS = java.util.Map.of("mau-01", 1, "mau-02", 1,
            "van-ban-de-nghi-cua-xa", 1, "mau-03", 1);

    @Test
    void readyDossierFallsIntoItsRound() {
        Dossier d = new Dossier("P1", "I", RegistrationKind.FIRST, LocalDate.of(2026, 6, 1), 5, OK,
                LocalDate.of(2026, 6, 25), null);
        assertThat(d.checklist(PAPERS, false).complete()).isTrue();
        assertThat(d.provincialRound().heldBefore()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    /** Điều 6.1–6.2 as a checklist; Điều 7.2: the commune's 15 working days; Điều 7.2.b: the commune proposes. */
    @Test
    void samplesPreCheckAndDeadlineProblems() {
        // filed under 26/2026, whose terms set the components (Điều 6) and the commune's 15 working days (Điều 7.2)
        Dossier d = new Dossier("P1", "I", RegistrationKind.FIRST, LocalDate.of(2026, 6, 1), 3,
                new CommunePreCheck(Finding.CONFIRMED, Finding.NOT_MET, Finding.CONFIRMED, Finding.NOT_ASSESSED, null),
                null, null);
        vn.ocop.process.Checklist c = d.checklist(PAPERS, false);
        assertThat(c.complete()).isFalse();
        assertThat(c.missing()).extracting(i -> i.component().code()).containsExactly("san-pham-mau");
        assertThat(c.missing().get(0).text(java.util.Locale.ENGLISH)).isEqualTo("[missing] Product samples supplied "
                + "by the producer (has 3/5; Điều 6.2.d)");
        // the commune's unfavourable findings are an assessment reported to the province, not a missing component
        assertThat(d.preCheck().openItems(java.util.Locale.ENGLISH)).containsExactly(
                "use of local labour: not met", "local identity, culture and know-how: not assessed");
        assertThat(d.communeReportDeadline(HolidayCalendar.bundled()).orElseThrow().lastDay())
                .isEqualTo(LocalDate.of(2026, 6, 22));
        assertThatThrownBy(d::provincialRound).isInstanceOfSatisfying(LifecycleException.class,
                e -> assertThat(e.rule()).isEqualTo(LifecycleRule.COMMUNE_PROPOSAL));
        Dossier tourism = new Dossier("T1", "VI", RegistrationKind.FIRST, LocalDate.of(2026, 6, 1), 0, OK,
                LocalDate.of(2026, 6, 25), null);
        assertThat(tourism.checklist(PAPERS, false).complete()).isTrue();
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
