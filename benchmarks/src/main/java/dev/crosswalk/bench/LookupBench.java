package dev.crosswalk.bench;

import dev.crosswalk.Crosswalk;
import dev.crosswalk.catalog.Provision;
import dev.crosswalk.lookup.MappingEdge;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The crosswalk lookup behind GET /api/v1/crosswalk: asserted rows, and with the inferred chains (inferred=true). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LookupBench {
    @Param({"iso42001:A.6.2.4", "iso42001:7.2"})
    public String from;

    private Crosswalk core;
    private Provision provision;

    @Setup
    public void load() {
        core = BenchData.core();
        provision = core.catalog().require(from);
    }

    @Benchmark
    public List<MappingEdge> direct() {
        return core.lookup().direct(provision, null, 1);
    }

    @Benchmark
    public Object inferred() {
        List<MappingEdge> asserted = core.lookup().direct(provision, null, 1);
        return core.explainer().inferred(provision, null, 1, asserted);
    }
}
