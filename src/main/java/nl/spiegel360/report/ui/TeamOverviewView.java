package nl.spiegel360.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.spiegel360.base.ui.GridHeights;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.TeamOverview;
import nl.spiegel360.review.NominationReads;
import nl.spiegel360.security.Role;

/** Employees by competencies for one cycle: the agreed (or consensus) level against the norm, per cell. */
@Route("team-overview")
@Menu(order = 45, icon = "GRID_BIG", title = "overview.title")
@RolesAllowed({Role.MANAGER_NAME, Role.HR_NAME})
class TeamOverviewView extends Main implements HasDynamicTitle {

    private final transient nl.spiegel360.report.ReportPages pages;
    private final Div content = new Div();

    TeamOverviewView(nl.spiegel360.report.ReportPages pages, NominationReads nominations,
            nl.spiegel360.review.CycleService cycles, nl.spiegel360.security.CurrentUser user) {
        this.pages = pages;
        addClassName("page");
        Select<Long> cycle = new Select<>();
        cycle.setLabel(getTranslation("cycle.name"));
        cycle.setId("overview-cycle");
        cycle.setWidth("min(26rem, 100%)");
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        if (user.require().has(Role.HR)) {
            cycles.cycles().forEach(c -> names.put(c.id(), c.name()));
        } else {
            nominations.teamReviews().forEach(r -> names.putIfAbsent(r.cycleId(), r.cycleName()));
        }
        cycle.setItems(List.copyOf(names.keySet()));
        cycle.setItemLabelGenerator(names::get);
        cycle.addValueChangeListener(e -> show(e.getValue()));
        content.setId("overview-content");
        add(cycle, content);
        names.keySet().stream().findFirst().ifPresent(cycle::setValue);
        if (names.isEmpty()) {
            add(new Paragraph(getTranslation("team.none")));
        }
    }

    void show(Long cycleId) {
        content.removeAll();
        if (cycleId == null) {
            return;
        }
        List<TeamOverview.Row> first = pages.teamOverview(cycleId, getLocale(), 0, 1);
        if (first.isEmpty()) {
            content.add(new Paragraph(getTranslation("team.none")));
            return;
        }
        var csv = new Anchor("export/cycles/" + cycleId + "/report.csv", getTranslation("overview.csv"));
        csv.setRouterIgnore(true);
        csv.setId("overview-csv");
        var archive = new Anchor("export/cycles/" + cycleId + "/reports.zip", getTranslation("overview.archive"));
        archive.setRouterIgnore(true);
        archive.setId("overview-archive");
        var downloads = new com.vaadin.flow.component.html.Div(csv, archive);
        downloads.addClassName("link-row");
        content.add(downloads, heatmap(cycleId, first.getFirst().cells()));
    }

    /**
     * Employees by competencies, a page of rows at a time from the stored results: a cycle of ten thousand reviews
     * reads what the screen shows. Each cell links to the report and carries its status as text and colour.
     */
    private Grid<TeamOverview.Row> heatmap(long cycleId, List<CompetencyRow> competencies) {
        Grid<TeamOverview.Row> grid = new Grid<>();
        grid.setId("heatmap");
        grid.addClassName("heatmap");
        grid.getElement().setAttribute("aria-label", getTranslation("overview.caption"));
        grid.addColumn(LitRenderer.<TeamOverview.Row>of("<a href=\"reviews/${item.review}/report\">${item.name}</a>")
                .withProperty("review", TeamOverview.Row::reviewId)
                .withProperty("name", TeamOverview.Row::employeeName))
                .setHeader(getTranslation("requests.employee")).setAutoWidth(true).setFrozen(true).setRowHeader(true);
        for (int i = 0; i < competencies.size(); i++) {
            int index = i;
            CompetencyRow competency = competencies.get(i);
            grid.addColumn(LitRenderer.<TeamOverview.Row>of("<a href=\"reviews/${item.review}/report\">${item.text}</a>")
                    .withProperty("review", TeamOverview.Row::reviewId)
                    .withProperty("text", row -> cellText(cell(row, index))))
                    .setHeader(wrapping(competency.label() + " (" + competency.norm() + ")")).setWidth("8rem")
                    .setFlexGrow(1)
                    .setPartNameGenerator(row -> "heat-" + heat(cell(row, index)).toLowerCase(java.util.Locale.ROOT));
        }
        long rows = pages.countTeamOverview(cycleId);
        grid.setItems(q -> pages.teamOverview(cycleId, getLocale(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) rows);
        GridHeights.fit(grid, rows);
        return grid;
    }

    /** A heading that wraps onto a second line instead of widening its column: six of them fit beside the names. */
    private static com.vaadin.flow.component.html.Span wrapping(String text) {
        var heading = new com.vaadin.flow.component.html.Span(text);
        heading.addClassName("wrapping-heading");
        return heading;
    }

    private static CompetencyRow cell(TeamOverview.Row row, int index) {
        return row.cells().get(index);
    }

    private String cellText(CompetencyRow cell) {
        Integer level = cell.finalLevel();
        return level == null ? getTranslation("report.status.INSUFFICIENT")
                : level + " · " + getTranslation("report.status." + heat(cell));
    }

    private static String heat(CompetencyRow cell) {
        return cell.status().name();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }

}
