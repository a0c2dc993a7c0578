package dev.crampproof.runner;

import dev.crampproof.system.KeptHtml;
import java.time.LocalDate;
import java.util.List;

/**
 * A strength session as the plan page and the session's own page show it, every label already in
 * words, so the templates only print strings: a 13-week plan has some 46 sessions and 276
 * exercises, and formatting them one message at a time in the template was most of the plan
 * page's time. Its heading and workout come rendered (SessionCards, system.SharedFragments):
 * the plan page prints them 46 times, and other runners' plans have the same ones.
 *
 * @param kind the session kind in lower case, as its CSS class
 * @param headingHtml the heading as fragments/session.html :: heading shows it
 * @param workoutHtml the workout as fragments/session.html :: workout shows it
 */
public record SessionCard(String id, int week, String kind, Heading heading, KeptHtml headingHtml, Workout workout,
        KeptHtml workoutHtml) {

    public LocalDate date() {
        return heading.date();
    }

    public boolean conditional() {
        return workout.conditional();
    }

    /** When the session comes, in words: its date, kind and where in the day it goes. */
    public record Heading(LocalDate date, String dateLabel, String kindLabel, String anchorLabel) {
    }

    /**
     * What the session asks of the runner, in words: the "only if" note, the exercises, the rest
     * between sets and the form cue. Nothing in it is dated or personal, so plans share them.
     *
     * @param rest the rest between sets in words (heavy) or the light session's advice
     */
    public record Workout(boolean conditional, List<ExerciseLine> exercises, String rest, String cue) {
    }

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
