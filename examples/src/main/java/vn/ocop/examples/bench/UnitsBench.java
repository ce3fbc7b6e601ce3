package vn.ocop.examples.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.ocop.area.AdministrativeUnit;
import vn.ocop.area.AdministrativeUnitRegistry;

/**
 * The bundled administrative units ({@link AdministrativeUnitRegistry}): {@link #loadBundledUnits} reads and checks
 * the bundled file anew (14,175 units, 10,634 successions), warm. Target: at most 100 ms; the retained heap of the
 * loaded registry (target: at most 5 MB) is measured with JOL by {@link BenchMain} after the run. The two lookups
 * have no target: they show what a code and a name lookup cost once the registry is loaded.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class UnitsBench {
    private static final LocalDate BEFORE = LocalDate.of(2024, 6, 1);
    private static final LocalDate AFTER = LocalDate.of(2026, 1, 1);
    private AdministrativeUnitRegistry units;
    private List<AdministrativeUnit> communes;
    private int next;

    /** Loads the registry once for the lookups. */
    @Setup
    public void setUp() {
        units = AdministrativeUnitRegistry.bundled();
        communes = units.units(vn.ocop.area.AreaLevel.COMMUNE, BEFORE);
    }

    /**
     * @return the registry, read and checked from the class path (each call is long, ≈ 20–50 ms: more warm-up
     *         iterations than the others, so that the measured calls run compiled code)
     */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public AdministrativeUnitRegistry loadBundledUnits() {
        return AdministrativeUnitRegistry.loadBundled();
    }

    /** @return the unit of an old commune code on a date after the reorganisation, if any */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Object lookupByCode() {
        AdministrativeUnit u = communes.get(next++ % communes.size());
        return units.find(u.code(), AFTER);
    }

    /** @return the old communes with the name of one of them (a name is usually shared) */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Object lookupByName() {
        AdministrativeUnit u = communes.get(next++ % communes.size());
        return units.findByName(u.name(), BEFORE);
    }
}
