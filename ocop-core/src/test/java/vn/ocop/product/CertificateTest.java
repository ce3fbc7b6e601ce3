package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.Authority;

/** Điều 4.3 (36 months), Điều 12.3 (extension at most 180 days), Điều 4.1 (3★ and above only, with an authority). */
class CertificateTest {
    static Certificate cert(String id, Star s, LocalDate issued) {
        return Certificate.issue(id, "P1", s, s == Star.FIVE ? Authority.MINISTRY : Authority.PROVINCE, "QD-26-2026",
                RegistrationKind.FIRST, issued);
    }

    @Test
    void validFor36MonthsFromIssue() {
        // Nghệ An certificates of 04/02/2020 expired on 04/02/2023 (ocop-facts §2)
        Certificate c = cert("C1", Star.THREE, LocalDate.of(2020, 2, 4));
        assertThat(c.expiryDate()).isEqualTo(LocalDate.of(2023, 2, 4));
        assertThat(c.statusOn(LocalDate.of(2020, 2, 3))).isEqualTo(CertificateStatus.NOT_YET_ISSUED);
        assertThat(c.statusOn(LocalDate.of(2020, 2, 4))).isEqualTo(CertificateStatus.VALID);
        assertThat(c.statusOn(LocalDate.of(2023, 2, 4))).isEqualTo(CertificateStatus.VALID);
        assertThat(c.statusOn(LocalDate.of(2023, 2, 5))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void leapDayIssueEndsOnTheCorrespondingDay() {
        assertThat(cert("C", Star.FOUR, LocalDate.of(2024, 2, 29)).expiryDate()).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void extensionRevocationReplacement() {
        // an extension (Điều 12.3) follows a re-evaluation filing
        Certificate c = cert("C1", Star.FOUR, LocalDate.of(2023, 6, 1)).withReEvaluationFiled(LocalDate.of(2026, 3, 1),
                null);
        Certificate ext = c.withExtension(LocalDate.of(2026, 8, 1));
        assertThat(ext.statusOn(LocalDate.of(2026, 7, 1))).isEqualTo(CertificateStatus.EXTENDED);
        assertThat(ext.statusOn(LocalDate.of(2026, 8, 2))).isEqualTo(CertificateStatus.EXPIRED);
        assertThatThrownBy(() -> c.withExtension(LocalDate.of(2026, 11, 29)))
                .isInstanceOfSatisfying(LifecycleException.class, e -> assertThat(e.rule())
                        .isEqualTo(LifecycleRule.EXTENSION_LIMIT))
                .hasMessageContaining("29/11/2026").hasMessageEndingWith("(Điều 12.3)")
                .satisfies(e -> assertThat(((LifecycleException) e).text(java.util.Locale.ENGLISH))
                        .contains("not on 2026-11-29").endsWith("(Điều 12.3)"));
        assertThatThrownBy(() -> c.withExtension(LocalDate.of(2026, 5, 31)))
                .isInstanceOfSatisfying(LifecycleException.class, e -> assertThat(e.rule())
                        .isEqualTo(LifecycleRule.EXTENSION_LIMIT));
        assertThat(c.withExtension(LocalDate.of(2026, 11, 28)).lastValidDay()).isEqualTo(LocalDate.of(2026, 11, 28));
        Certificate rev = c.withRevocation(LocalDate.of(2024, 1, 10), RevocationGround.MISUSE_OF_MARK);
        assertThat(rev.statusOn(LocalDate.of(2024, 1, 9))).isEqualTo(CertificateStatus.VALID);
        assertThat(rev.statusOn(LocalDate.of(2024, 1, 10))).isEqualTo(CertificateStatus.REVOKED);
        assertThat(c.withReplacement(LocalDate.of(2025, 1, 1), "C2").inEffectOn(LocalDate.of(2025, 1, 1))).isFalse();
    }

    @Test
    void onlyThreeStarsAndAboveAreCertified() {
        assertThatThrownBy(() -> cert("C", Star.TWO, LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(LifecycleException.class, e -> assertThat(e.rule())
                        .isEqualTo(LifecycleRule.CERTIFIED_STARS))
                .hasMessageContaining("not 2★").hasMessageEndingWith("(Điều 4.1.a)");
        assertThatThrownBy(() -> Certificate.issue("C", "P1", Star.THREE, Authority.NONE, "QD-26-2026",
                RegistrationKind.FIRST, LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(LifecycleException.class, e -> assertThat(e.rule())
                        .isEqualTo(LifecycleRule.RECOGNISING_AUTHORITY));
    }

    /** The invariants of the events: a revocation and a replacement carry both their facts and follow the issue. */
    @Test
    void eventsCannotContradictTheCertificate() {
        Certificate c = cert("C1", Star.FOUR, LocalDate.of(2023, 6, 1));
        assertThatThrownBy(() -> c.withRevocation(LocalDate.of(2023, 5, 31), RevocationGround.MISUSE_OF_MARK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issued on 2023-06-01");
        assertThatThrownBy(() -> c.withReplacement(LocalDate.of(2023, 5, 31), "C2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issued on 2023-06-01");
        assertThatThrownBy(() -> c.withRevocation(LocalDate.of(2024, 1, 1), null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> c.withReplacement(LocalDate.of(2024, 1, 1), null)).isInstanceOf(NullPointerException.class);
    }

    /** Expiry and status are computed, not stored: JSON carries the facts only and reads back through the checks. */
    @Test
    void jsonCarriesTheFactsAndReadsBackThroughTheChecks() throws Exception {
        var json = OcopJson.mapper();
        Certificate c = cert("C1", Star.FOUR, LocalDate.of(2023, 6, 1)).withRevocation(LocalDate.of(2024, 1, 10),
                RevocationGround.MISUSE_OF_MARK);
        String text = json.writeValueAsString(c);
        assertThat(text).isEqualTo("{\"id\":\"C1\",\"productId\":\"P1\",\"stars\":4,\"authority\":\"PROVINCE\","
                + "\"editionId\":\"QD-26-2026\",\"kind\":\"FIRST\",\"issued\":\"2023-06-01\","
                + "\"revoked\":\"2024-01-10\",\"revocationGround\":\"MISUSE_OF_MARK\"}");
        assertThat(json.readValue(text, Certificate.class)).isEqualTo(c);
        String twoStars = text.replace("\"stars\":4", "\"stars\":2");
        assertThatThrownBy(() -> json.readValue(twoStars, Certificate.class))
                .hasRootCauseInstanceOf(LifecycleException.class).hasMessageContaining("Điều 4.1.a");
        String groundless = text.replace(",\"revocationGround\":\"MISUSE_OF_MARK\"", "");
        assertThatThrownBy(() -> json.readValue(groundless, Certificate.class))
                .hasRootCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("both a date and a ground");
    }
}
