package vn.ocop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.ocop.process.HolidayCalendar;
import vn.ocop.process.LateFilingReading;
import vn.ocop.rubric.Authority;
import vn.ocop.rubric.RubricCatalog;
import vn.ocop.rubric.Star;

/** The process of a product's life to the letter of Decision 26/2026, one test per article. */
class Qd26ProcessTest {
    private static final Locale VI = Locale.forLanguageTag("vi");

    private static Certificate cert(String id, Star s, Authority a, String edition, RegistrationKind k, LocalDate d) {
        return Certificate.issue(id, "P1", s, a, edition, k, d);
    }

    private static java.util.function.Consumer<Throwable> rule(LifecycleRule expected) {
        return t -> assertThat(t).isInstanceOfSatisfying(LifecycleException.class, e -> {
            assertThat(e.rule()).isEqualTo(expected);
            assertThat(e.getMessage()).endsWith("(" + expected.citation() + ")");
        });
    }

    /** Điều 4.1: 3★/4★ the province, 5★ the ministry; a district 3★ only under 148 before 2025-07-01. */
    @Test
    void recognisingAuthorityIsCheckedOnEveryCertificate() {
        LocalDate d = LocalDate.of(2026, 8, 1);
        assertThatThrownBy(() -> cert("A", Star.FIVE, Authority.PROVINCE, "QD-26-2026", RegistrationKind.FIRST, d))
                .satisfies(rule(LifecycleRule.RECOGNISING_AUTHORITY))
                .hasMessageContaining("UBND cấp tỉnh không có thẩm quyền công nhận sản phẩm 5 sao")
                .satisfies(e -> assertThat(((LifecycleException) e).text(Locale.ENGLISH))
                        .contains("competent authority is the Ministry"));
        assertThatThrownBy(() -> cert("B", Star.THREE, Authority.MINISTRY, "QD-26-2026", RegistrationKind.FIRST, d))
                .satisfies(rule(LifecycleRule.RECOGNISING_AUTHORITY));
        assertThatThrownBy(() -> cert("C", Star.THREE, Authority.DISTRICT, "QD-26-2026", RegistrationKind.FIRST,
                LocalDate.of(2027, 3, 1))).satisfies(rule(LifecycleRule.RECOGNISING_AUTHORITY));
        // under 148/2023 the district recognised 3★ until the districts ended on 2025-07-01
        assertThat(cert("D", Star.THREE, Authority.DISTRICT, "QD-148-2023", RegistrationKind.FIRST,
                LocalDate.of(2025, 6, 30)).authority()).isEqualTo(Authority.DISTRICT);
        assertThatThrownBy(() -> cert("E", Star.THREE, Authority.DISTRICT, "QD-148-2023", RegistrationKind.FIRST,
                LocalDate.of(2025, 7, 3))).satisfies(rule(LifecycleRule.RECOGNISING_AUTHORITY));
        assertThat(cert("F", Star.THREE, Authority.PROVINCE, "QD-148-2023", RegistrationKind.FIRST,
                LocalDate.of(2025, 7, 3)).authority()).isEqualTo(Authority.PROVINCE);
        assertThatThrownBy(() -> cert("G", Star.FOUR, Authority.DISTRICT, "QD-148-2023", RegistrationKind.FIRST,
                LocalDate.of(2024, 3, 1))).satisfies(rule(LifecycleRule.RECOGNISING_AUTHORITY));
        assertThat(ProcessRules.recognisingAuthority(Star.THREE, "QD-148-2023", LocalDate.of(2025, 7, 1)))
                .contains(Authority.PROVINCE);
    }

