package dev.crampproof.runner;

import dev.crampproof.plan.Bounds;
import dev.crampproof.plan.CrampFrequency;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampPlan;
import dev.crampproof.plan.Equipment;
import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.LiftingExperience;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.Progression;
import dev.crampproof.plan.RaceCondition;
import dev.crampproof.plan.RaceDistance;
import dev.crampproof.system.BadInput;
import dev.crampproof.system.KeptHtml;
import dev.crampproof.system.SeeOther;
import dev.crampproof.system.SharedFragments;
import dev.crampproof.system.Unreadable;
import dev.crampproof.system.Wording;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The runner's pages: the form, its submission, and the plan page. */
@Controller
class PlanPages {

    private static final String FORM = "runner/home";
    private static final String EDIT = "runner/edit";

    private final RunnerPlans plans;
    private final Wording wording;
    private final SessionCards cards;
    private final SharedFragments fragments;
    private final Clock clock;

    PlanPages(RunnerPlans plans, Wording wording, SessionCards cards, SharedFragments fragments, Clock clock) {
        this.plans = plans;
        this.wording = wording;
        this.cards = cards;
        this.fragments = fragments;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("distances", RaceDistance.values());
        model.addAttribute("units", MileageUnit.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("muscles", CrampMuscle.values());
        model.addAttribute("frequencies", CrampFrequency.values());
        model.addAttribute("experiences", LiftingExperience.values());
        model.addAttribute("equipments", Equipment.values());
        model.addAttribute("conditions", RaceCondition.values());
        model.addAttribute("startWeeks",
                IntStream.rangeClosed(Bounds.START_WEEKS.min(), Bounds.START_WEEKS.max()).boxed().toList());
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("planForm", new PlanForm());
        return FORM;
    }

    /** Valid: stored, then 303 to the plan. Invalid: the form again, values kept, nothing stored. */
    @PostMapping("/plans")
    Object make(@ModelAttribute("planForm") PlanForm form, BindingResult binding) {
        return answer(plans.make(form.toRequest(), Unreadable.fields(binding)), binding, FORM);
    }

    @GetMapping("/plans/{token}/edit")
    String edit(@PathVariable String token, Model model) {
        PlanView view = plans.find(token).orElseThrow(PlanNotFound::new);
        model.addAttribute("token", token);
        model.addAttribute("planForm", PlanForm.of(view.plan().runner()));
        return EDIT;
    }

    /** New answers: the sessions ahead are rewritten, the past and the logs kept. */
    @PostMapping("/plans/{token}/edit")
    Object change(@PathVariable String token, @ModelAttribute("planForm") PlanForm form, BindingResult binding,
            Model model) {
        model.addAttribute("token", token);
        return answer(plans.replan(token, form.toRequest(), Unreadable.fields(binding)), binding, EDIT);
    }

    /** Join a coach with their invite code; a wrong code comes back beside the field. */
    @PostMapping("/plans/{token}/coach")
    View joinCoach(@PathVariable String token, @RequestParam(required = false) String coachCode,
            RedirectAttributes redirect) {
        try {
            plans.joinCoach(token, coachCode);
        } catch (BadInput refused) {
            redirect.addFlashAttribute("coachCodeProblem", wording.say(refused.problems().get(0).message()));
            redirect.addFlashAttribute("coachCodeEntered", coachCode);
        }
        return SeeOther.to("/plans/{token}#coach", token);
    }

    @PostMapping("/plans/{token}/coach/leave")
    View leaveCoach(@PathVariable String token) {
        plans.leaveCoach(token);
        return SeeOther.to("/plans/{token}#coach", token);
    }

    /** The runner's comment, or reply to the coach, on the plan or one session. */
    @PostMapping("/plans/{token}/comments")
    View comment(@PathVariable String token, @RequestParam(required = false) String sessionId,
            @RequestParam(required = false) String body, RedirectAttributes redirect) {
        String target = sessionId == null || sessionId.isBlank() ? null : sessionId;
        try {
            plans.comment(token, null, target, body);
        } catch (BadInput refused) {
            redirect.addFlashAttribute("commentProblem", wording.say(refused.problems().get(0).message()));
        }
        return SeeOther.to("/plans/{token}#{anchor}", token, target == null ? "coach" : "session-" + target);
    }

    @GetMapping("/plans/{token}/delete")
    String confirmDelete(@PathVariable String token, Model model) {
        PlanView view = plans.find(token).orElseThrow(PlanNotFound::new);
        model.addAttribute("token", token);
        model.addAttribute("runnerName", view.plan().runner().runnerName());
        return "runner/delete";
    }

    @PostMapping("/plans/{token}/delete")
    View delete(@PathVariable String token, RedirectAttributes redirect) {
        plans.delete(token);
        redirect.addFlashAttribute("deleted", true);
        return SeeOther.to("/");
    }

    private Object answer(RunnerPlans.Outcome outcome, BindingResult binding, String formView) {
        if (outcome instanceof RunnerPlans.Made made) {
            return SeeOther.to("/plans/{token}", made.token());
        }
        for (FieldProblem problem : ((RunnerPlans.Refused) outcome).problems()) {
            if (!binding.hasFieldErrors(problem.field())) {
                binding.addError(new FieldError("planForm", problem.field(), binding.getRawFieldValue(problem.field()),
                        false, null, null, wording.say(problem.message())));
            }
        }
        return formView;
    }

    @GetMapping("/plans/{token}")
    String show(@PathVariable String token, Model model, HttpServletRequest request) {
        PlanView view = plans.find(token).orElseThrow(PlanNotFound::new);
        CrampPlan plan = view.plan();
        model.addAttribute("token", token);
        model.addAttribute("view", view);
        model.addAttribute("plan", plan);
        // The 59 links to sessions' and long runs' log pages start with it: joined rather than built
        // by @{…} each time (the token is URL-safe: PlanToken).
        model.addAttribute("weeks", cards.weeks(view, request.getContextPath() + "/plans/" + token));
        model.addAttribute("loads", cards.loads(plan.sessions().toList()));
        // the grid's frame and each week rendered once for every plan that has them (system.SharedFragments)
        List<KeptHtml> grid = fragments.parts("fragments/calendar", "grid", new PlanCalendarGrid.Frame(), 1);
        List<KeptHtml> calendar = new ArrayList<>();
        calendar.add(grid.get(0));
        PlanCalendarGrid.of(plan, LocalDate.now(clock)).weeks()
                .forEach(week -> calendar.add(fragments.html("fragments/calendar", "week", week)));
        calendar.add(grid.get(1));
        model.addAttribute("calendar", calendar);
        model.addAttribute("progressWeeks", view.progress().weeks().stream()
                .map(week -> fragments.html("fragments/progress", "week", week)).toList());
        model.addAttribute("guidance", List.of(fragments.html("fragments/guidance", "guidance", plan.guidance())));
        CrampTimeline timeline = CrampTimeline.of(view);
        model.addAttribute("crampTimeline", timeline);
        model.addAttribute("crampChartLabel", wording.say("plan.cramps.chart", view.crampLog().size(),
                timeline.from(), timeline.to()));
        model.addAttribute("otherUnit",
                plan.runner().mileageUnit() == MileageUnit.MILES ? MileageUnit.KILOMETERS : MileageUnit.MILES);
        model.addAttribute("webcalUrl", ServletUriComponentsBuilder.fromCurrentContextPath().scheme("webcal")
                .path("/plans/{token}/calendar.ics").buildAndExpand(token).toUriString());
        model.addAttribute("peakSets", new Progression(plan.block().weeks(), plan.runner().liftingExperience()).peakSets());
        return "runner/plan";
    }}
