package dev.crampproof.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The heavy session: rules H1-H5. */
class HeavySessionTest {

    private static final Set<MovementPattern> COMPOUND = EnumSet.of(
            MovementPattern.SQUAT, MovementPattern.HINGE, MovementPattern.LUNGE);

    /** H1: the compound variants that fit each kind of equipment. */
    private static final Map<Equipment, Set<Exercise>> COMPOUNDS_FOR = Map.of(
            Equipment.GYM, EnumSet.of(Exercise.GOBLET_SQUAT, Exercise.BACK_SQUAT, Exercise.TRAP_BAR_DEADLIFT,
                    Exercise.ROMANIAN_DEADLIFT, Exercise.SPLIT_SQUAT, Exercise.REVERSE_LUNGE, Exercise.WALKING_LUNGE,
                    Exercise.REAR_FOOT_ELEVATED_SPLIT_SQUAT),
            Equipment.DUMBBELLS, EnumSet.of(Exercise.GOBLET_SQUAT, Exercise.DUMBBELL_FRONT_SQUAT,
                    Exercise.DUMBBELL_ROMANIAN_DEADLIFT, Exercise.SINGLE_LEG_ROMANIAN_DEADLIFT, Exercise.SPLIT_SQUAT,
                    Exercise.REVERSE_LUNGE, Exercise.WALKING_LUNGE, Exercise.REAR_FOOT_ELEVATED_SPLIT_SQUAT),
            Equipment.BODYWEIGHT, EnumSet.of(Exercise.BACKPACK_TEMPO_SQUAT, Exercise.SINGLE_LEG_BOX_SQUAT,
                    Exercise.BACKPACK_ROMANIAN_DEADLIFT, Exercise.SINGLE_LEG_ROMANIAN_DEADLIFT, Exercise.SPLIT_SQUAT,
                    Exercise.REAR_FOOT_ELEVATED_SPLIT_SQUAT));

    /**
     * Every exercise that needs nothing but body weight, a backpack to load it, a floor, a step
     * or a box, and a towel or sliders. Not here: anything with a barbell, dumbbells, a machine,
     * a cable or a band.
     */
    private static final Set<Exercise> BODYWEIGHT_ONLY = EnumSet.of(
            Exercise.BACKPACK_TEMPO_SQUAT, Exercise.SINGLE_LEG_BOX_SQUAT, Exercise.BACKPACK_ROMANIAN_DEADLIFT,
            Exercise.SINGLE_LEG_ROMANIAN_DEADLIFT, Exercise.SPLIT_SQUAT, Exercise.REVERSE_LUNGE,
            Exercise.WALKING_LUNGE, Exercise.REAR_FOOT_ELEVATED_SPLIT_SQUAT, Exercise.GLUTE_BRIDGE,
            Exercise.SINGLE_LEG_GLUTE_BRIDGE, Exercise.DEAD_BUG, Exercise.SIDE_PLANK_HIP_LIFT,
            Exercise.BIRD_DOG, Exercise.SINGLE_LEG_CALF_RAISE, Exercise.SLIDER_HAMSTRING_CURL, Exercise.NORDIC_HAMSTRING_CURL,
            Exercise.STEP_UP);

