package dev.crampproof.plan;

/**
 * H5: how the work grows over the block, always inside H2 and L1. Heavy sets rise by at most
 * one a week from 3 to 6 (5 for runners new to lifting) over the build weeks; reps stay at 5
 * for the first half of the build and drop to 4 as the weight goes up; the last two block weeks
 * ease off to fewer sets at 5 reps. Light sessions go from 2 to 3 sets and from 12-15 to 15-20
 * reps, and back to 2 sets of 12-15 while easing.
 */
public final class Progression {

    /** Light reps while settling in and easing off; stricter than L1's 10-20 on purpose. */
    public static final Range LIGHT_REPS_EASY = new Range(12, 15);
    /** Light reps in the middle of the block. */
    public static final Range LIGHT_REPS_FULL = new Range(15, 20);
    /** Hip extension and targeted work on heavy days: hard but not to failure. */
    public static final Range SUPPORT_REPS_HEAVY = new Range(8, 10);
    public static final int SUPPORT_SETS_HEAVY = 3;
    /** Core work, per side where the exercise has sides; inside L1 so light days stay 10-20 reps throughout. */
    public static final Range CORE_REPS = new Range(10, 12);
    public static final int CORE_SETS = 2;

    private final int weeks;
    private final LiftingExperience experience;

    public Progression(int weeks, LiftingExperience experience) {
        this.weeks = weeks;
        this.experience = experience;
    }

    public int buildWeeks() {
        return weeks - Bounds.EASING_WEEKS;
    }

    public boolean isEasing(int week) {
        return week > buildWeeks();
    }

    /** The most heavy sets this runner works up to. */
    public int peakSets() {
        return experience == LiftingExperience.NONE ? Bounds.HEAVY_SETS.max() - 1 : Bounds.HEAVY_SETS.max();
    }

    public int heavySets(int week) {
        int min = Bounds.HEAVY_SETS.min();
        if (isEasing(week)) {
            int weekOfEasing = week - buildWeeks();
            return Math.max(min, heavySets(buildWeeks()) - 2 * weekOfEasing);
        }
        if (buildWeeks() == 1) {
            return min;
        }
        int evenRise = min + Math.round((float) (week - 1) * (peakSets() - min) / (buildWeeks() - 1));
        int oneSetAWeek = min + Math.max(0, week - lastWeekAtMinimum());
        return Math.min(evenRise, oneSetAWeek);
    }

    /**
     * New lifters spend their learning sessions (weeks 1-2, before any second double day) at the
     * minimum, so their rise of one set a week starts after them.
     */
    private int lastWeekAtMinimum() {
        return experience == LiftingExperience.NONE ? Bounds.LEARNING_SESSIONS : 1;
    }

    public Range heavyReps(int week) {
        boolean heavierHalf = !isEasing(week) && week > (buildWeeks() + 1) / 2;
        return Range.exactly(heavierHalf ? Bounds.HEAVY_REPS.min() : Bounds.HEAVY_REPS.max());
    }

    public int lightSets(int week) {
        boolean settlingIn = week <= 2;
        return settlingIn || isEasing(week) ? Bounds.LIGHT_SETS.min() : Bounds.LIGHT_SETS.max();
    }

    public Range lightReps(int week) {
        boolean settlingIn = week <= 2;
        return settlingIn || isEasing(week) ? LIGHT_REPS_EASY : LIGHT_REPS_FULL;
    }
}
