package dev.crampproof.plan;

import java.math.BigDecimal;

/**
 * Every number of plan-rules.md, named once. The generator, the input check, the coach's
 * editor and the tests all read these; nothing else spells them out.
 */
public final class Bounds {

    /** H2: a heavy compound set is 4-5 reps. */
    public static final Range HEAVY_REPS = new Range(4, 5);
    /** H2: 3-6 sets of each heavy compound exercise. */
    public static final Range HEAVY_SETS = new Range(3, 6);
    /** H3: full rest between heavy sets, 3-5 minutes. */
    public static final Range HEAVY_REST_SECONDS = new Range(180, 300);
    /** L1: light sets are 10-20 reps. */
    public static final Range LIGHT_REPS = new Range(10, 20);
    /** L1: the project's choice of 2-3 light sets. */
    public static final Range LIGHT_SETS = new Range(2, 3);
    /** D1: the block starts 14-16 weeks before race day. */
    public static final Range START_WEEKS = new Range(14, 16);
    /** D1: the start when the runner does not choose. */
    public static final int DEFAULT_START_WEEKS = 16;
    /** D2: no lifting in the last 3 weeks. */
    public static final int TAPER_WEEKS = 3;
    /** D3: fewer long-run days than this and there is no block. */
    public static final int MIN_BLOCK_LONG_RUNS = 4;
    /** S3: the second double day starts in this block week. */
    public static final int SECOND_DAY_FROM_WEEK = 4;
    /** H5: the last block weeks that ease off. */
    public static final int EASING_WEEKS = 2;
    /** H5: runners new to lifting learn the lifts in this many heavy sessions. */
    public static final int LEARNING_SESSIONS = 2;
    /** Inputs: the race is at most this many weeks ahead. */
    public static final int MAX_WEEKS_TO_RACE = 104;
    /** Inputs: runner name length after trimming. */
    public static final Range RUNNER_NAME_LENGTH = new Range(1, 80);
    /** Inputs: race name length after trimming. */
    public static final Range RACE_NAME_LENGTH = new Range(0, 120);
    /** Inputs: most weekly mileage we believe, 200 km. */
    public static final BigDecimal MAX_WEEKLY_KILOMETERS = new BigDecimal("200");
    /** Inputs: most weekly mileage we believe, 124 mi. */
    public static final BigDecimal MAX_WEEKLY_MILES = new BigDecimal("124");
    /** A1: below this weekly volume a marathoner is told to run more (25 mi / 40 km). */
    public static final BigDecimal MARATHON_MIN_MILES = new BigDecimal("25");
    public static final BigDecimal MARATHON_MIN_KILOMETERS = new BigDecimal("40");
    /** A1: the same for a half marathon (15 mi / 24 km). */
    public static final BigDecimal HALF_MIN_MILES = new BigDecimal("15");
    public static final BigDecimal HALF_MIN_KILOMETERS = new BigDecimal("24");
    /** A1: build volume by about this many percent a week at most. */
    public static final int MAX_WEEKLY_INCREASE_PERCENT = 10;

    /** Coach changes to supporting work of a heavy session (hip extension, targeted, core). */
    public static final Range HEAVY_SUPPORT_SETS = new Range(2, 4);
    public static final Range HEAVY_SUPPORT_REPS = new Range(6, 15);
    /** Tracking: effort is rated 1 (easy) to 10 (all out). */
    public static final Range RPE = new Range(1, 10);
    /** Tracking: a log's note is at most this many characters. */
    public static final int NOTE_LENGTH = 500;
    /** Tracking: the longest long run we believe, 60 km / 37 mi. */
    public static final BigDecimal LONGEST_RUN_KILOMETERS = new BigDecimal("60");
    public static final BigDecimal LONGEST_RUN_MILES = new BigDecimal("37");
    /** S3: the week whose last double day opens the check-in. */
    public static final int CHECK_IN_WEEK = SECOND_DAY_FROM_WEEK - 1;
    /** S3: double days of weeks 1-3 done without pain that make the check-in suggest "yes". */
    public static final int CHECK_IN_GOOD_DAYS = 2;

    private Bounds() {
    }

    public static BigDecimal maxWeeklyMileage(MileageUnit unit) {
        return unit == MileageUnit.MILES ? MAX_WEEKLY_MILES : MAX_WEEKLY_KILOMETERS;
    }

    public static BigDecimal longestLongRun(MileageUnit unit) {
        return unit == MileageUnit.MILES ? LONGEST_RUN_MILES : LONGEST_RUN_KILOMETERS;
    }

    /** A1's threshold for this race in the runner's unit. */
    public static BigDecimal minWeeklyMileage(RaceDistance distance, MileageUnit unit) {
        boolean miles = unit == MileageUnit.MILES;
        if (distance == RaceDistance.MARATHON) {
            return miles ? MARATHON_MIN_MILES : MARATHON_MIN_KILOMETERS;
        }
        return miles ? HALF_MIN_MILES : HALF_MIN_KILOMETERS;
    }
}
