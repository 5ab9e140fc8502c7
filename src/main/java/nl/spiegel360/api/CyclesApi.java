package nl.spiegel360.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.api.ApiModels.Added;
import nl.spiegel360.api.ApiModels.Aggregation;
import nl.spiegel360.api.ApiModels.Cycle;
import nl.spiegel360.api.ApiModels.CycleSettings;
import nl.spiegel360.api.ApiModels.NewCycle;
import nl.spiegel360.api.ApiModels.NewParticipants;
import nl.spiegel360.api.ApiModels.Page;
import nl.spiegel360.api.ApiModels.Person;
import nl.spiegel360.api.ApiModels.Review;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.CycleDraft;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import nl.spiegel360.review.ReviewReadModels.CycleSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cycles, their reviews, and a cycle made from a template, filled with people and launched. */
@RestController
@RequestMapping(path = "/api/v1/cycles", produces = "application/json")
@Tag(name = "Cycles")
class CyclesApi {

    private final CycleService cycles;
    private final nl.spiegel360.review.CycleActions actions;
    private final ReviewDataService reviews;
    private final PersonDirectory people;

    CyclesApi(CycleService cycles, nl.spiegel360.review.CycleActions actions, ReviewDataService reviews,
            PersonDirectory people) {
        this.cycles = cycles;
        this.actions = actions;
        this.reviews = reviews;
        this.people = people;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_cycles:read')")
    @Operation(summary = "The cycles, by id", security = @SecurityRequirement(name = "oauth2", scopes = "cycles:read"))
    Page<Cycle> cycles(@Parameter(description = "1 to 100; 50 when absent") @RequestParam(required = false)
            @Nullable Integer limit, @Parameter(description = "the cursor a previous page gave")
            @RequestParam(required = false) @Nullable String next) {
        int size = ApiPaging.limit(limit);
        long after = ApiPaging.after(next);
        List<CycleSummary> page = cycles.cycles().stream().filter(c -> c.id() > after)
                .sorted(Comparator.comparingLong(CycleSummary::id)).limit(size + 1L).toList();
        return ApiPaging.page(page, size, CycleSummary::id, CyclesApi::cycle);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SCOPE_cycles:read')")
    @Operation(summary = "One cycle", security = @SecurityRequirement(name = "oauth2", scopes = "cycles:read"))
    Cycle cycle(@PathVariable long id) {
        return cycle(cycles.cycle(id));
    }

    @GetMapping("/{id}/reviews")
    @PreAuthorize("hasAuthority('SCOPE_cycles:read')")
    @Operation(summary = "The reviews of a cycle, by id: whose, their state and dates; never who rated",
            security = @SecurityRequirement(name = "oauth2", scopes = "cycles:read"))
    Page<Review> reviews(@PathVariable long id, @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String next) {
        cycles.cycle(id);
        int size = ApiPaging.limit(limit);
        List<ReviewInfo> page = reviews.reviewsAfter(id, false, ApiPaging.after(next), size + 1);
        List<Long> ids = new ArrayList<>();
        page.forEach(r -> {
            ids.add(r.employeeId());
            if (r.managerId() != null) {
                ids.add(r.managerId());
            }
        });
        PersonRefs names = people.refs(ids);
        return ApiPaging.page(page, size, ReviewInfo::reviewId, r -> new Review(r.reviewId(), r.cycleId(),
                person(names.get(r.employeeId())), r.managerId() == null ? null : person(names.get(r.managerId())),
                r.team(), r.released() ? "released" : r.closed() ? "closed" : "collecting", r.closedAt(),
                r.releasedAt()));
    }

    @PostMapping(consumes = "application/json")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('SCOPE_cycles:write')")
    @Operation(summary = "A new cycle in draft, with the settings of a template cycle or the defaults",
            security = @SecurityRequirement(name = "oauth2", scopes = "cycles:write"))
    ResponseEntity<Cycle> create(@RequestBody NewCycle draft) {
        if (draft.name() == null || draft.opensOn() == null || draft.nominationDeadline() == null
                || draft.ratingDeadline() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "name, opensOn, nominationDeadline and ratingDeadline are required.");
        }
        CycleSummary created = draft.templateCycleId() == null
                ? cycles.create(CycleDraft.withDefaults(draft.name(), draft.opensOn(), draft.nominationDeadline(),
                        draft.ratingDeadline()))
                : actions.fromTemplate(draft.templateCycleId(), draft.name(), draft.opensOn(),
                        draft.nominationDeadline(), draft.ratingDeadline());
        return ResponseEntity.created(URI.create("/api/v1/cycles/" + created.id())).body(cycle(created));
    }

    @PostMapping(path = "/{id}/participants", consumes = "application/json")
    @PreAuthorize("hasAuthority('SCOPE_cycles:write')")
    @Operation(summary = "Adds people to a cycle by their e-mail address; in a running cycle their reviews start at once."
            + " Nothing is added when one address is unknown.",
            security = @SecurityRequirement(name = "oauth2", scopes = "cycles:write"))
    Added addParticipants(@PathVariable long id, @RequestBody NewParticipants participants) {
        if (participants.emails() == null || participants.emails().isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "emails must name at least one person.");
        }
        List<Long> ids = new ArrayList<>();
        for (String email : participants.emails()) {
            ids.add(people.byEmail(email == null ? "" : email).filter(PersonRef::active).map(PersonRef::id)
                    .orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_CONTENT,
                            "No active person has the address " + email + ".")));
        }
        return new Added(cycles.addEmployees(id, ids));
    }

    @PostMapping("/{id}/launch")
    @PreAuthorize("hasAuthority('SCOPE_cycles:write')")
    @Operation(summary = "Launches a cycle in draft: its reviews start, and nomination begins",
            security = @SecurityRequirement(name = "oauth2", scopes = "cycles:write"))
    Cycle launch(@PathVariable long id) {
        if (cycles.cycle(id).state() != CycleState.DRAFT) {
            throw new ApiException(HttpStatus.CONFLICT, "Only a cycle in draft can be launched.");
        }
        return cycle(cycles.advance(id, CycleState.NOMINATION));
    }

    static Person person(PersonRef ref) {
        return new Person(ref.id(), ref.name(), ref.email());
    }

    static Cycle cycle(CycleSummary c) {
        return new Cycle(c.id(), c.name(), ApiPaging.lower(c.state()), c.opensOn(), c.nominationDeadline(),
                c.ratingDeadline(), c.reviews(), new CycleSettings(c.peersMin(), c.peersMax(),
                c.includeDirectReports(), c.maxRequestsPerRater(), c.reminderDays(), c.pulseWeeks(),
                c.externalRaters(), aggregation(c.settingsJson())));
    }

    /** The settings the engine closes this cycle's reviews with, read by the one reader of the stored form. */
    private static Aggregation aggregation(String json) {
        Settings settings;
        try {
            settings = nl.spiegel360.review.CycleSettings.read(json);
        } catch (UserFacingException e) {
            throw new IllegalStateException("A cycle's stored settings are refused by the engine", e);
        }
        return new Aggregation(settings.scaleMax(), settings.threshold(), settings.minCoverage(),
                byGroup(settings.weights()), byGroup(settings.anonymityMin()));
    }

    private static <T> Map<String, T> byGroup(Map<RaterGroup, T> values) {
        Map<String, T> named = new java.util.LinkedHashMap<>();
        values.forEach((group, value) -> named.put(ApiPaging.lower(group), value));
        return named;
    }
}
