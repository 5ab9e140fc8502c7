package nl.spiegel360.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.spiegel360.report.Report.RankedIndicator;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportChart;
import nl.spiegel360.report.ReportTexts;

/**
 * The summary a manager prepares the conversation with: the strongest behaviours, the areas to improve, the largest
 * differences between self and others, and per competency the progress and the self-view (also the chart's text).
 */
class ReportInsights extends Div {

    ReportInsights(Report report) {
        setId("report-insights");
        addClassName("report-insights");
        ReportTexts text = ReportTable.texts();
        add(new H3(getTranslation("report.insights.title")));
        Report.Summary summary = report.summary();
        if (summary == null) {
            add(new Paragraph(getTranslation("report.insights.old")));
            return;
        }
        var lists = new Div();
        lists.addClassName("insight-lists");
        lists.add(ranked("insights-strengths", "report.insights.strengths", summary.strengths(), text),
                ranked("insights-areas", "report.insights.areas", summary.areasToImprove(), text));
        var gaps = new OrderedList();
        summary.largestGaps().forEach(g -> gaps.add(new ListItem(text.gap(g))));
        lists.add(section("insights-gaps", "report.insights.gaps", gaps, summary.largestGaps().isEmpty()));
        add(lists);
        var progress = new UnorderedList();
        progress.setId("insights-progress");
        for (Report.CompetencyRow row : report.rows()) {
            progress.add(new ListItem(getTranslation("report.insights.progress-item", row.label(),
                    text.number(ReportChart.value(row)), row.drilldown().levels().size(), row.norm(),
                    text.selfOthers(row))));
        }
        add(new H4(getTranslation("report.insights.progress")), progress);
        var legend = new Paragraph(getTranslation("report.self-others.legend"));
        legend.addClassName("label");
        add(legend);
    }

    private Div ranked(String id, String title, List<RankedIndicator> items, ReportTexts text) {
        var list = new OrderedList();
        items.forEach(i -> list.add(new ListItem(text.ranked(i))));
        return section(id, title, list, items.isEmpty());
    }

    private Div section(String id, String title, com.vaadin.flow.component.Component list, boolean empty) {
        var div = new Div(new H4(getTranslation(title)));
        div.setId(id);
        div.add(empty ? new Paragraph(getTranslation("report.insights.none")) : list);
        return div;
    }
}
