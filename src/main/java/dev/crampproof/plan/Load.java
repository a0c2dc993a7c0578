package dev.crampproof.plan;

import java.util.Locale;

/** How heavy a prescription is, in words the runner can act on (H2, H5, L1). */
public enum Load {
    /** H2 with a barbell or trap bar: 4-5 reps is all you can do with good form. */
    HEAVY_GYM,
    /** H2 with dumbbells or kettlebells. */
    HEAVY_DUMBBELLS,
    /** H1/H2 with body weight: single leg, slow lowering, loaded backpack. */
    HEAVY_BODYWEIGHT,
    /** H5: a new lifter's first heavy sessions, moderate weight, learning the movement. */
    LEARNING,
    /** H5: the last two block weeks, same weight, fewer sets. */
    EASING,
    /** Supporting work in a heavy session: hard, slow, a couple of reps left in the tank. */
    STRONG_AND_SLOW,
    /** L1: light weights or body weight, smooth reps. */
    LIGHT,
    /** Core work: slow and controlled, body weight. */
    CONTROLLED;

    public String messageCode() {
        return "load." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The load named in a word or two, for tables; {@link #messageCode()} says what it means. */
    public String shortNameCode() {
        return messageCode() + ".short";
    }

    public static Load heavyFor(Equipment equipment) {
        return switch (equipment) {
            case GYM -> HEAVY_GYM;
            case DUMBBELLS -> HEAVY_DUMBBELLS;
            case BODYWEIGHT -> HEAVY_BODYWEIGHT;
        };
    }
}
