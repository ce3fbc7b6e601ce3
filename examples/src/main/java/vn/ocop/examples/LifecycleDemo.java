package vn.ocop.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import vn.ocop.product.Certificate;
import vn.ocop.product.ProcessRules;
import vn.ocop.product.Procedure;
import vn.ocop.product.ProductHistory;
import vn.ocop.product.RegistrationKind;
import vn.ocop.product.RevocationGround;
import vn.ocop.product.Round;
import vn.ocop.rubric.Star;
import vn.ocop.rubric.Authority;

/**
 * A product's life across the 2026 transition: 3★ under Decision 148 (recognised by the district in 2023), a late
 * re-evaluation that keeps the certificate in effect (Điều 12.3), a 4★ re-recognition under 26/2026, and a
 * revocation; then "what star on date D".
 *
 * <p>Run: {@code mvn -q -B -DskipTests package exec:java -pl examples -am -Ddemo.main=vn.ocop.examples.LifecycleDemo}
 */
public final class LifecycleDemo {
    private LifecycleDemo() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        Demos.quietValidatorLog();
        LocalDate first = LocalDate.of(2023, 9, 1);
        Star s3 = Star.THREE;
        ProductHistory h = ProductHistory.of("TV-001 Mật ong hoa dừa")
                .evaluated(first.minusDays(14), "QD-148-2023", RegistrationKind.FIRST, s3, new BigDecimal("63.4"))
                .recognise(Certificate.issue("QĐ 512/QĐ-UBND", "TV-001 Mật ong hoa dừa", s3,
                        ProcessRules.recognisingAuthority(s3, Procedure.inForceOn(first)), "QD-148-2023",
                        RegistrationKind.FIRST, first))
                .reEvaluationFiled(LocalDate.of(2026, 7, 15));
        LocalDate commune = LocalDate.of(2026, 7, 20);
        Round round = Round.provincial(commune);
        System.out.println("Commune proposal " + commune + " → round " + round.number() + " of the "
                + round.level().text(Locale.ENGLISH) + ", held before " + round.heldBefore());
        h = h.evaluated(LocalDate.of(2026, 11, 20), "QD-26-2026", RegistrationKind.REEVALUATION, Star.FOUR,
                        new BigDecimal("74.8"))
                .recognise(Certificate.issue("QĐ 2210/QĐ-UBND", "TV-001 Mật ong hoa dừa", Star.FOUR, Authority.PROVINCE,
                        "QD-26-2026", RegistrationKind.REEVALUATION, LocalDate.of(2026, 12, 10)))
                .revoke(LocalDate.of(2028, 3, 20), RevocationGround.STOPPED_PRODUCING, Authority.PROVINCE,
                        LocalDate.of(2028, 3, 10));
        System.out.println("Timeline:");
        for (ProductHistory.Event e : h.timeline(LocalDate.of(2030, 1, 1))) {
            System.out.println("  " + e.date() + "  " + e.type().text(Locale.ENGLISH) + "  " + e.detail());
        }
        for (LocalDate d : new LocalDate[] {LocalDate.of(2024, 1, 1), LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 1, 1), LocalDate.of(2028, 4, 1)}) {
            System.out.println("On " + d + ": " + h.holdingOn(d).map(x -> x.stars() + " under " + x.editionId() + " ("
                    + x.certificate().id() + ", " + x.status().text(Locale.ENGLISH) + ")").orElse("no OCOP star"));
        }
    }
}
