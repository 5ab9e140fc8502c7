package nl.spiegel360.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.report.IndicatorChart;
import nl.spiegel360.base.ui.EmphasisText;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.Report.IndicatorLine;
import nl.spiegel360.report.Report.LevelLine;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.report.ReportTexts;

/** Why a competency's consensus is what it is, and (for the manager) the agreed level. */
class Drilldown extends Div {

    private final ReportTexts text = ReportTable.texts();

    Drilldown(Report report, CompetencyRow row, Runnable onChange, ReportService reports) {
        addClassName("drilldown");
        var explanation = new Paragraph(text.explanation(row, report.threshold()));
        explanation.setId("explanation-" + row.competencyId());
        explanation.addClassName("explanation");
        add(explanation, levels(report, row));
        if (!row.drilldown().inconsistentLevels().isEmpty()) {
            var warning = new Paragraph(getTranslation("report.inconsistent", row.drilldown().inconsistentLevels()
                    .stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
            warning.addClassName("form-error");
            add(warning);
        }
        add(indicatorChart(report, row));
        var selfView = new Paragraph(text.selfView(row));
        selfView.setId("self-others-" + row.competencyId());
        // ten columns: on a narrow screen the table scrolls sideways within its frame, the indicator keeps its width
        var indicators = new Div(indicators(row));
        indicators.addClassName("report-table-wrapper");
        // a region that may scroll is reached and scrolled by keyboard too
        indicators.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", getTranslation("report.indicators.region", row.label()));
        add(indicators, selfView);
        comments(row);
        if (row.calibrated()) {
            add(new Paragraph(getTranslation("report.calibration.done", text.level(row.calibratedLevel()),
                    row.calibrationReason() == null ? getTranslation("report.calibration.confirmed")
                            : row.calibrationReason())));
        }
        if (report.canCalibrate()) {
            add(calibration(report, row, onChange, reports));
        }
    }

    private NativeTable levels(Report report, CompetencyRow row) {
        var table = new NativeTable();
        table.addClassName("report-table");
        table.setCaptionText(getTranslation("report.levels.caption", text.number(report.threshold())));
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("report.level"));
        head.addHeaderCell().setText(getTranslation("report.mean"));
        head.addHeaderCell().setText(getTranslation("report.met"));
        table.getHead().add(head);
        var body = table.addBody();
        for (LevelLine line : row.drilldown().levels()) {
            NativeTableRow tr = new NativeTableRow();
            tr.addDataCell().setText(String.valueOf(line.level()));
            tr.addDataCell().setText(line.consensusMean() == null ? getTranslation("report.not-judgeable")
                    : text.number(line.consensusMean()));
            tr.addDataCell().setText(getTranslation(line.met() ? "report.yes" : "report.no"));
            body.add(tr);
        }
        return table;
    }

    private NativeTable indicators(CompetencyRow row) {
        List<RaterGroup> groups = ReportTable.GROUPS.stream().filter(g -> row.drilldown().indicators().stream()
                .anyMatch(i -> i.groupScores().containsKey(g))).toList();
        var table = new NativeTable();
        table.setId("indicators-" + row.competencyId());
        table.addClassName("report-table");
        NativeTableRow head = new NativeTableRow();
        head.addHeaderCell().setText(getTranslation("report.level"));
        head.addHeaderCell().setText(getTranslation("report.indicator"));
        groups.forEach(g -> head.addHeaderCell().setText(getTranslation("group." + g.name())));
        head.addHeaderCell().setText(getTranslation("report.consensus"));
        head.addHeaderCell().setText(getTranslation("report.cant-judge"));
        head.addHeaderCell().setText(getTranslation("report.answers"));
        head.addHeaderCell().setText(getTranslation("report.rwg"));
        head.addHeaderCell().setText(getTranslation("report.marker"));
        table.getHead().add(head);
        var body = table.addBody();
        for (IndicatorLine i : row.drilldown().indicators()) {
            NativeTableRow tr = new NativeTableRow();
            tr.addDataCell().setText(String.valueOf(i.level()));
            var indicator = tr.addDataCell();
            indicator.add(EmphasisText.of(i.marked()));
            indicator.addClassName("indicator-cell");
            groups.forEach(g -> tr.addDataCell().setText(text.number(i.groupScores().get(g))));
            tr.addDataCell().setText(text.number(i.consensus()));
            tr.addDataCell().setText(String.valueOf(i.cantJudge()));
            tr.addDataCell().add(answers(i));
            tr.addDataCell().setText(agreement(i));
            tr.addDataCell().setText(i.blindSpot() ? getTranslation("report.blind-spot")
                    : i.hiddenStrength() ? getTranslation("report.hidden-strength") : "");
            body.add(tr);
        }
        return table;
    }

    private void comments(CompetencyRow row) {
        if (row.drilldown().anonymousComments().isEmpty() && row.drilldown().namedComments().isEmpty()) {
            return;
        }
        add(new H4(getTranslation("report.comments")));
        var list = new UnorderedList();
        list.setId("comments-" + row.competencyId());
        row.drilldown().namedComments().forEach(c -> list.add(new ListItem(getTranslation("report.comment.named",
                getTranslation("group." + c.group().name()), c.author(), c.text()))));
        row.drilldown().anonymousComments().forEach(c -> list.add(new ListItem(c)));
        add(list);
    }

    private Div calibration(Report report, CompetencyRow row, Runnable onChange, ReportService reports) {
        Select<Integer> level = new Select<>();
        level.setLabel(getTranslation("report.calibration.level"));
        level.setId("calibrate-level-" + row.competencyId());
        level.setItems(IntStream.rangeClosed(0, row.drilldown().levels().size()).boxed().toList());
        level.setItemLabelGenerator(l -> getTranslation("profile.document.norm-level", l));
        Integer current = row.finalLevel();
        if (current != null) {
            level.setValue(current);
        }
        var reason = new TextField(getTranslation("report.calibration.reason"));
        reason.setId("calibrate-reason-" + row.competencyId());
        reason.setMaxLength(2000);
        reason.setWidth("min(28rem, 100%)");
        var confirm = new Button(getTranslation("report.calibration.confirm"), e -> {
            try {
                reports.calibrate(report.reviewId(), row.competencyId(), level.getValue(), reason.getValue());
                Notices.success("action.saved");
                onChange.run();
            } catch (UserFacingException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(Notices.text(ex));
            }
        });
        confirm.setId("calibrate-" + row.competencyId());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(level, reason, confirm);
        form.addClassName("toolbar");
        return form;
    }

    /** Per reported group, how often each scale point was chosen. */
    private Div answers(IndicatorLine line) {
        var cell = new Div();
        Report.Spread spread = line.spread();
        if (spread == null) {
            cell.setText("—");
            return cell;
        }
        spread.groups().forEach((group, answers) -> {
            var groupLine = new Div(getTranslation("group." + group.name()) + ": " + text.answers(answers));
            groupLine.addClassName("answer-line");
            cell.add(groupLine);
        });
        return cell;
    }

    private String agreement(IndicatorLine line) {
        Report.Spread spread = line.spread();
        if (spread == null || spread.rwg() == null) {
            return spread != null && spread.fewRaters() ? getTranslation("report.few-raters") : "—";
        }
        String value = text.number(spread.rwg()) + " (n = " + spread.consensusScores() + ")";
        return spread.fewRaters() ? value + "; " + getTranslation("report.few-raters") : value;
    }

    private Image indicatorChart(Report report, CompetencyRow row) {
        var labels = text.indicatorChartLabels();
        byte[] svg = IndicatorChart.svg(row, report.scaleMax(), labels).getBytes(StandardCharsets.UTF_8);
        var image = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(svg),
                "indicators.svg", "image/svg+xml", svg.length)), getTranslation("report.chart.indicators",
                row.label()));
        image.setId("indicator-chart-" + row.competencyId());
        image.addClassName("report-chart");
        return image;
    }
}
