package dev.crampproof.tracking;

import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampTiming;
import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.LogStatus;
import dev.crampproof.plan.SessionLog;
import dev.crampproof.runner.PlanJson;
import dev.crampproof.runner.PlanJsons;
import dev.crampproof.runner.PlanNotFound;
import dev.crampproof.runner.RunnerPlans;
import dev.crampproof.system.BadInput;
import dev.crampproof.system.JsonApi;
import dev.crampproof.system.JsonFields;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Tracking in the JSON API; both calls answer with the whole plan as it is afterwards, so a
 * client that accepts no JSON is refused (406) before anything is written.
 */
@RestController
@JsonApi
@RequestMapping("/api/plans/{token}")
class TrackingApi {

    private final Tracking tracking;
    private final RunnerPlans plans;
    private final PlanJsons jsons;

    TrackingApi(Tracking tracking, RunnerPlans plans, PlanJsons jsons) {
        this.tracking = tracking;
        this.plans = plans;
        this.jsons = jsons;
    }

    /** Body: {"status": "DONE", "rpe": 7, "note": "…", "cramp": {"muscle": "CALF", "timing": "DURING"}}. */
    @PutMapping(path = "/sessions/{sessionId}/log", consumes = "application/json", produces = "application/json")
    PlanJson log(@PathVariable String token, @PathVariable String sessionId, @RequestBody JsonNode body) {
        JsonFields json = fields(body);
        LogStatus status = json.choice("status", LogStatus.class);
        Integer rpe = json.integer("rpe");
        String note = json.text("note");
        JsonFields cramp = json.object("cramp");
        CrampMuscle muscle = cramp == null ? null : cramp.choice("muscle", CrampMuscle.class);
        CrampTiming timing = cramp == null ? null : cramp.choice("timing", CrampTiming.class);
        tracking.logSession(token, sessionId, new SessionLog(status, rpe, note, muscle, timing), json.problems());
        return show(token);
    }

    /** Body: {"wentWell": true}. 409 before week 3's last double day. */
    @PostMapping(path = "/check-in", consumes = "application/json", produces = "application/json")
    PlanJson checkIn(@PathVariable String token, @RequestBody JsonNode body) {
        JsonFields json = fields(body);
        Boolean wentWell = json.bool("wentWell");
        if (wentWell == null) {
            List<FieldProblem> problems = json.problems().isEmpty()
                    ? List.of(FieldProblem.of("wentWell", "problem.required")) : json.problems();
            throw new BadInput(problems);
        }
        tracking.checkIn(token, wentWell);
        return show(token);
    }

    private static JsonFields fields(JsonNode body) {
        if (!body.isObject()) {
            throw new BadInput(List.of(FieldProblem.of("body", "problem.body.notObject")));
        }
        return new JsonFields(body);
    }

    private PlanJson show(String token) {
        return plans.find(token).map(view -> jsons.of(view)).orElseThrow(PlanNotFound::new);
    }
}
