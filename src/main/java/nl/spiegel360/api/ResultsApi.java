package nl.spiegel360.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.spiegel360.api.ApiModels.CompetencyResult;
import nl.spiegel360.api.ApiModels.GroupResult;
import nl.spiegel360.api.ApiModels.HoldsBack;
import nl.spiegel360.api.ApiModels.Indicator;
import nl.spiegel360.api.ApiModels.Page;
import nl.spiegel360.api.ApiModels.RankedIndicator;
import nl.spiegel360.api.ApiModels.Result;
import nl.spiegel360.api.ApiModels.SelfOthers;
import nl.spiegel360.api.ApiModels.Summary;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportPages;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Released results, read as HR reads the report: through the report's one builder ({@link ReportPages}), so that a
 * group below its minimum carries only its number of respondents, exactly as on every screen. Neither a rater, a
 * single rating nor a comment leaves through here.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Results")
class ResultsApi {

    private final ReportPages pages;
    private final ReviewDataService reviews;
    private final CycleService cycles;
    private final PersonDirectory people;

    ResultsApi(ReportPages pages, ReviewDataService reviews, CycleService cycles, PersonDirectory people) {
        this.pages = pages;
        this.reviews = reviews;
        this.cycles = cycles;
        this.people = people;
    }

    @GetMapping("/cycles/{id}/results")
    @PreAuthorize("hasAuthority('SCOPE_results:read')")
    @Operation(summary = "The released results of a cycle, by review id",
            security = @SecurityRequirement(name = "oauth2", scopes = "results:read"))
    Page<Result> results(@PathVariable long id, @RequestParam(required = false) @Nullable Integer limit,
            @RequestParam(required = false) @Nullable String next, HttpServletRequest request) {
        cycles.cycle(id);
        int size = ApiPaging.limit(limit);
        List<ReviewInfo> page = reviews.reviewsAfter(id, true, ApiPaging.after(next), size + 1);
        PersonRefs names = people.refs(page.stream().map(ReviewInfo::employeeId).toList());
        Locale locale = ApiPaging.language(request);
        // the page's reports are built together, the cursor's extra review not among them
        Map<Long, Report> built = new HashMap<>();
        pages.releasedFigures(page.subList(0, Math.min(size, page.size())), locale)
                .forEach(report -> built.put(report.reviewId(), report));
        return ApiPaging.page(page, size, ReviewInfo::reviewId, r -> result(r,
                Objects.requireNonNull(built.get(r.reviewId())), names));
    }

    @GetMapping("/reviews/{id}/result")
    @PreAuthorize("hasAuthority('SCOPE_results:read')")
    @Operation(summary = "The released result of one review",
            security = @SecurityRequirement(name = "oauth2", scopes = "results:read"))
    Result result(@PathVariable long id, HttpServletRequest request) {
        ReviewInfo info = reviews.review(id);
        if (!info.released()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "No released result has this id.");
        }
        return result(info, pages.releasedFigures(List.of(info), ApiPaging.language(request)).getFirst(),
                people.refs(List.of(info.employeeId())));
    }

    private static Result result(ReviewInfo info, Report report, PersonRefs names) {
        List<CompetencyResult> competencies = new ArrayList<>();
        for (Report.CompetencyRow row : report.rows()) {
            List<GroupResult> groups = row.groups().stream().map(g -> new GroupResult(ApiPaging.lower(g.group()),
                    g.respondents(), g.reported(), g.reported() ? g.level() : null)).toList();
            Report.HoldsBack held = row.drilldown().holdsBack();
            competencies.add(new CompetencyResult(row.competencyId(), row.label(), row.norm(), row.finalLevel(),
                    row.calibrated() ? row.calibratedLevel() : null, row.consensusLevel(),
                    ApiPaging.lower(row.status()), groups, held == null ? null : new HoldsBack(held.nextLevel(),
                    held.indicators().stream().map(i -> new Indicator(i.indicatorId(), i.level(), i.text(),
                            i.score())).toList())));
        }
        Report.Summary s = report.summary();
        Summary summary = s == null ? null : new Summary(
                s.strengths().stream().map(ResultsApi::ranked).toList(),
                s.areasToImprove().stream().map(ResultsApi::ranked).toList(),
                s.largestGaps().stream().map(g -> new SelfOthers(g.competency(), g.level(), g.text(), g.self(),
                        g.others(), g.difference())).toList());
        return new Result(info.reviewId(), info.cycleId(), CyclesApi.person(names.get(info.employeeId())),
                report.closedAt(), java.util.Objects.requireNonNull(report.releasedAt()), competencies, summary);
    }

    private static RankedIndicator ranked(Report.RankedIndicator r) {
        return new RankedIndicator(r.competency(), r.level(), r.text(), r.score());
    }
}
