package dev.crampproof.runner;

import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.PlanRequest;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import dev.crampproof.system.JsonFields;
import java.time.DayOfWeek;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reads a plan request from the API's JSON body, noting every field of the wrong type. */
final class PlanRequestJson {

    private PlanRequestJson() {
    }

    record Read(PlanRequest request, List<FieldProblem> problems) {
    }

    static Read read(JsonNode body) {
        JsonFields json = new JsonFields(body);
        PlanRequest request = new PlanRequest(
                json.text("runnerName"),
                json.text("raceName"),
                json.date("raceDate"),
                json.choice("raceDistance", RaceDistance.class),
                json.decimal("weeklyMileage"),
                json.choice("mileageUnit", MileageUnit.class),
                json.choice("longRunDay", DayOfWeek.class),
                json.choice("speedDay", DayOfWeek.class),
                json.choices("crampMuscles", CrampMuscle.class),
                json.choice("crampFrequency", CrampFrequency.class),
                json.decimal("crampOnset"),
                json.bool("crampsInTraining"),
                json.bool("fluidsAlreadyChanged"),
                json.choice("liftingExperience", LiftingExperience.class),
                json.choice("equipment", Equipment.class),
                json.choices("raceConditions", RaceCondition.class),
                json.integer("preferredStartWeeks"),
                json.text("coachCode"));
        return new Read(request, json.problems());
    }
}
