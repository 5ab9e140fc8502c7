package nl.spiegel360.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.spiegel360.api.ApiModels.FocusCompetency;
import nl.spiegel360.api.ApiModels.Page;
import nl.spiegel360.api.ApiModels.Plan;
import nl.spiegel360.development.PlanLists;
import nl.spiegel360.development.PlanReadModels.PlanOutline;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Development plans of released reviews, read as HR reads them on screen ({@link PlanLists}): the state of every
 * one, the focus only of a plan its employee shared with HR.
 */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = "application/json")
@Tag(name = "Plans")
class PlansApi {

    private final PlanLists plans;
    private final ReviewDataService reviews;
    private final PersonDirectory people;

    PlansApi(PlanLists plans, ReviewDataService reviews, PersonDirectory people) {
        this.plans = plans;
        this.reviews = reviews;
        this.people = people;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_plans:read')")
    @Operation(summary = "The plans of every released review (of one cycle when given), by review id",
            security = @SecurityRequirement(name = "oauth2", scopes = "plans:read"))
    Page<Plan> plans(@RequestParam(required = false) @Nullable Long cycle,
            @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String next, HttpServletRequest request) {
        int size = ApiPaging.limit(limit);
        List<ReviewInfo> page = reviews.reviewsAfter(cycle, true, ApiPaging.after(next), size + 1);
        PersonRefs names = people.refs(page.stream().map(ReviewInfo::employeeId).toList());
        Locale locale = ApiPaging.language(request);
        Map<Long, PlanOutline> outlines = new HashMap<>();
        plans.outlines(page.subList(0, Math.min(size, page.size())), locale)
                .forEach(o -> outlines.put(o.reviewId(), o));
        return ApiPaging.page(page, size, ReviewInfo::reviewId, r -> {
            PlanOutline p = Objects.requireNonNull(outlines.get(r.reviewId()));
            boolean content = p.readsContent();
            return new Plan(r.reviewId(), r.cycleId(), CyclesApi.person(names.get(r.employeeId())),
                    p.state() == null ? "none" : ApiPaging.lower(p.state()), p.sharedWithHr(),
                    content ? p.agreedAt() : null, content ? p.focus().stream().map(f -> new FocusCompetency(
                            f.competencyId(), f.competency(), ApiPaging.lower(f.reason()))).toList() : null);
        });
    }
}
