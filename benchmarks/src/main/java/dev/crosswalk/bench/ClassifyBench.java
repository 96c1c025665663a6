package dev.crosswalk.bench;

import dev.crosswalk.classify.AiSystem;
import dev.crosswalk.classify.Classification;
import dev.crosswalk.classify.Classifier;
import dev.crosswalk.gap.ProfileGenerator;
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

/** EU AI Act classification (POST /api/v1/classify) of one AI system, cycling through 100 generated ones. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifyBench {
    private Classifier classifier;
    private List<AiSystem> systems;
    private int next;

    @Setup
    public void load() {
        classifier = BenchData.core().classifier();
        systems = ProfileGenerator.generate(100, 42).aiSystems();
    }

    @Benchmark
    public Classification classify() {
        next = (next + 1) % systems.size();
        return classifier.classify(systems.get(next));
    }
}
