package nl.spiegel360.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.report.TeamOverview;
import nl.spiegel360.review.NominationService;
import nl.spiegel360.security.Role;

/** Employees by competencies for one cycle: the agreed (or consensus) level against the norm, per cell. */
@Route("team-overview")
@Menu(order = 45, icon = "GRID_BIG", title = "overview.title")
@RolesAllowed({Role.MANAGER_NAME, Role.HR_NAME})
class TeamOverviewView extends Main implements HasDynamicTitle {

    private final transient ReportService reports;
    private final Div content = new Div();

    TeamOverviewView(ReportService reports, NominationService nominations, nl.spiegel360.review.CycleService cycles,
            nl.spiegel360.security.CurrentUser user) {
        this.reports = reports;
        addClassName("page");
        Select<Long> cycle = new Select<>();
        cycle.setLabel(getTranslation("cycle.name"));
        cycle.setId("overview-cycle");
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
        List<TeamOverview.Row> rows = reports.teamOverview(cycleId, getLocale());
        if (rows.isEmpty()) {
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
        var table = new NativeTable();
        table.setId("heatmap");
        table.addClassName("report-table");
        table.addClassName("heatmap");
        table.setCaptionText(getTranslation("overview.caption"));
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("requests.employee"));
        rows.getFirst().cells().forEach(c -> head.addHeaderCell().setText(c.label() + " (" + c.norm() + ")"));
        table.getHead().add(head);
        var body = table.addBody();
        for (TeamOverview.Row row : rows) {
            NativeTableRow tr = new NativeTableRow();
            var name = tr.addHeaderCell();
            name.add(new Anchor("reviews/" + row.reviewId() + "/report", row.employeeName()));
            name.getElement().setAttribute("scope", "row");
            for (CompetencyRow cell : row.cells()) {
                var td = tr.addDataCell();
                var link = new Anchor("reviews/" + row.reviewId() + "/report", cellText(cell));
                td.add(link);
                td.addClassName("heat-" + heat(cell).toLowerCase(java.util.Locale.ROOT));
            }
            body.add(tr);
        }
        content.add(downloads, table);
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
