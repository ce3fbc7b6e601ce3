package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.Authority;

class ProductHistoryTest {
    static final LocalDate D1 = LocalDate.of(2023, 9, 1);

    static Certificate c(String id, Star s, RegistrationKind k, LocalDate issued, String edition) {
        return Certificate.issue(id, "P1", s, ProcessRules.recognisingAuthority(s, Procedure.inForceOn(issued)),
                edition, k, issued);
    }

    /** The exception is a lifecycle error carrying the given rule, and its message ends with the rule's article. */
    static java.util.function.Consumer<Throwable> rule(LifecycleRule expected) {
        return t -> assertThat(t).isInstanceOfSatisfying(LifecycleException.class, e -> {
            assertThat(e.rule()).isEqualTo(expected);
            assertThat(e.getMessage()).endsWith("(" + expected.citation() + ")");
        });
    }

    @Test
    void upgradeReplacesAndStarOnADateHasOneAnswer() {
        ProductHistory h = ProductHistory.of("P1")
                .evaluated(D1.minusDays(20), "QD-148-2023", RegistrationKind.FIRST, Star.THREE, new BigDecimal("62.5"))
                .recognise(c("C1", Star.THREE, RegistrationKind.FIRST, D1, "QD-148-2023"))
                .recognise(c("C2", Star.FOUR, RegistrationKind.UPGRADE, LocalDate.of(2026, 7, 1), "QD-26-2026"));
        assertThat(h.holdingOn(LocalDate.of(2024, 1, 1))).hasValueSatisfying(x -> {
            assertThat(x.stars()).isEqualTo(Star.THREE);
            assertThat(x.editionId()).isEqualTo("QD-148-2023");
            assertThat(x.certificate().authority()).isEqualTo(Authority.DISTRICT); // 148 before 1489
        });
        assertThat(h.holdingOn(LocalDate.of(2026, 7, 1))).hasValueSatisfying(x -> assertThat(x.stars()).isEqualTo(Star.FOUR));
        assertThat(h.holdingOn(LocalDate.of(2026, 6, 30))).hasValueSatisfying(x -> assertThat(x.stars()).isEqualTo(Star.THREE));
        assertThat(h.certificates().get(0).statusOn(LocalDate.of(2026, 7, 2))).isEqualTo(CertificateStatus.REPLACED);
        assertThat(h.holdingOn(D1.minusDays(1))).isEmpty();
        assertThat(h.holdingOn(LocalDate.of(2029, 7, 2))).isEmpty();
        assertThat(h.timeline(LocalDate.of(2030, 1, 1))).extracting(ProductHistory.Event::type).containsExactly(
                ProductHistory.EventType.EVALUATED, ProductHistory.EventType.RECOGNISED, ProductHistory.EventType.UPGRADED,
                ProductHistory.EventType.EXPIRED);
    }

