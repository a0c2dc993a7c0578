package dev.crampproof.runner;

import java.util.Optional;

/**
 * What the runner's side needs to know about coaches: whose code a runner typed, and the
 * coach's name to show. Implemented by the coach package, so that runner does not depend on it.
 */
public interface CoachDirectory {

    Optional<Long> coachWithCode(String typedCode);

    Optional<String> nameOf(long coachId);
}
