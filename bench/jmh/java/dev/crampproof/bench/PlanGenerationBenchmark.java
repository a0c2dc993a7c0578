/*
 * Run (about 1 minute; not part of ./mvnw verify, which neither compiles nor runs it):
 *
 *     bench/jmh.sh                      # = ./mvnw -B -q -Pjmh test-compile exec:exec
 *
 * Extra JMH options go through -Djmh.args, e.g. bench/jmh.sh -Djmh.args="-prof gc".
 */
package dev.crampproof.bench;

import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampPlan;
import dev.crampproof.plan.CrampPlanner;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.PlanRequest;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import dev.crampproof.plan.RequestCheck;
import dev.crampproof.plan.RunnerProfile;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
 * Time to write one plan with a 13-week strength block and two cramp muscles (issue 7 target:
 * median at most 20 µs). Sample mode, so JMH reports the median (p0.50) as well as the mean.
 *
 * <ul>
 *   <li>{@code plan}: {@link CrampPlanner#plan} alone, from a checked profile: the rules.</li>
 *   <li>{@code checkAndPlan}: what the app does for every request before storing it: the input
 *       check, the profile with its defaults, then the plan.</li>
 * </ul>
 *
 * The fork runs with the load test's heap and collector ({@code -Xmx256m -XX:+UseSerialGC}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-XX:+UseSerialGC"})
public class PlanGenerationBenchmark {

    /** api.md's createdOn date. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    /**
     * A Sunday; with long runs on Sundays and the block starting 15 weeks out, the block runs from
     * the long run of 2027-01-03 to the one of 2027-03-28, three weeks before the race: 13 weeks.
     */
    static final LocalDate RACE = LocalDate.of(2027, 4, 18);

    static final int BLOCK_WEEKS = 13;

    PlanRequest request;
    RunnerProfile profile;

    @Setup(Level.Trial)
    public void setUp() {
        request = new PlanRequest("Ana Ruiz", "Valencia Marathon", RACE, RaceDistance.MARATHON,
                new BigDecimal("35.5"), MileageUnit.MILES, DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY,
                Set.of(CrampMuscle.CALF, CrampMuscle.HAMSTRING), CrampFrequency.MOST_RACES, new BigDecimal("20"),
                false, true, LiftingExperience.SOME, Equipment.GYM, Set.of(RaceCondition.HOT), 15, null);
        List<FieldProblem> problems = RequestCheck.problems(request, TODAY);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("benchmark request is not valid: " + problems);
        }
        profile = RunnerProfile.from(request);
        // Fail loudly if the set-up does not measure what it says it measures.
        CrampPlan plan = CrampPlanner.plan(profile, TODAY);
        if (plan.weeks().size() != BLOCK_WEEKS || plan.block().weeks() != BLOCK_WEEKS) {
            throw new IllegalStateException("expected a " + BLOCK_WEEKS + "-week block, got " + plan.weeks().size()
                    + " weeks (" + plan.block() + ")");
        }
        if (plan.runner().crampMuscles().size() != 2) {
            throw new IllegalStateException("expected 2 cramp muscles, got " + plan.runner().crampMuscles());
        }
        if (plan.block().compressed()) {
            throw new IllegalStateException("expected a full block, got a compressed one: " + plan.block());
        }
    }

    @Benchmark
    public CrampPlan plan() {
        return CrampPlanner.plan(profile, TODAY);
    }

    @Benchmark
    public CrampPlan checkAndPlan() {
        List<FieldProblem> problems = RequestCheck.problems(request, TODAY);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return CrampPlanner.plan(RunnerProfile.from(request), TODAY);
    }
}
