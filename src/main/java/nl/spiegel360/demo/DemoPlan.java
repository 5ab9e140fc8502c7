package nl.spiegel360.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.spiegel360.development.PlanEditing;
import nl.spiegel360.development.PlanPages;
import nl.spiegel360.development.PlanPulses;
import nl.spiegel360.development.EntryKind;
import nl.spiegel360.development.PlanReadModels.PlanPage;
import nl.spiegel360.development.PlanReadModels.Proposal;
import nl.spiegel360.development.PlanReadModels.PulseRequestLine;
import nl.spiegel360.development.Pulses;
import org.springframework.stereotype.Component;

/**
 * Sanne Visser's development plan on her released report, so that a newcomer sees the whole loop: two focus points
 * from the report's proposals with an action each, Marieke's comment and agreement, one check-in, and a pulse that
 * every rater answered and that closed with the last answer.
 */
@Component
class DemoPlan {

    private final PlanEditing planEditing;
    private final PlanPages planPages;
    private final PlanPulses planPulses;
    private final Pulses pulses;
    private final Clock clock;

    DemoPlan(PlanEditing planEditing, PlanPages planPages, PlanPulses planPulses, Pulses pulses, Clock clock) {
        this.planEditing = planEditing;
        this.planPages = planPages;
        this.planPulses = planPulses;
        this.pulses = pulses;
        this.clock = clock;
    }

    /** Runs with {@code as} signing in the person named by e-mail for each step. */
    void load(long review, As as) {
        LocalDate today = LocalDate.now(clock);
        as.run(DemoPeople.SANNE_EMAIL, () -> {
            PlanPage page = planPages.plan(review);
            List<Proposal> proposals = page.proposals().stream().limit(2).toList();
            for (Proposal p : proposals) {
                planEditing.addFocus(review, p.competencyId(), p.reason(), p.indicators().stream().limit(2)
                        .map(i -> i.indicatorId()).toList());
            }
            var focus = planPages.plan(review).focus();
            planEditing.addAction(review, focus.get(0).focusId(), "Bij elk klantgesprek vooraf drie vragen opschrijven en"
                    + " achteraf nagaan wat de klant echt nodig had", today.plusWeeks(3), "Marieke, in ons maandelijks"
                    + " gesprek");
            if (focus.size() > 1) {
                planEditing.addAction(review, focus.get(1).focusId(), "Twee lastige dossiers samen met Daan oppakken en"
                        + " na afloop bespreken wat werkte", today.plusWeeks(6), "Daan");
            }
            planEditing.propose(review);
        });
        as.run(DemoPeople.MANAGER_EMAIL, () -> {
            planEditing.note(review, null, EntryKind.COMMENT, "Goede keuzes. Laten we de eerste actie na drie weken"
                    + " samen bekijken.");
            planEditing.agree(review, "Akkoord; we nemen het maandelijks door.");
            planPulses.startPulse(review);
        });
        as.run(DemoPeople.SANNE_EMAIL, () -> {
            var focus = planPages.plan(review).focus().getFirst();
            planEditing.note(review, focus.focusId(), EntryKind.CHECK_IN, "Drie gesprekken zo voorbereid. De klant"
                    + " kwam sneller tot de kern; bij de tweede miste ik nog een vervolgvraag.");
        });
        List<String> raters = List.of(DemoPeople.SANNE_EMAIL, DemoPeople.MANAGER_EMAIL, "daan@spiegel360.example",
                "emma@spiegel360.example", "lucas@spiegel360.example", "fleur@spiegel360.example");
        int rater = 0;
        for (String email : raters) {
            int offset = rater++;
            as.run(email, () -> {
                for (PulseRequestLine request : pulses.myRequests()) {
                    if (!request.open() || request.submitted()) {
                        continue;
                    }
                    var questionnaire = pulses.questionnaire(request.requestId());
                    int item = 0;
                    for (var i : questionnaire.items()) {
                        pulses.answer(request.requestId(), i.indicatorId(), 3 + (offset + item++) % 2);
                    }
                    pulses.submit(request.requestId());
                }
            });
        }
    }

    /** Runs work signed in as the person with this e-mail. */
    @FunctionalInterface
    interface As {
        void run(String email, Runnable work);
    }
}
