package dev.crampproof.runner;

import dev.crampproof.system.Wording;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The JSON API: the same plans for programs. Errors are problem+json, see {@link ApiProblems}. */
@RestController
@RequestMapping("/api/plans")
class PlanApi {

    private final RunnerPlans plans;
    private final Wording wording;

    PlanApi(RunnerPlans plans, Wording wording) {
        this.plans = plans;
        this.wording = wording;
    }

    @PostMapping(consumes = "application/json", produces = "application/json")
    ResponseEntity<PlanJson> make(@RequestBody JsonNode body) {
        if (!body.isObject()) {
            throw new ApiProblems.BadBody("problem.body.notObject");
        }
        PlanRequestJson.Read read = PlanRequestJson.read(body);
        RunnerPlans.Outcome outcome = plans.make(read.request(), read.problems());
        if (outcome instanceof RunnerPlans.Refused refused) {
            throw new ApiProblems.Refused(refused.problems());
        }
        RunnerPlans.Made made = (RunnerPlans.Made) outcome;
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/plans/" + made.token()))
                .body(PlanJson.of(made.token(), made.plan(), wording));
    }

    @GetMapping(path = "/{token}", produces = "application/json")
    PlanJson show(@PathVariable String token) {
        return plans.find(token).map(plan -> PlanJson.of(token, plan, wording)).orElseThrow(PlanNotFound::new);
    }
}
