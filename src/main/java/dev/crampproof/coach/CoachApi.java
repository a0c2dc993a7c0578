package dev.crampproof.coach;

import dev.crampproof.runner.PlanJson;
import dev.crampproof.runner.PlanJsons;
import dev.crampproof.system.JsonApi;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roster and an athlete's plan as JSON, for a coach's spreadsheet. Signed-in coaches only
 * (401 otherwise); another coach's athlete is a 404.
 */
@RestController
@JsonApi
@RequestMapping("/api/coach/athletes")
class CoachApi {

    private final CoachAccounts accounts;
    private final Roster roster;
    private final AthleteReview review;
    private final PlanJsons jsons;
    private final Clock clock;

    CoachApi(CoachAccounts accounts, Roster roster, AthleteReview review, PlanJsons jsons, Clock clock) {
        this.accounts = accounts;
        this.roster = roster;
        this.review = review;
        this.jsons = jsons;
        this.clock = clock;
    }

    @GetMapping
    Roster.Page athletes(Principal coach, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean cramped, @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "0") int page) {
        CoachAccounts.SignedIn signedIn = accounts.signedIn(coach.getName());
        return roster.page(signedIn.id(), new Roster.Query(name, cramped, sort, "desc".equals(dir), page),
                LocalDate.now(clock));
    }

    /** Without the runner's token: a coach reaches the athlete by key, never as the runner. */
    @GetMapping("/{key}")
    PlanJson athlete(Principal coach, @PathVariable String key) {
        return jsons.of(review.review(coach.getName(), key).view()).withoutToken();
    }
}
