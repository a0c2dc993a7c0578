package dev.crampproof.coach;

import dev.crampproof.plan.Exercise;
import dev.crampproof.plan.ExerciseCatalogue;
import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.MovementPattern;
import dev.crampproof.system.BadInput;
import dev.crampproof.system.KeptHtml;
import dev.crampproof.system.SeeOther;
import dev.crampproof.system.SharedFragments;
import dev.crampproof.system.Wording;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/** The coach's pages: sign-up, sign-in, the roster and an athlete's review. */
@Controller
class CoachPages {

    private final CoachAccounts accounts;
    private final Roster roster;
    private final AthleteReview review;
    private final Wording wording;
    private final SharedFragments fragments;
    private final Clock clock;

    CoachPages(CoachAccounts accounts, Roster roster, AthleteReview review, Wording wording,
            SharedFragments fragments, Clock clock) {
        this.accounts = accounts;
        this.roster = roster;
        this.review = review;
        this.wording = wording;
        this.fragments = fragments;
        this.clock = clock;
    }

    @GetMapping("/coach/sign-up")
    String signUpForm(Model model) {
        model.addAttribute("signUpForm", new SignUpForm());
        return "coach/sign-up";
    }

    @PostMapping("/coach/sign-up")
    Object signUp(@ModelAttribute SignUpForm signUpForm, BindingResult binding, RedirectAttributes redirect) {
        try {
            accounts.signUp(signUpForm);
        } catch (BadInput refused) {
            for (FieldProblem problem : refused.problems()) {
                binding.addError(new FieldError("signUpForm", problem.field(),
                        "password".equals(problem.field()) ? "" : binding.getRawFieldValue(problem.field()), false,
                        null, null, wording.say(problem.message())));
            }
            signUpForm.setPassword(null);
            return "coach/sign-up";
        }
        redirect.addFlashAttribute("signedUp", true);
        return SeeOther.to("/coach/sign-in");
    }

    /** The sign-in page; after a failure it says why, including how long a lock lasts. */
    @GetMapping("/coach/sign-in")
    String signInForm(HttpServletRequest request, HttpSession session, Model model) {
        if (request.getParameterMap().containsKey("error")) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("signInError", failure instanceof ThrottledSignIn.Locked locked
                    ? wording.say("signin.locked", wording.time(locked.until()))
                    : wording.say("signin.failed"));
        }
        return "coach/sign-in";
    }

    @GetMapping("/coach")
    String roster(Principal coach, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean cramped, @RequestParam(defaultValue = "name") String sort,
            @RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        CoachAccounts.SignedIn signedIn = accounts.signedIn(coach.getName());
        Roster.Query query = new Roster.Query(name, cramped, sort, "desc".equals(dir), page);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("coach", signedIn);
        model.addAttribute("query", query);
        Roster.Page shown = roster.page(signedIn.id(), query, today);
        model.addAttribute("roster", shown);
        // Each row from kept parts (system.SharedFragments, printed by cp:parts): the row's frame
        // and the cells many athletes share; its own are the name, escaped here, and the review's
        // address, joined rather than built by @{…} (keys are URL-safe, as plan tokens).
        String reviews = request.getContextPath() + "/coach/athletes/";
        List<KeptHtml> frame = fragments.parts("fragments/roster-row", "row", new RowFrame(), 5);
        List<CharSequence> rows = new ArrayList<>();
        for (Roster.Athlete athlete : shown.athletes()) {
            rows.add(frame.get(0));
            rows.add(HtmlUtils.htmlEscape(reviews + athlete.key(), "UTF-8"));
            rows.add(frame.get(1));
            rows.add(HtmlUtils.htmlEscape(athlete.name(), "UTF-8"));
            rows.add(frame.get(2));
            rows.add(fragments.html("fragments/roster-row", "standing", athlete.standing(today)));
            rows.add(frame.get(3));
            rows.add(fragments.html("fragments/completion", "completion", athlete.completionCell()));
            rows.add(frame.get(4));
            rows.add(fragments.html("fragments/roster-row", "status", athlete.status()));
            rows.add(frame.get(5));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("columns", List.of("name", "race", "weeks", "phase", "completion", "cramp", "secondDay",
                "unread"));
        return "coach/roster";
    }

    /** A roster row's frame, the same for every row (fragments/roster-row.html :: row). */
    record RowFrame() {
    }

    @PostMapping("/coach/invite-code")
    View newCode(Principal coach) {
        accounts.regenerateCode(coach.getName());
        return SeeOther.to("/coach");
    }

    @GetMapping("/coach/athletes/{key}")
    String athlete(Principal coach, @PathVariable String key, Model model) {
        AthleteReview.Review found = review.review(coach.getName(), key);
        model.addAttribute("review", found);
        model.addAttribute("athleteKey", key);
        model.addAttribute("swaps", swaps());
        return "coach/athlete";
    }

    @PostMapping("/coach/athletes/{key}/comments")
    View comment(Principal coach, @PathVariable String key, @RequestParam(required = false) Integer week,
            @RequestParam(required = false) String sessionId, @RequestParam(required = false) String body,
            RedirectAttributes redirect) {
        try {
            review.comment(coach.getName(), key, week, blankToNull(sessionId), body);
        } catch (BadInput refused) {
            redirect.addFlashAttribute("coachProblem", wording.say(refused.problems().get(0).message()));
        }
        return backTo(key);
    }

    @PostMapping("/coach/athletes/{key}/sessions/{sessionId}/exercises/{position}")
    View adjust(Principal coach, @PathVariable String key, @PathVariable String sessionId, @PathVariable int position,
            @RequestParam(required = false) Exercise exercise, @RequestParam(required = false) Integer sets,
            @RequestParam(required = false) Integer repsMin, @RequestParam(required = false) Integer repsMax,
            RedirectAttributes redirect) {
        try {
            review.adjust(coach.getName(), key, sessionId, position, exercise, sets, repsMin, repsMax);
        } catch (BadInput refused) {
            redirect.addFlashAttribute("coachProblem", refused.problems().stream()
                    .map(problem -> wording.say(problem.message())).collect(Collectors.joining(" ")));
        }
        return backTo(key);
    }

    @PostMapping("/coach/athletes/{key}/second-day")
    View secondDay(Principal coach, @PathVariable String key, @RequestParam boolean on) {
        review.secondDay(coach.getName(), key, on);
        return backTo(key);
    }

    @PostMapping("/coach/athletes/{key}/reviewed")
    View reviewed(Principal coach, @PathVariable String key) {
        review.reviewed(coach.getName(), key);
        return backTo(key);
    }

    /** The catalogue by pattern, for the swap lists. */
    private static Map<MovementPattern, List<Exercise>> swaps() {
        Map<MovementPattern, List<Exercise>> swaps = new LinkedHashMap<>();
        Arrays.stream(MovementPattern.values()).forEach(p -> swaps.put(p, ExerciseCatalogue.byPattern(p)));
        return swaps;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static View backTo(String key) {
        return SeeOther.to("/coach/athletes/{key}", key);
    }
}
