package dev.crampproof.tracking;

import dev.crampproof.system.NotFound;

/** No such session (or long-run day) in this plan: also what a session of another plan gets. */
class SessionNotFound extends NotFound {

    SessionNotFound() {
        super("problem.session.notFound");
    }
}
