package dev.crampproof.coach;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crampproof.runner.CoachDirectory;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the runner's side whose invite code a runner typed, and a coach's name. */
@Component
class CoachCodes implements CoachDirectory {

    private final CoachAccounts accounts;
    private final Coaches coaches;
    /**
     * Names already read, by coach id. A coach's name is set at sign-up and never changes, and no
     * coach is deleted, so a name once read stays right, also beside other instances. Every plan
     * page and JSON of a runner with a coach asked the database for it: 2.3 % of the plan JSON's
     * CPU time (docs/performance.md, "Plan page and JSON, fifth round").
     */
    private final Cache<Long, String> names = Caffeine.newBuilder().maximumSize(10_000).build();

    CoachCodes(CoachAccounts accounts, @Lazy Coaches coaches) {
        this.accounts = accounts;
        this.coaches = coaches;
    }

    @Override
    public Optional<Long> coachWithCode(String typedCode) {
        return accounts.byInviteCode(typedCode).map(Coach::id);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> nameOf(long coachId) {
        String known = names.getIfPresent(coachId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> name = coaches.findById(coachId).map(Coach::name);
        name.ifPresent(found -> names.put(coachId, found));
        return name;
    }
}
