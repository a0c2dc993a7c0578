package dev.crampproof.runner;

import dev.crampproof.plan.FieldProblem;
import dev.crampproof.system.BadInput;
import dev.crampproof.system.JsonApi;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The JSON API: the same plans for programs. Errors are problem+json (system.ApiProblems). */
@RestController
@JsonApi
@RequestMapping("/api/plans")
class PlanApi {

    private final RunnerPlans plans;
    private final PlanJsons jsons;

    PlanApi(RunnerPlans plans, PlanJsons jsons) {
        this.plans = plans;
        this.jsons = jsons;
    }

    /** Refuses (406) a client that cannot read JSON before anything is stored, not after. */
    @PostMapping(consumes = "application/json", produces = "application/json")
    ResponseEntity<PlanJson> make(@RequestBody JsonNode body) {
        if (!body.isObject()) {
            throw new BadInput(List.of(FieldProblem.of("body", "problem.body.notObject")));
        }
        PlanRequestJson.Read read = PlanRequestJson.read(body);
        RunnerPlans.Outcome outcome = plans.make(read.request(), read.problems());
        if (outcome instanceof RunnerPlans.Refused refused) {
            throw new BadInput(refused.problems());
        }
        String token = ((RunnerPlans.Made) outcome).token();
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/plans/" + token))
                .body(show(token));
    }

    @DeleteMapping("/{token}")
    ResponseEntity<Void> delete(@PathVariable String token) {
        plans.delete(token);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{token}")
    PlanJson show(@PathVariable String token) {
        return plans.find(token).map(view -> jsons.of(view)).orElseThrow(PlanNotFound::new);
    }
}
