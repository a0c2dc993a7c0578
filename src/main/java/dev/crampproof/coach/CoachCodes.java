package dev.crampproof.coach;

import dev.crampproof.runner.CoachDirectory;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the runner's side whose invite code a runner typed, and a coach's name. */
@Component
class CoachCodes implements CoachDirectory {

    private final CoachAccounts accounts;
    private final Coaches coaches;

    CoachCodes(CoachAccounts accounts, Coaches coaches) {
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
        return coaches.findById(coachId).map(Coach::name);
    }
}
