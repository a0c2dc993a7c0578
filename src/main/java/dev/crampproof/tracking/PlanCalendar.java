package dev.crampproof.tracking;

import dev.crampproof.plan.CrampPlan;
import dev.crampproof.plan.Prescription;
import dev.crampproof.plan.StrengthSession;
import dev.crampproof.runner.PlanView;
import dev.crampproof.system.Wording;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.ProdId;
import org.springframework.stereotype.Component;

/**
 * The plan as an iCalendar file: one all-day event per strength session and one for the race.
 * Event UIDs come from the plan and the session id, so importing again after a change updates
 * the events instead of adding copies. The UIDs hold a hash of the plan's token, never the
 * token itself, because calendars get shared.
 */
@Component
class PlanCalendar {

    static final String PRODUCT_ID = "-//Cramp-Proof//Strength plan//EN";
    private final Wording wording;

    PlanCalendar(Wording wording) {
        this.wording = wording;
    }

    Calendar of(PlanView view) {
        CrampPlan plan = view.plan();
        String planId = planId(view.token());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        plan.sessions().forEach(session -> calendar.add(event(session, planId)));
        VEvent race = new VEvent(plan.runner().raceDate(), wording.say("calendar.race",
                plan.runner().raceName() == null ? wording.label(plan.runner().raceDistance()) : plan.runner().raceName()));
        race.add(new Uid(planId + "-race@cramp-proof"));
        calendar.add(race);
        return calendar;
    }

    private VEvent event(StrengthSession session, String planId) {
        String title = wording.say("calendar.session." + session.anchor() + "." + session.kind());
        if (session.conditional()) {
            title = wording.say("calendar.conditional", title);
        }
        VEvent event = new VEvent(session.date(), title);
        event.add(new Uid(planId + "-" + session.id() + "@cramp-proof"));
        event.add(new Description(description(session)));
        return event;
    }

    private String description(StrengthSession session) {
        String exercises = session.exercises().stream().map(this::line).collect(Collectors.joining("\n"));
        String rest = session.rest() == null ? wording.say("plan.session.rest.light")
                : wording.say("plan.session.rest", session.rest().min() / 60, session.rest().max() / 60);
        return exercises + "\n" + rest + "\n" + wording.say(session.formCue().messageCode());
    }

    private String line(Prescription prescription) {
        return wording.say(prescription.exercise().messageCode()) + ": "
                + wording.say("plan.exercise.dose", prescription.sets(), wording.reps(prescription.reps()));
    }

    /** A stable, non-secret id for the plan: the first 16 bytes of SHA-256 of its token. */
    static String planId(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }
}
