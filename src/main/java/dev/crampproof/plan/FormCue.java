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

    /** Made once: asked for by every session of every page and JSON. */
    private final String messageCode = "cue." + name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String messageCode() {
        return messageCode;
    }

    /** Cues rotate week by week so none becomes background noise. */
    public static FormCue forWeek(int weekNumber, SessionKind kind) {
        FormCue[] all = values();
        int shift = kind == SessionKind.HEAVY ? 0 : all.length / 2;
        return all[Math.floorMod(weekNumber - 1 + shift, all.length)];
    }
}
