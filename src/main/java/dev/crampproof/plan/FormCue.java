package dev.crampproof.plan;

import java.util.Locale;

/** H4: one thing to watch in a session; the point is to lift well while tired. */
public enum FormCue {
    BRACE_FIRST,
    HIPS_DRIVE,
    KNEES_TRACK,
    LONG_SPINE,
    SLOW_LOWERING,
    TALL_FINISH;

    public String messageCode() {
        return "cue." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Cues rotate week by week so none becomes background noise. */
    public static FormCue forWeek(int weekNumber, SessionKind kind) {
        FormCue[] all = values();
        int shift = kind == SessionKind.HEAVY ? 0 : all.length / 2;
        return all[Math.floorMod(weekNumber - 1 + shift, all.length)];
    }
}
