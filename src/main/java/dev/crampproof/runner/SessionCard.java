package dev.crampproof.runner;

import java.time.LocalDate;
import java.util.List;

/**
 * A strength session as the plan page and the session's own page show it, every label already in
 * words, so the templates only print strings: a 13-week plan has some 46 sessions and 276
 * exercises, and formatting them one message at a time in the template was most of the plan
 * page's time.
 *
 * @param kind the session kind in lower case, as its CSS class
 * @param rest the rest between sets in words (heavy) or the light session's advice
 */
public record SessionCard(String id, LocalDate date, int week, String kind, boolean conditional, String dateLabel,
        String kindLabel, String anchorLabel, List<ExerciseLine> exercises, String rest, String cue) {

    /**
     * One exercise's line of the session's table.
     *
     * @param load how heavy, in a word or two (the page's legend of loads says what it means)
     */
    public record ExerciseLine(String name, String trains, String dose, String load, boolean adjusted) {

        ExerciseLine changedByCoach() {
            return new ExerciseLine(name, trains, dose, load, true);
        }
    }
}