    /** Điều 7.6.a: a re-evaluation is decided on a dossier filed in its window (180 to 120 days before expiry). */
    @Test
    void reEvaluationNeedsAFiling() {
        Certificate c1 = cert("C1", Star.THREE, Authority.PROVINCE, "QD-26-2026", RegistrationKind.FIRST,
                LocalDate.of(2026, 6, 1)); // expires 2029-06-01; window 2028-12-03 to 2029-02-01
        ProductHistory h = ProductHistory.of("P1").recognise(c1);
        // recognised 30 months in with no dossier: refused
        assertThatThrownBy(() -> h.recognise(cert("C2", Star.FOUR, Authority.PROVINCE, "QD-26-2026",
                RegistrationKind.REEVALUATION, LocalDate.of(2028, 12, 1))))
                .satisfies(rule(LifecycleRule.REEVALUATION_NEEDS_FILING))
                .satisfies(e -> assertThat(((LifecycleException) e).text(Locale.ENGLISH))
                        .contains("no re-evaluation dossier was filed (window 2028-12-03 to 2029-02-01)"));
        ProductHistory filed = h.reEvaluationFiled(LocalDate.of(2029, 1, 10));
        ProductHistory decided = filed.recognise(cert("C2", Star.FOUR, Authority.PROVINCE, "QD-26-2026",
                RegistrationKind.REEVALUATION, LocalDate.of(2029, 2, 15)));
        assertThat(decided.holdingOn(LocalDate.of(2029, 2, 15)).orElseThrow().stars()).isEqualTo(Star.FOUR);
        assertThat(decided.certificates().get(0).statusOn(LocalDate.of(2029, 2, 15)))
                .isEqualTo(CertificateStatus.REPLACED);
    }

    /**
     * Điều 12.3, transitional reading (the default): a 148-era certificate whose window had closed when 26/2026 took
     * effect, expiring 2026-06-01 and filed 2026-06-10, stays in effect until the result, at most 180 days.
     */
    @Test
    void lateFilingUnderTheTransitionalReading() {
        Certificate c1 = cert("C1", Star.FOUR, Authority.PROVINCE, "QD-148-2023", RegistrationKind.FIRST,
                LocalDate.of(2023, 6, 1));
        ProductHistory h = ProductHistory.of("P1").recognise(c1).reEvaluationFiled(LocalDate.of(2026, 6, 10));
        Certificate ext = h.certificates().get(0);
        assertThat(ext.extendedUntil()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(ext.statusOn(LocalDate.of(2026, 6, 5))).isEqualTo(CertificateStatus.EXTENDED);
        assertThat(ext.statusOn(LocalDate.of(2026, 11, 28))).isEqualTo(CertificateStatus.EXTENDED);
        assertThat(ext.statusOn(LocalDate.of(2026, 11, 29))).isEqualTo(CertificateStatus.EXPIRED);
        // the permanent reading covers late filers only until expiry
        ProductHistory one = ProductHistory.of("P1").recognise(c1);
        assertThatThrownBy(() -> one.reEvaluationFiled(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 10),
                LateFilingReading.EVERY_LATE_FILER, HolidayCalendar.bundled()))
                .satisfies(rule(LifecycleRule.REEVALUATION_NEEDS_CERTIFICATE));
        // a 26-era certificate whose window opens after 2026-05-22: a late filing is refused by default ...
        Certificate c26 = cert("C9", Star.THREE, Authority.PROVINCE, "QD-26-2026", RegistrationKind.FIRST,
                LocalDate.of(2026, 6, 1));
        ProductHistory h26 = ProductHistory.of("P1").recognise(c26);
        assertThatThrownBy(() -> h26.reEvaluationFiled(LocalDate.of(2029, 3, 1)))
                .satisfies(rule(LifecycleRule.REEVALUATION_WINDOW))
                .satisfies(e -> assertThat(((LifecycleException) e).text(Locale.ENGLISH))
                        .contains("after its window closed on 2029-02-01"));
        // ... and extended under the permanent reading
        assertThat(h26.reEvaluationFiled(LocalDate.of(2029, 3, 1), LocalDate.of(2029, 3, 1),
                LateFilingReading.EVERY_LATE_FILER, HolidayCalendar.bundled()).certificates().get(0).extendedUntil())
                .isEqualTo(LocalDate.of(2029, 11, 28));
    }

