package nl.spiegel360.development;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.development.PlanReadModels.PulseItem;
import nl.spiegel360.development.PlanReadModels.PulseQuestionnaire;
import nl.spiegel360.development.PlanReadModels.PulseRequestLine;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.SystemTask;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rater's side of a pulse: the requests of the signed-in user, and the short questionnaire of one, answered item
 * by item and submitted once. A request of someone else is "not found". The last submission closes the pulse.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Pulses {

    private final PulseRequestRepository requests;
    private final DevelopmentPlanRepository plans;
    private final PulseLifecycle lifecycle;
    private final PersonDirectory people;
    private final CurrentUser currentUser;
    private final ProfileReader profiles;
    private final Clock clock;

    Pulses(PulseRequestRepository requests, DevelopmentPlanRepository plans, PulseLifecycle lifecycle,
            PersonDirectory people, CurrentUser currentUser, ProfileReader profiles, Clock clock) {
        this.profiles = profiles;
        this.requests = requests;
        this.plans = plans;
        this.lifecycle = lifecycle;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The pulse requests of the signed-in user, newest first. */
    public List<PulseRequestLine> myRequests() {
        List<PulseRequest> mine = requests.findByRater(currentUser.require().personId());
        List<PulseRequestLine> lines = new ArrayList<>();
        for (PulseRequest r : mine) {
            DevelopmentPlan plan = plan(r);
            lines.add(new PulseRequestLine(r.getId(), employeeName(plan), r.getPulse().getClosesOn(), r.isSubmitted(),
                    r.getPulse().isOpen()));
        }
        return lines;
    }

    public PulseQuestionnaire questionnaire(long requestId) {
        return questionnaire(requestId, LocalePreference.SUPPORTED.getFirst());
    }

    /** The pulse in the rater's language: the focus competencies and indicators as the profile has them in it. */
    public PulseQuestionnaire questionnaire(long requestId, Locale locale) {
        PulseRequest request = own(requestId);
        DevelopmentPlan plan = plan(request);
        ProfileReader.Texts texts = profiles.texts(plan.getFocus().stream().map(PlanFocus::getCompetencyId)
                .toList(), locale);
        List<PulseItem> items = new ArrayList<>();
        for (PlanFocus focus : plan.getFocus()) {
            for (FocusIndicator i : focus.getIndicators()) {
                PulseAnswer answer = request.getAnswers().get(i.getIndicatorId());
                items.add(new PulseItem(i.getIndicatorId(), focus.name(texts), i.getLevel(), i.text(texts),
                        answer != null, answer == null ? null : answer.getScore()));
            }
        }
        return new PulseQuestionnaire(requestId, employeeName(plan), request.getPulse().getScaleMax(),
                request.isSubmitted(), accepts(request), request.getPulse().getClosesOn(), items);
    }

    /** Stores one answer: a score on the scale, or null for "can't judge". */
    @Transactional
    public void answer(long requestId, long indicatorId, @Nullable Integer score) {
        PulseRequest request = editable(requestId);
        boolean asked = plan(request).getFocus().stream().flatMap(f -> f.getIndicators().stream())
                .anyMatch(i -> i.getIndicatorId() == indicatorId);
        if (!asked) {
            throw new UserFacingException("common.not-found");
        }
        if (score != null && (score < 1 || score > request.getPulse().getScaleMax())) {
            throw new UserFacingException("questionnaire.error.score", request.getPulse().getScaleMax());
        }
        request.answer(indicatorId, score, clock.instant());
    }

    /** Submits a request whose every item is answered; the last submission closes the pulse. */
    @Transactional
    public void submit(long requestId) {
        PulseRequest request = editable(requestId);
        DevelopmentPlan plan = plan(request);
        long open = plan.getFocus().stream().flatMap(f -> f.getIndicators().stream())
                .filter(i -> !request.getAnswers().containsKey(i.getIndicatorId())).count();
        if (open > 0) {
            throw new UserFacingException("pulse.error.incomplete", open);
        }
        request.submit(clock.instant());
        requests.flush();
        if (requests.findByPulseId(request.getPulse().getId()).stream().allMatch(PulseRequest::isSubmitted)) {
            // the last answer closes the pulse, but the close is the system's act, not this rater's
            SystemTask.run(() -> lifecycle.close(request.getPulse(), plan, "all submitted"));
        }
    }

    private PulseRequest own(long requestId) {
        PulseRequest request = requests.findById(requestId)
                .orElseThrow(() -> new UserFacingException("common.not-found"));
        if (!Objects.equals(request.getRaterId(), currentUser.require().personId())) {
            throw new UserFacingException("common.not-found");
        }
        return request;
    }

    private PulseRequest editable(long requestId) {
        PulseRequest request = own(requestId);
        if (request.isSubmitted()) {
            throw new UserFacingException("pulse.error.submitted");
        }
        if (!accepts(request)) {
            throw new UserFacingException("pulse.error.closed");
        }
        return request;
    }

    private boolean accepts(PulseRequest request) {
        return request.getPulse().isOpen() && !LocalDate.now(clock).isAfter(request.getPulse().getClosesOn());
    }

    private DevelopmentPlan plan(PulseRequest request) {
        return plans.findById(request.getPulse().getPlanId()).orElseThrow();
    }

    private String employeeName(DevelopmentPlan plan) {
        return people.refs(List.of(plan.getEmployeeId())).get(plan.getEmployeeId()).name();
    }
}
