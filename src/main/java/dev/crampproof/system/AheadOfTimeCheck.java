package dev.crampproof.system;

import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The jar carries Spring's ahead-of-time processing of the default set-up (one instance on its H2
 * file): which beans exist, decided at build time, so a start with {@code spring.aot.enabled}
 * skips reading the configuration classes and evaluating their conditions (bin/start.sh; about half
 * a second of the start-up, docs/performance.md, "Start-up, sixth round"). Whatever would change
 * those decisions at run time is then ignored without a word: the postgres profile's database-held
 * sessions and write limit, for example, would silently be the single instance's. So such a start
 * is refused, before anything is set up, with what to do instead.
 */
public final class AheadOfTimeCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private final boolean aheadOfTime;

    public AheadOfTimeCheck() {
        this(AotDetector.useGeneratedArtifacts());
    }

    AheadOfTimeCheck(boolean aheadOfTime) {
        this.aheadOfTime = aheadOfTime;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    void check(ConfigurableEnvironment environment) {
        if (!aheadOfTime) {
            return;
        }
        String[] profiles = environment.getActiveProfiles();
        boolean sharedSessions = environment.getProperty(SessionConfiguration.SWITCH, Boolean.class, false);
        boolean sharedLimit = !environment.getProperty(WriteLimitConfiguration.STORE, WriteLimitConfiguration.IN_MEMORY)
                .equals(WriteLimitConfiguration.IN_MEMORY);
        if (profiles.length > 0 || sharedSessions || sharedLimit) {
            throw new IllegalStateException("This start uses the ahead-of-time processing of the default set-up"
                    + " (spring.aot.enabled), which cannot honour "
                    + (profiles.length > 0 ? "the profile(s) " + String.join(", ", profiles)
                            : SessionConfiguration.SWITCH + " or " + WriteLimitConfiguration.STORE)
                    + ". Start without -Dspring.aot.enabled=true: bin/start.sh does so when a profile is"
                    + " active, or with CRAMPPROOF_AOT=off.");
        }
    }
}
