package dev.crampproof.runner;

import dev.crampproof.system.NotFound;

/** No plan has this token. */
public class PlanNotFound extends NotFound {

    public PlanNotFound() {
        super("problem.plan.notFound");
    }
}
