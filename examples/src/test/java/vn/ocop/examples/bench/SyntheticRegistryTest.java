package vn.ocop.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ocop.OcopJson;
import vn.ocop.area.AreaLevel;
import vn.ocop.plan.Actual;
import vn.ocop.plan.ProgressReport;
import vn.ocop.plan.TargetProgress;
import vn.ocop.plan.Tracker;
import vn.ocop.product.Certificate;
import vn.ocop.product.Product;

/**
 * The synthetic national registry the benchmark uses: deterministic, of the stated size, and a
 * differential check of the tracker against a naive count over it. No timing here.
 */
class SyntheticRegistryTest {
    @Test
    void sameSeedSameData() throws Exception {
        SyntheticRegistry a = SyntheticRegistry.generate(7, 1500, 70, 7);
        SyntheticRegistry b = SyntheticRegistry.generate(7, 1500, 70, 7);
        var json = OcopJson.mapper();
        assertThat(json.writeValueAsString(a.registry())).isEqualTo(json.writeValueAsString(b.registry()));
        assertThat(json.writeValueAsString(a.plan())).isEqualTo(json.writeValueAsString(b.plan()));
        assertThat(json.writeValueAsString(SyntheticRegistry.generate(8, 1500, 70, 7).registry()))
                .isNotEqualTo(json.writeValueAsString(a.registry()));
    }

    @Test
    void nationalSize() {
        SyntheticRegistry s = SyntheticRegistry.national(42);
        assertThat(s.registry().products()).hasSize(SyntheticRegistry.PRODUCTS);
        assertThat(s.areas().unitsOn(LocalDate.of(2024, 6, 1), AreaLevel.COMMUNE)).hasSize(SyntheticRegistry.COMMUNES);
        assertThat(s.areas().unitsOn(LocalDate.of(2026, 6, 1), AreaLevel.COMMUNE)).hasSizeLessThan(SyntheticRegistry.COMMUNES);
        assertThat(s.areas().unitsOn(LocalDate.of(2026, 6, 1), AreaLevel.PROVINCE)).hasSize(SyntheticRegistry.PROVINCES);
        assertThat(s.plan().targets()).hasSize(SyntheticRegistry.TARGETS);
        assertThat(s.plan().problems(s.areas())).isEmpty();
        // several years of history: first recognitions, upgrades, re-evaluations, revocations
        assertThat(s.registry().certificates()).extracting(Certificate::kind).contains(
                vn.ocop.product.RegistrationKind.FIRST, vn.ocop.product.RegistrationKind.UPGRADE,
                vn.ocop.product.RegistrationKind.REEVALUATION);
        assertThat(s.registry().certificates()).anyMatch(c -> c.revoked() != null);
        assertThat(s.registry().products()).anyMatch(p -> p.communeCode().contains("-M"));
    }

    @Test
    void totalsEqualANaiveCountAndAllocationsAddUpToThem() {
        SyntheticRegistry s = SyntheticRegistry.generate(3, 4000, 140, 14);
        ProgressReport r = Tracker.of(s.registry(), s.areas()).withReported(s.reported()).progress(s.plan(), s.asOf());
        LocalDate d = s.asOf();
        long valid = 0;
        long newFirst3 = 0;
        for (Product p : s.registry().products()) {
            if (s.registry().holdingOn(p.id(), d).isPresent()) {
                valid++;
            }
            boolean first = s.registry().certificatesOf(p.id()).stream().anyMatch(c -> c.kind()
                    == vn.ocop.product.RegistrationKind.FIRST && !c.issued().isBefore(LocalDate.of(2024, 1, 1))
                    && !c.issued().isAfter(d));
            if (first) {
                newFirst3++;
            }
        }
        TargetProgress validTarget = r.targets().stream().filter(t -> t.indicator().code().equals("valid3-5★")).findFirst()
                .orElseThrow();
        assertThat(validTarget.total().actual().value()).isEqualByComparingTo(BigDecimal.valueOf(valid));
        assertThat(r.target("T01").total().actual().value()).isEqualByComparingTo(BigDecimal.valueOf(newFirst3));
        for (TargetProgress t : r.targets()) {
            if (t.share() || t.areas().isEmpty() || t.total().actual().method() != Actual.Method.COMPUTED) {
                continue;
            }
            BigDecimal sum = t.areas().stream().map(a -> a.actual().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal un = t.unattributed() == null ? BigDecimal.ZERO : t.unattributed().actual().value();
            assertThat(sum.add(un)).as(t.id()).isEqualByComparingTo(t.total().actual().value());
        }
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void invalidSizes() {
        assertThatThrownBy(() -> SyntheticRegistry.generate(1, 10, 3, 5)).hasMessageContaining("at least one commune");
    }
}
