package dev.crosswalk.bench;

import dev.crosswalk.gap.GapAnalysis;
import dev.crosswalk.gap.GapReport;
import dev.crosswalk.gap.ProfileGenerator;
import dev.crosswalk.profile.OrganisationProfile;
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

/**
 * Gap analysis (POST /api/v1/gap-analysis without the HTTP and JSON) of the UK bank example with N generated AI
 * systems: validation, certified clauses, classification, the gap shapes and the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class GapBench {
    @Param({"10", "100", "1000", "10000"})
    public int systems;

    private GapAnalysis gaps;
    private OrganisationProfile profile;

    @Setup
    public void load() {
        gaps = BenchData.core().gaps();
        profile = ProfileGenerator.generate(systems, 42);
    }

    @Benchmark
    public GapReport analyse() {
        return gaps.analyse(profile);
    }
}