    /** Điều 12.3 "đến ngày có kết quả xử lý": the extension ends at the result. */
    @Test
    void extensionEndsAtTheResult() {
        Certificate c1 = cert("C1", Star.THREE, Authority.DISTRICT, "QD-148-2023", RegistrationKind.FIRST,
                LocalDate.of(2023, 9, 1)); // expires 2026-09-01, window closed 2026-05-04
        ProductHistory late = ProductHistory.of("P1").recognise(c1).reEvaluationFiled(LocalDate.of(2026, 7, 15));
        // a failed result before expiry: the certificate ends at its expiry, not 180 days later
        ProductHistory early = late.reEvaluationFailed(LocalDate.of(2026, 8, 10));
        assertThat(early.holdingOn(LocalDate.of(2026, 9, 1))).isPresent();
        assertThat(early.holdingOn(LocalDate.of(2026, 9, 2))).isEmpty();
        assertThat(early.certificates().get(0).lastValidDay()).isEqualTo(LocalDate.of(2026, 9, 1));
        // during the extension: it ends on the result date
        ProductHistory during = late.reEvaluationFailed(LocalDate.of(2026, 10, 20));
        assertThat(during.certificates().get(0).statusOn(LocalDate.of(2026, 10, 20)))
                .isEqualTo(CertificateStatus.EXTENDED);
        assertThat(during.certificates().get(0).statusOn(LocalDate.of(2026, 10, 21)))
                .isEqualTo(CertificateStatus.EXPIRED);
        // a passed result: the new certificate replaces it from its issue date
        ProductHistory passed = late.recognise(cert("C2", Star.THREE, Authority.PROVINCE, "QD-26-2026",
                RegistrationKind.REEVALUATION, LocalDate.of(2026, 9, 20)));
        assertThat(passed.certificates().get(0).statusOn(LocalDate.of(2026, 9, 20)))
                .isEqualTo(CertificateStatus.REPLACED);
        assertThat(passed.holdingOn(LocalDate.of(2026, 9, 20)).orElseThrow().certificate().id()).isEqualTo("C2");
        // no pending re-evaluation: no result to record
        assertThatThrownBy(() -> ProductHistory.of("P1").recognise(c1).reEvaluationFailed(LocalDate.of(2026, 8, 1)))
                .satisfies(rule(LifecycleRule.REEVALUATION_NEEDS_FILING));
    }

    /** Điều 7.6.g: an on-time filer whose decision is overdue expires as the letter says, and its status says why. */
    @Test
    void overdueDecisionIsInTheStatus() {
        Certificate c1 = cert("C1", Star.THREE, Authority.PROVINCE, "QD-26-2026", RegistrationKind.FIRST,
                LocalDate.of(2026, 6, 1)); // expires 2029-06-01
        ProductHistory h = ProductHistory.of("P1").recognise(c1).reEvaluationFiled(LocalDate.of(2029, 1, 10),
                LocalDate.of(2029, 1, 20), LateFilingReading.TRANSITIONAL, HolidayCalendar.bundled());
        Certificate c = h.certificates().get(0);
        assertThat(c.reEvaluationFiled()).isEqualTo(LocalDate.of(2029, 1, 10));
        assertThat(c.reEvaluationDecisionDue()).isEqualTo(LocalDate.of(2029, 3, 6)); // 45 days after 2029-01-20
        LocalDate after = LocalDate.of(2029, 6, 2);
        assertThat(c.statusOn(after)).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(c.statusSince(after)).isEqualTo(after);
        assertThat(c.decisionOverdueSince(after)).contains(LocalDate.of(2029, 3, 7));
        assertThat(c.decisionOverdueSince(LocalDate.of(2029, 3, 6))).isEmpty();
        assertThat(c.statusText(after, VI)).isEqualTo("hết hiệu lực từ ngày 02/06/2029; hồ sơ phân hạng lại nộp đúng "
                + "hạn ngày 10/01/2029, quyết định quá hạn từ ngày 07/03/2029");
        assertThat(c.statusText(after, Locale.ENGLISH)).isEqualTo("expired since 2029-06-02; re-evaluation filed on "
                + "time on 2029-01-10, decision overdue since 2029-03-07");
        // a decision within its deadline is not overdue
        ProductHistory refused = h.reEvaluationFailed(LocalDate.of(2029, 3, 1));
        assertThat(refused.certificates().get(0).decisionOverdueSince(after)).isEmpty();
    }

