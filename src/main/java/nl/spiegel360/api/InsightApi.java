package nl.spiegel360.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spiegel360.api.ApiModels.Insight;
import nl.spiegel360.api.ApiModels.InsightCell;
import nl.spiegel360.api.ApiModels.InsightColumn;
import nl.spiegel360.api.ApiModels.InsightRow;
import nl.spiegel360.api.ApiModels.LearningNeed;
import nl.spiegel360.insight.OrganisationFigures;
import nl.spiegel360.insight.OrganisationInsight;
import nl.spiegel360.insight.OrganisationInsight.Grouping;
import nl.spiegel360.insight.OrganisationInsight.Selection;
import nl.spiegel360.insight.OrganisationInsight.View;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's competency gaps and learning needs, as the organisation's page shows them to HR
 * ({@link OrganisationInsight}): a hidden cell gives neither its people nor its figures, a refused view only why.
 */
@RestController
@RequestMapping(path = "/api/v1/insight", produces = "application/json")
@Tag(name = "Organisation insight")
class InsightApi {

    private final OrganisationInsight insight;

    InsightApi(OrganisationInsight insight) {
        this.insight = insight;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_insight:read')")
    @Operation(summary = "One view of the organisation: a cycle (the latest when absent), optionally one profile and"
            + " one team, grouped by team, profile or cycle (the trend)",
            security = @SecurityRequirement(name = "oauth2", scopes = "insight:read"))
    Insight view(@RequestParam(required = false) @Nullable Long cycle,
            @RequestParam(required = false) @Nullable String profile,
            @RequestParam(required = false) @Nullable String team,
            @io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    allowableValues = {"team", "profile", "cycle"}))
            @RequestParam(defaultValue = "team") String grouping, HttpServletRequest request) {
        Grouping g;
        try {
            g = Grouping.valueOf(grouping.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "grouping is one of team, profile and cycle.");
        }
        View view = insight.view(new Selection(cycle, profile, team, g), ApiPaging.language(request));
        String refusal = view.refusal() == null ? null : ApiPaging.lower(view.refusal());
        if (!view.shown()) {
            return new Insight(view.cycleId(), view.minimum(), refusal, null, null, null, null, null, null);
        }
        List<InsightColumn> columns = view.columns().stream().map(c -> new InsightColumn(c.competency(), c.label()))
                .toList();
        return new Insight(view.cycleId(), view.minimum(), refusal, view.peopleAbout(),
                columns, view.rows().stream().map(InsightApi::row).toList(),
                view.total() == null ? null : row(view.total()),
                view.needs().stream().map(n -> new LearningNeed(n.indicatorId(), n.competencyId(), n.competency(),
                        n.level(), n.text(), n.people(), n.meanShortfall(), n.weight(), n.inPlans(), n.pulses(),
                        n.movement())).toList(), view.breaks());
    }

    private static InsightRow row(OrganisationInsight.Row row) {
        return new InsightRow(row.key(), row.label(), row.cells().stream().map(InsightApi::cell).toList());
    }

    private static InsightCell cell(OrganisationFigures.Cell cell) {
        OrganisationFigures.Figures f = cell.figures();
        if (cell.hidden() || f == null) {
            return new InsightCell(cell.competency(), cell.hidden(), cell.hidden() ? null : cell.people(), null, null,
                    null);
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        f.levels().forEach((level, n) -> levels.put(String.valueOf(level), n));
        return new InsightCell(cell.competency(), false, cell.people(), f.share(), f.meanGap(), levels);
    }
}
