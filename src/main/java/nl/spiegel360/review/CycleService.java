package nl.spiegel360.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.RoleProfileService;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.ReviewReadModels.CycleSummary;
import nl.spiegel360.review.ReviewReadModels.ReviewSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's review cycles: create them, add employees, and move them forward one state at a time. Starting a review
 * freezes the employee's profile revision and asks the employee, their manager and (when the cycle says so)
 * their direct reports for feedback.
 *
 * <p>Ten collaborators: adding people to a cycle and moving it forward touch people, profiles, reviews, assignments,
 * closing and the audit log together, and each step must be one transaction; closing itself runs in the background
 * ({@link CycleClosings}, a page of reviews at a time through {@link ReviewClosing}),
 * the daily deadlines {@link ReviewDeadlines}'.
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class CycleService {


    private final ReviewCycleRepository cycles;
    private final ReviewRepository reviews;
    private final RaterAssignmentRepository assignments;
    private final PersonAdministration people;
    private final PersonDirectory directory;
    private final RoleProfileService profiles;
    private final ApplicationEventPublisher events;
    private final CycleClosings closings;
    private final AuditLog audit;
    private final Clock clock;

    CycleService(ReviewCycleRepository cycles, ReviewRepository reviews, RaterAssignmentRepository assignments,
            PersonAdministration people, PersonDirectory directory, RoleProfileService profiles, ApplicationEventPublisher events, CycleClosings closings,
            AuditLog audit, Clock clock) {
        this.closings = closings;
        this.cycles = cycles;
        this.reviews = reviews;
        this.assignments = assignments;
        this.directory = directory;
        this.people = people;
        this.profiles = profiles;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<CycleSummary> cycles() {
        return cycles.findAllOrdered().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public CycleSummary cycle(long id) {
        return summary(find(id));
    }

    @Transactional(readOnly = true)
    public List<ReviewSummary> reviews(long cycleId) {
        List<Review> list = reviews.findByCycle(cycleId);
        PersonRefs names = directory.refs(list.stream().map(Review::getEmployeeId).toList());
        return list.stream().map(r -> ReviewSummaries.of(r, names)).toList();
    }

    public CycleSummary create(CycleDraft draft) {
        validate(draft);
        ReviewCycle cycle = cycles.save(new ReviewCycle(draft, clock.instant()));
        audit.record("cycle.created", "review_cycle", cycle.getId(), cycle.getName());
        return summary(cycle);
    }

    public CycleSummary update(long id, long expectedVersion, CycleDraft draft) {
        ReviewCycle cycle = find(id);
        if (cycle.getVersion() != expectedVersion) {
            throw new UserFacingException("cycle.error.changed-meanwhile");
        }
        if (cycle.getState() != CycleState.DRAFT) {
            throw new UserFacingException("cycle.error.not-draft");
        }
        validate(draft);
        cycle.apply(draft);
        return summary(cycle);
    }

    /** Adds employees to a cycle; in a running cycle their reviews start at once. Returns how many were added. */
    public int addEmployees(long cycleId, Collection<Long> personIds) {
        ReviewCycle cycle = find(cycleId);
        if (cycle.getState() == CycleState.CLOSED) {
            throw new UserFacingException("cycle.error.closed");
        }
        PersonRefs refs = directory.refs(personIds);
        Map<Long, Long> profileIds = people.roleProfileIds(personIds);
        int added = 0;
        for (Long personId : personIds) {
            PersonRef person = refs.get(personId);
            if (person == null || !person.active()) {
                throw new UserFacingException("common.not-found");
            }
            if (reviews.existsByCycleIdAndEmployeeId(cycleId, personId)) {
                continue;
            }
            Long profileId = profileIds.get(personId);
            if (profileId == null) {
                throw new UserFacingException("cycle.error.no-profile", person.name());
            }
            Review review = new Review(cycle, personId, person.managerId(), profileId, clock.instant());
            review.setTeam(person.team());
            review = reviews.save(review);
            if (cycle.getState() != CycleState.DRAFT) {
                start(review, person);
            }
            added++;
        }
        audit.record("cycle.employees-added", "review_cycle", cycleId, added + " employees");
        return added;
    }

    public int addTeam(long cycleId, String team) {
        return addEmployees(cycleId, people.team(team).stream().map(p -> p.id()).toList());
    }

    /** Moves a cycle to its next state; any other move is refused. */
    public CycleSummary advance(long cycleId, CycleState target) {
        ReviewCycle cycle = find(cycleId);
        if (target == CycleState.CLOSED) {
            closings.progress(cycleId).ifPresent(p -> {
                throw new UserFacingException("cycle.closing.running", p.closed(), p.total());
            });
        }
        if (cycle.getState().next().filter(target::equals).isEmpty()) {
            throw new UserFacingException("cycle.error.transition", cycle.getState().name(), target.name());
        }
        if (target == CycleState.NOMINATION) {
            List<Review> list = reviews.findByCycle(cycleId);
            if (list.isEmpty()) {
                throw new UserFacingException("cycle.error.no-reviews");
            }
            PersonRefs employees = directory.refs(list.stream().map(Review::getEmployeeId).toList());
            list.forEach(r -> start(r, employees.byId().get(r.getEmployeeId())));
        }
        cycle.setState(target);
        if (target == CycleState.CLOSED) {
            closings.schedule(cycleId);
        }
        audit.record("cycle." + target.name().toLowerCase(java.util.Locale.ROOT), "review_cycle", cycleId, null);
        events.publishEvent(new CycleMoved(cycleId, target));
        return summary(cycle);
    }

    /** The aggregation settings of a cycle. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Settings settings(long cycleId) {
        return CycleSettings.read(find(cycleId).getSettings());
    }

    /** Launches a review: its team becomes the employee's team now, and its first requests go out. */
    private void start(Review review, @Nullable PersonRef employee) {
        // a move between adding and launching counts, a move after it does not
        if (employee != null) {
            review.setTeam(employee.team());
        }
        long profileId = review.getProfileId();
        if (!profiles.freezeIfNeeded(profileId)) {
            throw new UserFacingException("common.not-found");
        }
        List<RaterAssignment> created = new ArrayList<>();
        assign(review, review.getEmployeeId(), RaterGroup.SELF).ifPresent(created::add);
        Long managerId = review.getManagerId();
        if (managerId != null) {
            assign(review, managerId, RaterGroup.MANAGER).ifPresent(created::add);
        }
        if (review.getCycle().isIncludeDirectReports()) {
            directory.reportsOf(review.getEmployeeId()).forEach(r -> assign(review, r.id(), RaterGroup.DIRECT_REPORT)
                    .ifPresent(created::add));
        }
        created.forEach(a -> events.publishEvent(new ReviewEvents.RaterInvited(a.getId())));
    }

    private Optional<RaterAssignment> assign(Review review, long raterId, RaterGroup group) {
        if (assignments.existsByReviewIdAndRaterId(review.getId(), raterId)) {
            return Optional.empty();
        }
        return Optional.of(assignments.save(new RaterAssignment(review, raterId, group, AssignmentStatus.NOT_STARTED,
                null, clock.instant())));
    }

    private void validate(CycleDraft d) {
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > ReviewLimits.CYCLE_NAME_MAX) {
            throw new UserFacingException("cycle.error.name");
        }
        if (d.opensOn() == null || d.nominationDeadline() == null || d.ratingDeadline() == null
                || d.nominationDeadline().isBefore(d.opensOn()) || d.ratingDeadline().isBefore(d.nominationDeadline())) {
            throw new UserFacingException("cycle.error.dates");
        }
        if (d.peersMin() < 0 || d.peersMax() < 1 || d.peersMax() < d.peersMin() || d.peersMax() > ReviewLimits.PEERS_MAX) {
            throw new UserFacingException("cycle.error.peer-limits");
        }
        if (d.maxRequestsPerRater() < 1 || d.reminderDays() < 0 || d.pulseWeeks() < 0
                || d.pulseWeeks() > CycleDraft.MAX_PULSE_WEEKS) {
            throw new UserFacingException("cycle.error.limits");
        }
        CycleSettings.read(d.settingsJson());
    }

    private ReviewCycle find(long id) {
        return cycles.findById(id).orElseThrow(ReviewAccess::notFound);
    }

    private CycleSummary summary(ReviewCycle c) {
        return new CycleSummary(c.getId(), c.getVersion(), c.getName(), c.getOpensOn(), c.getNominationDeadline(),
                c.getRatingDeadline(), c.getState(), (int) reviews.countByCycleId(c.getId()), c.getPeersMin(),
                c.getPeersMax(), c.isIncludeDirectReports(), c.getMaxRequestsPerRater(), c.getReminderDays(),
                c.getSettings(), c.getPulseWeeks(), c.isExternalRaters());
    }
}