    @Test
    @DisplayName("H1: at least two of SQUAT, HINGE, LUNGE in every heavy session; all three in every week with two double days")
    void h1_twoCompoundPatternsEveryHeavySession() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            heavy(plan).forEach(session -> {
                Set<MovementPattern> patterns = compounds(session).stream().map(Prescription::pattern)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(MovementPattern.class)));
                violations.check(patterns.size() >= 2, c, "heavy session %s has compound patterns %s",
                        Violations.id(session), patterns);
            });
            for (BlockWeek week : plan.weeks()) {
                if (week.number() >= Bounds.SECOND_DAY_FROM_WEEK) {
                    Set<MovementPattern> patterns = week.sessions().stream()
                            .filter(s -> s.kind() == SessionKind.HEAVY).flatMap(s -> compounds(s).stream())
                            .map(Prescription::pattern).collect(Collectors.toSet());
                    violations.check(patterns.equals(COMPOUND), c, "week %d trains %s", week.number(), patterns);
                }
            }
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("H1: compound variants are chosen for the equipment; BODYWEIGHT only gets body-weight variants and heavy load by backpack")
    void h1_variantsForTheEquipment() {
        Violations violations = new Violations();
        Map<Equipment, Map<LiftingExperience, Set<Exercise>>> seen = new ConcurrentHashMap<>();
        PlanSpace.forEachBlock((c, plan) -> {
            Equipment equipment = c.runner().equipment();
            Set<Exercise> allowed = COMPOUNDS_FOR.get(equipment);
            plan.sessions().flatMap(s -> compounds(s).stream()).forEach(p -> {
                violations.check(allowed.contains(p.exercise()), c, "%s with %s", p.exercise(), equipment);
                seen.computeIfAbsent(equipment, e -> new ConcurrentHashMap<>())
                        .computeIfAbsent(c.runner().liftingExperience(), e -> ConcurrentHashMap.newKeySet())
                        .add(p.exercise());
            });
            heavy(plan).flatMap(s -> compounds(s).stream()).filter(p -> p.load() != Load.LEARNING
                    && p.load() != Load.EASING).forEach(p -> violations.check(
                    p.load() == Load.heavyFor(equipment), c, "%s loaded %s with %s", p.exercise(), p.load(), equipment));
        });
        violations.assertNone();
        for (LiftingExperience experience : LiftingExperience.values()) {
            Set<Exercise> gym = seen.get(Equipment.GYM).get(experience);
            Set<Exercise> dumbbells = seen.get(Equipment.DUMBBELLS).get(experience);
            Set<Exercise> bodyweight = seen.get(Equipment.BODYWEIGHT).get(experience);
            assertThat(List.of(gym, dumbbells, bodyweight)).as("compounds for %s by equipment", experience)
                    .doesNotHaveDuplicates();
            assertThat(bodyweight).isSubsetOf(BODYWEIGHT_ONLY);
        }
    }

    @Test
    @DisplayName("H1: a BODYWEIGHT plan needs nothing but body weight and a backpack, in every exercise of every session")
    void h1_bodyweightPlanNeedsNoEquipment() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            if (c.runner().equipment() == Equipment.BODYWEIGHT) {
                plan.sessions().forEach(session -> session.exercises().forEach(p -> violations.check(
                        BODYWEIGHT_ONLY.contains(p.exercise()), c, "%s in %s", p.exercise(), Violations.id(session))));
            }
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("H2: every compound of a heavy session is 4-5 reps (Bounds.HEAVY_REPS) a set and 3-6 sets (Bounds.HEAVY_SETS)")
    void h2_heavyRepsAndSets() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> heavy(plan).forEach(session -> {
            violations.check(compounds(session).size() >= 2, c, "%s has %d compounds", Violations.id(session),
                    compounds(session).size());
            for (Prescription p : compounds(session)) {
                violations.check(Bounds.HEAVY_REPS.contains(p.reps()) && Bounds.HEAVY_SETS.contains(p.sets()), c,
                        "%s: %s %d x %s", Violations.id(session), p.exercise(), p.sets(), p.reps());
            }
        }));
        violations.assertNone();
        assertThat(Bounds.HEAVY_REPS).isEqualTo(new Range(4, 5));
        assertThat(Bounds.HEAVY_SETS).isEqualTo(new Range(3, 6));
    }

    @Test
    @DisplayName("H3: heavy sessions rest 3-5 minutes (Bounds.HEAVY_REST_SECONDS) between sets; light sessions have no rest (null)")
    void h3_fullRest() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> plan.sessions().forEach(session -> {
            if (session.kind() == SessionKind.HEAVY) {
                violations.check(Bounds.HEAVY_REST_SECONDS.equals(session.rest()), c, "%s rests %s", Violations.id(session),
                        session.rest());
            } else {
                violations.check(session.rest() == null, c, "light session %s rests %s", Violations.id(session), session.rest());
            }
        }));
        violations.assertNone();
        assertThat(Bounds.HEAVY_REST_SECONDS).isEqualTo(new Range(180, 300));
    }

    @Test
    @DisplayName("H4: every heavy session carries a form cue")
    void h4_formCue() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> heavy(plan).forEach(session ->
                violations.check(session.formCue() != null, c, "%s has no form cue", Violations.id(session))));
        violations.assertNone();
    }

    @Test
    @DisplayName("H5: heavy sets never fall during the build weeks and rise above 3 in blocks of 6 weeks or more")
    void h5_setsRiseOverTheBuild() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            int buildWeeks = plan.weeks().size() - Bounds.EASING_WEEKS;
            List<Integer> sets = heavySets(plan, 1, buildWeeks);
            for (int i = 1; i < sets.size(); i++) {
                violations.check(sets.get(i) >= sets.get(i - 1), c, "build-week heavy sets fall: %s", sets);
            }
            int peak = sets.stream().mapToInt(Integer::intValue).max().orElseThrow();
            violations.check(plan.weeks().size() < 6 || peak > Bounds.HEAVY_SETS.min(), c,
                    "%d-week block never gets above %d sets: %s", plan.weeks().size(), peak, sets);
            violations.check(peak <= Bounds.HEAVY_SETS.max(), c, "peak %d sets", peak);
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("H5: heavy sets rise by at most one set a week, as the plan tells the runner")
    void h5_atMostOneSetMoreAWeek() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            List<Integer> sets = heavySets(plan, 1, plan.weeks().size());
            for (int i = 1; i < sets.size(); i++) {
                violations.check(sets.get(i) <= sets.get(i - 1) + 1, c, "heavy sets by session: %s", sets);
            }
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("H5: the last two block weeks ease off: fewer sets than the peak (unless the peak is H2's minimum), never rising, load EASING")
    void h5_lastTwoWeeksEaseOff() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            int weeks = plan.weeks().size();
            int buildWeeks = weeks - Bounds.EASING_WEEKS;
            int peak = heavySets(plan, 1, buildWeeks).stream().mapToInt(Integer::intValue).max().orElseThrow();
            List<Integer> easing = heavySets(plan, buildWeeks + 1, weeks);
            violations.check(easing.size() >= Bounds.EASING_WEEKS, c, "easing weeks hold %s", easing);
            for (int i = 0; i < easing.size(); i++) {
                int sets = easing.get(i);
                violations.check(sets < peak || peak == Bounds.HEAVY_SETS.min() && sets == peak, c,
                        "easing sets %s against a peak of %d", easing, peak);
                violations.check(i == 0 || sets <= easing.get(i - 1), c, "easing sets rise: %s", easing);
            }
            plan.weeks().stream().filter(w -> w.number() > buildWeeks)
                    .flatMap(w -> w.sessions().stream()).filter(s -> s.kind() == SessionKind.HEAVY)
                    .flatMap(s -> compounds(s).stream())
                    .forEach(p -> violations.check(p.load() == Load.EASING, c, "easing week load %s", p.load()));
            plan.weeks().stream().filter(w -> w.number() <= buildWeeks)
                    .flatMap(w -> w.sessions().stream()).filter(s -> s.kind() == SessionKind.HEAVY)
                    .flatMap(s -> compounds(s).stream())
                    .forEach(p -> violations.check(p.load() != Load.EASING, c, "build week load EASING"));
        });
        violations.assertNone();
    }

    @Test
    @DisplayName("H5: NONE experience: the first two heavy sessions are 3 sets x 5 reps at Load.LEARNING; nobody else learns")
    void h5_newLiftersLearnFirst() {
        Violations violations = new Violations();
        PlanSpace.forEachBlock((c, plan) -> {
            boolean newLifter = c.runner().liftingExperience() == LiftingExperience.NONE;
            List<StrengthSession> heavy = heavy(plan).toList();
            for (int i = 0; i < heavy.size(); i++) {
                boolean learning = newLifter && i < Bounds.LEARNING_SESSIONS;
                for (Prescription p : compounds(heavy.get(i))) {
                    if (learning) {
                        violations.check(p.sets() == 3 && p.reps().equals(Range.exactly(5)) && p.load() == Load.LEARNING,
                                c, "learning session %d: %s %d x %s %s", i + 1, p.exercise(), p.sets(), p.reps(),
                                p.load());
                    } else {
                        violations.check(p.load() != Load.LEARNING, c, "heavy session %d of a %s runner is LEARNING",
                                i + 1, c.runner().liftingExperience());
                    }
                }
            }
            plan.sessions().filter(s -> s.kind() == SessionKind.LIGHT).flatMap(s -> s.exercises().stream())
                    .forEach(p -> violations.check(p.load() != Load.LEARNING, c, "LEARNING in a light session"));
        });
        violations.assertNone();
    }

    /** The heavy sets of each heavy session of weeks {@code from..to}, in date order. */
    private static List<Integer> heavySets(CrampPlan plan, int from, int to) {
        List<Integer> sets = new ArrayList<>();
        plan.weeks().stream().filter(w -> w.number() >= from && w.number() <= to)
                .flatMap(w -> w.sessions().stream()).filter(s -> s.kind() == SessionKind.HEAVY)
                .forEach(s -> {
                    List<Integer> perCompound = compounds(s).stream().map(Prescription::sets).distinct().toList();
                    if (perCompound.size() != 1) {
                        throw new AssertionError("the compounds of " + s.id() + " differ in sets: " + perCompound);
                    }
                    sets.add(perCompound.get(0));
                });
        return sets;
    }

    static java.util.stream.Stream<StrengthSession> heavy(CrampPlan plan) {
        return plan.sessions().filter(s -> s.kind() == SessionKind.HEAVY);
    }

    static List<Prescription> compounds(StrengthSession session) {
        return session.exercises().stream().filter(p -> p.pattern().isCompound()).toList();
    }
}
