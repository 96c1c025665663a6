package dev.crosswalk.bench;

import dev.crosswalk.kb.DataSource;
import dev.crosswalk.kb.ReferenceModel;
import dev.crosswalk.kb.ReferencePipeline;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference pipeline from the packaged files to a ReferenceModel (what a start without a store does), with the
 * milliseconds of each step (sources, assembly, validation, inference) as secondary results from the pipeline's observer.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class StartupBench {

    /** Each step's milliseconds of the last run, reported by JMH beside the total. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Steps {
        public long sourcesMs;
        public long assemblyMs;
        public long validationMs;
        public long inferenceMs;
        final Map<ReferencePipeline.Step, Long> last = new EnumMap<>(ReferencePipeline.Step.class);

        @Setup(Level.Iteration)
        public void clear() {
            sourcesMs = assemblyMs = validationMs = inferenceMs = 0;
            last.clear();
        }

        void record() {
            sourcesMs = last.getOrDefault(ReferencePipeline.Step.SOURCES, 0L);
            assemblyMs = last.getOrDefault(ReferencePipeline.Step.ASSEMBLY, 0L);
            validationMs = last.getOrDefault(ReferencePipeline.Step.VALIDATION, 0L);
            inferenceMs = last.getOrDefault(ReferencePipeline.Step.INFERENCE, 0L);
        }
    }

    @Benchmark
    public ReferenceModel pipeline(Steps steps) {
        ReferenceModel model = ReferencePipeline.of(DataSource.classpath()).observing(steps.last::put).run();
        steps.record();
        return model;
    }
}
