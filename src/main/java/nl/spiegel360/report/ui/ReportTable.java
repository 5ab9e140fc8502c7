package nl.spiegel360.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.report.ReportTexts;

/** The report's main table, one row per competency, each with its drill-down below the table. */
class ReportTable extends Div {

    static final List<RaterGroup> GROUPS = RaterGroup.SHOWN;

    ReportTable(Report report, Runnable onChange, ReportService reports) {
        ReportTexts text = texts();
        addClassName("report-table-wrapper");
        List<RaterGroup> present = GROUPS.stream().filter(g -> report.rows().stream().anyMatch(r -> r.group(g) != null))
                .toList();
        var table = new NativeTable();
        table.setId("report-table");
        table.addClassName("report-table");
        table.setCaptionText(getTranslation("report.table.caption"));
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("report.competency"));
        head.addHeaderCell().setText(getTranslation("report.norm"));
        present.forEach(g -> head.addHeaderCell().setText(getTranslation("group." + g.name())));
        for (String key : List.of("report.consensus", "report.status", "report.agreement", "report.self-vs-others",
                "report.agreed", "report.previous")) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        table.getHead().add(head);
        var body = table.addBody();
        for (CompetencyRow row : report.rows()) {
            NativeTableRow tr = new NativeTableRow();
            tr.setId("report-row-" + row.competencyId());
            var label = tr.addHeaderCell();
            label.setText(row.label());
            label.getElement().setAttribute("scope", "row");
            tr.addDataCell().setText(String.valueOf(row.norm()));
            present.forEach(g -> tr.addDataCell().setText(text.group(row.group(g), false)));
            tr.addDataCell().setText(text.level(row.consensusLevel()));
            tr.addDataCell().add(status(row));
            tr.addDataCell().setText(row.agreementLabel() == null ? "—" : getTranslation("report.agreement.value",
                    getTranslation("report.agreement." + row.agreementLabel().name()), row.agreementRaters()));
            tr.addDataCell().setText(getTranslation("report.blind-hidden", row.blindSpots(), row.hiddenStrengths()));
            tr.addDataCell().setText(row.calibrated() ? text.level(row.calibratedLevel()) : "—");
            tr.addDataCell().setText(row.previousLevel() == null ? "—" : String.valueOf(row.previousLevel()));
            body.add(tr);
        }
        add(table);
        for (CompetencyRow row : report.rows()) {
            var details = new Details(row.label() + " — " + getTranslation("report.drilldown"),
                    new Drilldown(report, row, onChange, reports));
            details.setId("drilldown-" + row.competencyId());
            add(details);
        }
    }

    private Span status(CompetencyRow row) {
        var badge = new Span(getTranslation("report.status." + row.status().name()));
        String theme = switch (row.status()) {
            case ABOVE, MEETS -> "badge success";
            case BELOW -> "badge error";
            case INSUFFICIENT -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        badge.setId("status-" + row.competencyId());
        return badge;
    }

    /** The report's texts in the language of the current screen. */
    static ReportTexts texts() {
        UI ui = UI.getCurrent();
        return new ReportTexts(ui::getTranslation, ui.getLocale());
    }
}