    @Test
    void invalidStepsAreErrors() {
        ProductHistory h = ProductHistory.of("P1").recognise(c("C1", Star.FOUR, RegistrationKind.FIRST, D1, "QD-148-2023"));
        assertThatThrownBy(() -> h.recognise(c("C2", Star.THREE, RegistrationKind.UPGRADE, LocalDate.of(2024, 5, 1), "QD-148-2023")))
                .satisfies(rule(LifecycleRule.UPGRADE_TO_HIGHER_STAR)).hasMessageContaining("not above its 4★");
        assertThatThrownBy(() -> h.recognise(c("C2", Star.FIVE, RegistrationKind.FIRST, LocalDate.of(2024, 5, 1), "QD-148-2023")))
                .satisfies(rule(LifecycleRule.FIRST_EVALUATION)).hasMessageContaining("already holds 4★");
        assertThatThrownBy(() -> ProductHistory.of("P1").recognise(c("C9", Star.FIVE, RegistrationKind.UPGRADE, D1, "QD-148-2023")))
                .satisfies(rule(LifecycleRule.UPGRADE_NEEDS_CERTIFICATE))
                .hasMessageContaining("an upgrade needs a recognised product");
        // revoking an expired certificate
        assertThatThrownBy(() -> h.revoke(LocalDate.of(2026, 10, 1), RevocationGround.STOPPED_PRODUCING, Authority.PROVINCE,
                LocalDate.of(2026, 9, 25))).satisfies(rule(LifecycleRule.REVOCATION_NEEDS_CERTIFICATE))
                .hasMessageContaining("its last certificate C1 is expired");
        // the ministry cannot revoke a 4★ certificate (Điều 8.2)
        assertThatThrownBy(() -> h.revoke(LocalDate.of(2026, 6, 1), RevocationGround.STOPPED_PRODUCING, Authority.MINISTRY,
                LocalDate.of(2026, 5, 25))).satisfies(rule(LifecycleRule.REVOKING_AUTHORITY))
                .hasMessageContaining("the provincial People's Committee decides (Điều 8.2)");
        // a revocation precedes the finding that grounds it
        assertThatThrownBy(() -> h.revoke(LocalDate.of(2026, 6, 1), RevocationGround.STOPPED_PRODUCING, Authority.PROVINCE,
                LocalDate.of(2026, 6, 2))).satisfies(rule(LifecycleRule.REVOCATION_AFTER_FINDING));
        // re-evaluation outside its window
        assertThatThrownBy(() -> h.reEvaluationFiled(LocalDate.of(2026, 1, 1))).satisfies(rule(LifecycleRule.REEVALUATION_WINDOW))
                .hasMessageContaining("trước ngày 05/03/2026")
                .satisfies(e -> assertThat(((LifecycleException) e).text(java.util.Locale.ENGLISH))
                        .contains("before its window opens on 2026-03-05"));
        assertThatThrownBy(() -> ProductHistory.of("P1").recognise(c("C1", Star.FIVE, RegistrationKind.REEVALUATION,
                LocalDate.of(2026, 8, 1), "QD-26-2026"))).satisfies(rule(LifecycleRule.REEVALUATION_NEEDS_CERTIFICATE));
        // argument errors: the same certificate twice, a certificate of another product
        assertThatThrownBy(() -> h.recognise(c("C1", Star.FIVE, RegistrationKind.REEVALUATION, LocalDate.of(2026, 8, 1), "QD-26-2026")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already recorded");
        assertThatThrownBy(() -> h.recognise(Certificate.issue("C7", "P2", Star.FOUR, Authority.PROVINCE, "QD-26-2026",
                RegistrationKind.UPGRADE, LocalDate.of(2026, 8, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("for product P2, not P1");
        assertThatThrownBy(() -> new ProductHistory("P2", List.of(), h.certificates()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("for product P1, not P2");
    }

    @Test
    void revocationEndsTheHoldingAndNotesALateDecision() {
        ProductHistory h = ProductHistory.of("P1").recognise(c("C1", Star.FOUR, RegistrationKind.FIRST, D1, "QD-148-2023"))
                .revoke(LocalDate.of(2026, 6, 30), RevocationGround.LEGAL_VIOLATION, Authority.PROVINCE, LocalDate.of(2026, 6, 1));
        assertThat(h.holdingOn(LocalDate.of(2026, 6, 29))).isPresent();
        assertThat(h.holdingOn(LocalDate.of(2026, 6, 30))).isEmpty();
        ProductHistory.Event e = h.events().get(h.events().size() - 1);
        assertThat(e.type()).isEqualTo(ProductHistory.EventType.REVOKED);
        assertThat(e.detail()).contains("Điều 8.1.c").contains("sau thời hạn thu hồi đến hết ngày 16/06/2026 (Điều 8.4)");
        assertThatThrownBy(() -> h.revoke(LocalDate.of(2026, 7, 1), RevocationGround.LEGAL_VIOLATION, Authority.PROVINCE,
                LocalDate.of(2026, 6, 1))).satisfies(rule(LifecycleRule.REVOCATION_NEEDS_CERTIFICATE))
                .hasMessageContaining("is revoked");
    }

    /** Điều 12.3: a late filer keeps the certificate until the decision, at most 180 days past expiry. */
    @Test
    void lateReEvaluationExtendsTheCertificateUntilTheDecision() {
        ProductHistory h = ProductHistory.of("P1").recognise(c("C1", Star.THREE, RegistrationKind.FIRST, D1, "QD-148-2023"))
                .reEvaluationFiled(LocalDate.of(2026, 7, 15)); // window closed on 2026-05-04; expiry 2026-09-01
        assertThat(h.holdingOn(LocalDate.of(2026, 12, 1))).hasValueSatisfying(x ->
                assertThat(x.status()).isEqualTo(CertificateStatus.EXTENDED));
        ProductHistory decided = h.recognise(c("C2", Star.FOUR, RegistrationKind.REEVALUATION, LocalDate.of(2026, 12, 10), "QD-26-2026"));
        assertThat(decided.holdingOn(LocalDate.of(2026, 12, 10))).hasValueSatisfying(x -> assertThat(x.stars()).isEqualTo(Star.FOUR));
        assertThat(decided.certificates().get(0).statusOn(LocalDate.of(2026, 12, 10))).isEqualTo(CertificateStatus.REPLACED);
        ProductHistory failed = h.reEvaluationFailed(LocalDate.of(2026, 10, 20));
        assertThat(failed.holdingOn(LocalDate.of(2026, 10, 20))).isPresent();
        assertThat(failed.holdingOn(LocalDate.of(2026, 10, 21))).isEmpty();
        ProductHistory onTime = ProductHistory.of("P1").recognise(c("C1", Star.THREE, RegistrationKind.FIRST, D1, "QD-148-2023"))
                .reEvaluationFiled(LocalDate.of(2026, 4, 1));
        assertThat(onTime.holdingOn(LocalDate.of(2026, 9, 2))).isEmpty();
        // under the permanent reading of Điều 12.3 a filing after expiry is a first evaluation (under the default,
        // transitional one this 148-era certificate, whose window opened before 2026-05-22, is extended)
        assertThatThrownBy(() -> ProductHistory.of("P1").recognise(c("C1", Star.THREE, RegistrationKind.FIRST, D1, "QD-148-2023"))
                .reEvaluationFiled(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 2),
                        vn.ocop.process.LateFilingReading.EVERY_LATE_FILER, vn.ocop.process.HolidayCalendar.bundled()))
                .satisfies(rule(LifecycleRule.REEVALUATION_NEEDS_CERTIFICATE))
                .hasMessageContaining("expired on 2026-09-01");
    }

    @Test
    void historyRoundTripsThroughJson() throws Exception {
        ProductHistory h = ProductHistory.of("P1").recognise(c("C1", Star.THREE, RegistrationKind.FIRST, D1, "QD-148-2023"))
                .reEvaluationFiled(LocalDate.of(2026, 7, 15))
                .recognise(c("C2", Star.FOUR, RegistrationKind.REEVALUATION, LocalDate.of(2026, 12, 10), "QD-26-2026"));
        var json = vn.ocop.OcopJson.mapper();
        String text = json.writeValueAsString(h);
        assertThat(json.readValue(text, ProductHistory.class)).isEqualTo(h);
        assertThat(text).contains("\"issued\":\"2023-09-01\"").contains("\"extendedUntil\":\"2027-02-28\"");
    }
}
