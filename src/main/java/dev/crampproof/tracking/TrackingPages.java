package dev.crampproof.tracking;

import dev.crampproof.plan.Bounds;
import dev.crampproof.plan.CrampMuscle;
import dev.crampproof.plan.CrampTiming;
import dev.crampproof.plan.FieldProblem;
import dev.crampproof.plan.LogStatus;
import dev.crampproof.plan.MileageUnit;
import dev.crampproof.plan.StrengthSession;
import dev.crampproof.runner.PlanNotFound;
import dev.crampproof.runner.PlanView;
import dev.crampproof.runner.RunnerPlans;
import dev.crampproof.runner.SessionCards;
import dev.crampproof.system.BadInput;
import dev.crampproof.system.NotYet;
import dev.crampproof.system.SeeOther;
import dev.crampproof.system.Unreadable;
import dev.crampproof.system.Wording;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.fortuna.ical4j.data.CalendarOutputter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tracking from the browser: a page per session and per long run with its log form, the plan
 * page's check-in and unit switch, and the calendar file. A saved log answers with a 303 back to
 * the plan; refused input comes back as messages beside the fields of the form it was typed into
 * (flash attributes). The log forms have pages of their own rather than sitting under every
 * session of the plan page: 60 forms made that page ten times the size and the time to render.
 */
@Controller
@RequestMapping("/plans/{token}")
class TrackingPages {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Tracking tracking;
    private final RunnerPlans plans;
    private final PlanCalendar calendar;
    private final Wording wording;
    private final SessionCards cards;

    TrackingPages(Tracking tracking, RunnerPlans plans, PlanCalendar calendar, Wording wording, SessionCards cards) {
        this.tracking = tracking;
        this.plans = plans;
        this.calendar = calendar;
        this.wording = wording;
        this.cards = cards;
    }

    /** What went wrong in one form (a log page's, or the plan page's check-in), and what was typed there. */
    public record FormProblems(String formId, Map<String, String> messages, Object entered) {

        public String message(String field) {
            return messages.get(field);
        }
    }

    @GetMapping("/sessions/{sessionId}")
    String sessionPage(@PathVariable String token, @PathVariable String sessionId, Model model) {
        PlanView view = plans.find(token).orElseThrow(PlanNotFound::new);
        StrengthSession strength = view.plan().sessions().filter(session -> session.id().equals(sessionId))
                .findFirst().orElseThrow(PlanNotFound::new);
        model.addAttribute("card", cards.card(strength, view));
        model.addAttribute("loads", cards.loads(List.of(strength)));
        model.addAttribute("log", view.log(sessionId));
        model.addAttribute("logStatuses", LogStatus.values());
        model.addAttribute("rpeValues", IntStream.rangeClosed(Bounds.RPE.min(), Bounds.RPE.max()).boxed().toList());
        model.addAttribute("muscles", CrampMuscle.values());
        model.addAttribute("timings", CrampTiming.values());
        return logPage(token, view, "tracking/session", model);
    }

    @GetMapping("/long-runs/{date}")
    String longRunPage(@PathVariable String token, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        PlanView view = plans.find(token).orElseThrow(PlanNotFound::new);
        model.addAttribute("day", view.longRunDays().stream().filter(day -> day.date().equals(date)).findFirst()
                .orElseThrow(PlanNotFound::new));
        model.addAttribute("runStatuses", List.of(LogStatus.DONE, LogStatus.SKIPPED));
        return logPage(token, view, "tracking/long-run", model);
    }

    private static String logPage(String token, PlanView view, String template, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("view", view);
        model.addAttribute("plan", view.plan());
        return template;
    }

    @PostMapping("/sessions/{sessionId}/log")
    View logSession(@PathVariable String token, @PathVariable String sessionId,
            @ModelAttribute SessionLogForm form, BindingResult binding, RedirectAttributes redirect) {
        String formId = "session-" + sessionId;
        try {
            tracking.logSession(token, sessionId, form.toLog(), Unreadable.fields(binding));
        } catch (BadInput refused) {
            redirect.addFlashAttribute("formProblems", problems(formId, refused.problems(), form));
            return SeeOther.to("/plans/{token}/sessions/{id}", token, sessionId);
        }
        return backTo(token, formId);
    }

    @PostMapping("/long-runs/{date}/log")
    View logLongRun(@PathVariable String token, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @ModelAttribute LongRunForm form, BindingResult binding, RedirectAttributes redirect) {
        String formId = "long-run-" + date;
        try {
            tracking.logLongRun(token, form.toLog(date), Unreadable.fields(binding));
        } catch (BadInput refused) {
            redirect.addFlashAttribute("formProblems", problems(formId, refused.problems(), form));
            return SeeOther.to("/plans/{token}/long-runs/{date}", token, date);
        }
        return backTo(token, formId);
    }

    @PostMapping("/check-in")
    View checkIn(@PathVariable String token, @RequestParam(required = false) Boolean wentWell,
            RedirectAttributes redirect) {
        try {
            if (wentWell == null) {
                throw new BadInput(List.of(FieldProblem.of("wentWell", "problem.required")));
            }
            tracking.checkIn(token, wentWell);
        } catch (BadInput refused) {
            redirect.addFlashAttribute("formProblems", problems("check-in", refused.problems(), null));
        } catch (NotYet early) {
            redirect.addFlashAttribute("formProblems",
                    new FormProblems("check-in", Map.of("wentWell", wording.say(early.reason())), null));
        }
        return backTo(token, "check-in");
    }

    @PostMapping("/unit")
    View switchUnit(@PathVariable String token, @RequestParam MileageUnit unit) {
        tracking.switchUnit(token, unit);
        return backTo(token, "summary");
    }

    @GetMapping("/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable String token) throws IOException {
        var view = plans.find(token).orElseThrow(PlanNotFound::new);
        StringWriter ics = new StringWriter();
        new CalendarOutputter(false).output(calendar.of(view), ics);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("cramp-proof.ics").build().toString())
                .body(ics.toString());
    }

    private FormProblems problems(String formId, List<FieldProblem> problems, Object entered) {
        Map<String, String> messages = new LinkedHashMap<>();
        problems.forEach(problem -> messages.putIfAbsent(problem.field(), wording.say(problem.message())));
        return new FormProblems(formId, messages, entered);
    }

    private static View backTo(String token, String anchor) {
        return SeeOther.to("/plans/{token}#{anchor}", token, anchor);
    }
}
