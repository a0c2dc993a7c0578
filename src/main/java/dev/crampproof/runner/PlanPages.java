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
import dev.crampproof.system.Wording;
import java.time.DayOfWeek;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.view.RedirectView;

/** The runner's pages: the form, its submission, and the plan page. */
@Controller
class PlanPages {

    private static final String FORM = "runner/home";

    private final RunnerPlans plans;
    private final Wording wording;

    PlanPages(RunnerPlans plans, Wording wording) {
        this.plans = plans;
        this.wording = wording;
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
        List<FieldProblem> unreadable = binding.getFieldErrors().stream()
                .map(error -> FieldProblem.of(error.getField(), "typeMismatch"))
                .toList();
        RunnerPlans.Outcome outcome = plans.make(form.toRequest(), unreadable);
        if (outcome instanceof RunnerPlans.Made made) {
            RedirectView redirect = new RedirectView("/plans/" + made.token());
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            return redirect;
        }
        for (FieldProblem problem : ((RunnerPlans.Refused) outcome).problems()) {
            if (!binding.hasFieldErrors(problem.field())) {
                binding.addError(new FieldError("planForm", problem.field(), binding.getRawFieldValue(problem.field()),
                        false, null, null, wording.say(problem.message())));
            }
        }
        return FORM;
    }

    @GetMapping("/plans/{token}")
    String show(@PathVariable String token, Model model) {
        CrampPlan plan = plans.find(token).orElseThrow(PlanNotFound::new);
        model.addAttribute("token", token);
        model.addAttribute("plan", plan);
        model.addAttribute("peakSets", new Progression(plan.block().weeks(), plan.runner().liftingExperience()).peakSets());
        return "runner/plan";
    }}