    /**
     * Điều 12.2: one answer to "which rules apply to a dossier filed on D and decided on E": the catalog's and the
     * transition ruling agree with each other and with the article for every filing and decision date from
     * 2026-04-01 to 2026-09-30 and every registration kind.
     */
    @Test
    void oneSourceOfTruthForTheTransition() {
        RubricCatalog catalog = RubricCatalog.bundled();
        LocalDate effective = LocalDate.of(2026, 5, 22);
        List<String> disagreements = new ArrayList<>();
        int cases = 0;
        for (LocalDate f = LocalDate.of(2026, 4, 1); !f.isAfter(LocalDate.of(2026, 9, 30)); f = f.plusDays(1)) {
            for (LocalDate e = f; !e.isAfter(LocalDate.of(2026, 9, 30)); e = e.plusDays(1)) {
                for (RegistrationKind k : RegistrationKind.values()) {
                    cases++;
                    // the article: filed before 22/5, decided within 30 (re-evaluation) or 60 days of it
                    LocalDate limit = effective.plusDays(k == RegistrationKind.REEVALUATION ? 30 : 60);
                    boolean old = f.isBefore(effective) && !e.isAfter(limit);
                    String expected = old ? "QD-148-2023" : "QD-26-2026";
                    ProcessRules.TransitionRuling r = ProcessRules.transition(f, k, e);
                    String fromCatalog = catalog.editionForDossier(f, k.name(), e).id();
                    boolean missed = f.isBefore(effective) && e.isAfter(limit);
                    if (!expected.equals(r.editionId()) || !expected.equals(fromCatalog)
                            || r.deadlineMissed() != missed) {
                        disagreements.add(f + " " + k + " " + e + ": ruling " + r.editionId() + ", catalog "
                                + fromCatalog + ", expected " + expected);
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(50_000);
        assertThat(disagreements).isEmpty();
        assertThat(catalog.editionForDossier(LocalDate.of(2026, 5, 1), "REEVALUATION", LocalDate.of(2026, 7, 1)).id())
                .isEqualTo("QD-26-2026");
    }

    /** Bộ luật Dân sự 2015, Điều 147 and 148.5: a period whose last day is off ends on the next working day. */
    @Test
    void deadlinesEndingOnADayOffMoveToTheNextWorkingDay() {
        assertThat(ProcessRules.revocationDeadline(LocalDate.of(2026, 6, 6)).orElseThrow().lastDay())
                .isEqualTo(LocalDate.of(2026, 6, 22)); // Điều 8.4: the 15th day is Sunday 2026-06-21
        assertThat(ProcessRules.reEvaluationDecisionDeadline(LocalDate.of(2026, 6, 4)).orElseThrow().lastDay())
                .isEqualTo(LocalDate.of(2026, 7, 20)); // Điều 7.6.g: the 45th day is Sunday 2026-07-19
        // a revocation on Monday 2026-06-22 for a finding of 2026-06-06 is on time
        Certificate c = cert("C1", Star.FOUR, Authority.PROVINCE, "QD-26-2026", RegistrationKind.FIRST,
                LocalDate.of(2026, 6, 1));
        ProductHistory h = ProductHistory.of("P1").recognise(c).revoke(LocalDate.of(2026, 6, 22),
                RevocationGround.LEGAL_VIOLATION, Authority.PROVINCE, LocalDate.of(2026, 6, 6));
        assertThat(h.events().get(h.events().size() - 1).detail()).doesNotContain("sau thời hạn");
        ProductHistory late = ProductHistory.of("P1").recognise(c).revoke(LocalDate.of(2026, 6, 23),
                RevocationGround.LEGAL_VIOLATION, Authority.PROVINCE, LocalDate.of(2026, 6, 6));
        assertThat(late.events().get(late.events().size() - 1).detail()).contains("sau thời hạn thu hồi")
                .contains("22/06/2026").contains("Điều 148.5");
    }

    /** Điều 8.4: a finding made while the certificate was valid, decided within 15 days after it lapsed. */
    @Test
    void revocationAfterALapseIsRecorded() {
        Certificate c = cert("C1", Star.FOUR, Authority.PROVINCE, "QD-148-2023", RegistrationKind.FIRST,
                LocalDate.of(2023, 6, 1)); // expires 2026-06-01
        ProductHistory h = ProductHistory.of("P1").recognise(c).revoke(LocalDate.of(2026, 6, 8),
                RevocationGround.LEGAL_VIOLATION, Authority.PROVINCE, LocalDate.of(2026, 5, 28));
        Certificate r = h.certificates().get(0);
        assertThat(r.revoked()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(r.revocationGround()).isEqualTo(RevocationGround.LEGAL_VIOLATION);
        assertThat(r.statusOn(LocalDate.of(2026, 6, 10))).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(r.statusText(LocalDate.of(2026, 6, 10), Locale.ENGLISH)).startsWith("expired since 2026-06-02")
                .contains("revoked on 2026-06-08 after it lapsed");
        assertThat(h.timeline(LocalDate.of(2026, 12, 31))).extracting(ProductHistory.Event::type)
                .containsExactly(ProductHistory.EventType.RECOGNISED, ProductHistory.EventType.EXPIRED,
                        ProductHistory.EventType.REVOKED);
        // a finding made after the lapse grounds no revocation
        assertThatThrownBy(() -> ProductHistory.of("P1").recognise(c).revoke(LocalDate.of(2026, 6, 8),
                RevocationGround.LEGAL_VIOLATION, Authority.PROVINCE, LocalDate.of(2026, 6, 3)))
                .satisfies(rule(LifecycleRule.REVOCATION_NEEDS_CERTIFICATE));
    }

    /** Điều 5 and 7.6.g: rounds are for first evaluations and upgrades; a province's council may add rounds. */
    @Test
    void roundsAreForFirstEvaluationsAndUpgrades() {
        CommunePreCheck ok = new CommunePreCheck(CommunePreCheck.Finding.CONFIRMED, CommunePreCheck.Finding.CONFIRMED,
                CommunePreCheck.Finding.CONFIRMED, CommunePreCheck.Finding.CONFIRMED, LocalDate.of(2026, 6, 4));
        Dossier re = new Dossier("P1", "I", RegistrationKind.REEVALUATION, LocalDate.of(2026, 6, 1), 5, ok,
                LocalDate.of(2026, 6, 5), null);
        assertThatThrownBy(re::provincialRound).satisfies(rule(LifecycleRule.ROUNDS_FOR_FIRST_AND_UPGRADE));
        assertThat(re.reEvaluationDecisionDeadline(HolidayCalendar.bundled()).orElseThrow().lastDay())
                .isEqualTo(LocalDate.of(2026, 7, 20)); // 45 days, not the December round
        Dossier first = new Dossier("P1", "I", RegistrationKind.FIRST, LocalDate.of(2026, 6, 1), 5, ok,
                LocalDate.of(2026, 6, 5), null);
        assertThat(first.provincialRound().heldBefore()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(first.reEvaluationDecisionDeadline(HolidayCalendar.bundled())).isEmpty();
        // an extra round of the province's council rules (Điều 5.1, second paragraph)
        vn.ocop.rubric.ProcessTerms.RoundRule extra = new vn.ocop.rubric.ProcessTerms.RoundRule(Authority.PROVINCE, 3,
                java.time.MonthDay.of(8, 15), java.time.MonthDay.of(9, 30), "Quy chế hội đồng cấp tỉnh");
        Round r = first.provincialRound(List.of(extra));
        assertThat(r.number()).isEqualTo(3);
        assertThat(r.heldBefore()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(Round.provincial(LocalDate.of(2026, 8, 20), List.of(extra)).number()).isEqualTo(2);
    }

    /** Điều 2.3: who may register what; Điều 2.2 and Phụ lục I: a product's set belongs to its group. */
    @Test
    void eligibilityIsEnforcedWhenADossierIsFiled() {
        LegalRepresentative rep = new LegalRepresentative("Trần Văn A", false, "Kinh", false);
        CommunePreCheck none = new CommunePreCheck(CommunePreCheck.Finding.NOT_ASSESSED,
                CommunePreCheck.Finding.NOT_ASSESSED, CommunePreCheck.Finding.NOT_ASSESSED,
                CommunePreCheck.Finding.NOT_ASSESSED, null);
        LocalDate d = LocalDate.of(2026, 7, 1);
        Producer association = new Producer("H1", "Hội nghề nước mắm", ProducerType.HOI_HIEP_HOI, rep, "80", "001");
        Product fishSauce = new Product("P1", "Nước mắm", 1, "I", "H1", "80", "001", null);
        assertThatThrownBy(() -> Dossier.file(association, fishSauce, RegistrationKind.FIRST, d, 5, none))
                .satisfies(rule(LifecycleRule.ELIGIBILITY))
                .satisfies(e -> assertThat(((LifecycleException) e).text(Locale.ENGLISH))
                        .contains("may not register Nước mắm, of group I"));
        Product tour = new Product("P2", "Điểm du lịch làng nghề", 26, "VI", "H1", "80", "001", null);
        assertThat(Dossier.file(association, tour, RegistrationKind.FIRST, d, 0, none).productGroup()).isEqualTo("VI");
        // set 1 (I.1.a) is not a tourism set
        Product wrongSet = new Product("P3", "Điểm du lịch", 1, "VI", "H1", "80", "001", null);
        assertThatThrownBy(() -> Dossier.file(association, wrongSet, RegistrationKind.FIRST, d, 0, none))
                .satisfies(rule(LifecycleRule.SET_OF_GROUP));
        // a household needs its business registration, which is recordable
        Producer household = new Producer("H2", "Hộ ông A", ProducerType.HO_SAN_XUAT, rep, "80", "001");
        Product honey = new Product("P4", "Mật ong", 1, "I", "H2", "80", "001", null);
        assertThatThrownBy(() -> Dossier.file(household, honey, RegistrationKind.FIRST, d, 5, none))
                .satisfies(rule(LifecycleRule.ELIGIBILITY));
        Producer registered = new Producer("H2", "Hộ ông A", ProducerType.HO_SAN_XUAT, rep, "80", "001",
                "80A8001234");
        assertThat(Dossier.file(registered, honey, RegistrationKind.FIRST, d, 5, none).productId()).isEqualTo("P4");
        assertThat(registered.businessRegistration()).isEqualTo("80A8001234");
    }

    /**
     * Điều 6.1–6.3 as a checklist per registration kind, the 5★ dossier with its 5 samples included; Điều 7.2.a and
     * Mẫu số 03: the commune's unfavourable finding is recorded and reported, not a gate.
     */
    @Test
    void dossierChecklistAndTheCommuneAssessment() {
        CommunePreCheck unfavourable = new CommunePreCheck(CommunePreCheck.Finding.NOT_MET,
                CommunePreCheck.Finding.NOT_MET, CommunePreCheck.Finding.CONFIRMED, CommunePreCheck.Finding.CONFIRMED,
                LocalDate.of(2026, 6, 10));
        Dossier d = new Dossier("P1", "I", RegistrationKind.FIRST, LocalDate.of(2026, 6, 1), 5, unfavourable,
                LocalDate.of(2026, 6, 25), null);
        java.util.Map<String, Integer> papers = java.util.Map.of("mau-01", 1, "mau-02", 1, "van-ban-de-nghi-cua-xa",
                1, "mau-03", 1);
        vn.ocop.process.Checklist c = d.checklist(papers, false);
        assertThat(c.listed()).isTrue();
        assertThat(c.complete()).isTrue(); // the findings do not stop the dossier
        assertThat(d.provincialRound().number()).isEqualTo(2);
        assertThat(d.preCheck().openItems(VI)).hasSize(2);
        // the 5★ dossier the province sends on (Điều 6.3.a): its own papers and 5 more samples
        vn.ocop.process.Checklist five = d.checklist(papers, true);
        assertThat(five.missing()).extracting(i -> i.component().code()).containsExactly("van-ban-de-nghi-cua-tinh",
                "bao-cao-to-tu-van-tinh", "bao-cao-hoi-dong-tinh", "quyet-dinh-phe-duyet-ket-qua");
        assertThat(five.items()).filteredOn(i -> i.component().code().equals("san-pham-mau-5-sao"))
                .singleElement().satisfies(i -> assertThat(i.satisfied()).isTrue());
        assertThat(five.text(Locale.ENGLISH)).startsWith("The dossier lacks 4 component(s)");
        // by registration kind: an upgrade needs the changes since recognition (Điều 6.1.b)
        Dossier up = new Dossier("P1", "I", RegistrationKind.UPGRADE, LocalDate.of(2026, 6, 1), 5, unfavourable,
                LocalDate.of(2026, 6, 25), null);
        assertThat(up.checklist(papers, false).missing()).extracting(i -> i.component().code())
                .containsExactly("thay-doi-so-voi-san-pham-da-cong-nhan");
    }
}
