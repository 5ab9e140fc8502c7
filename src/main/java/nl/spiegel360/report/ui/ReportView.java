package nl.spiegel360.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.base.ui.IdRoute;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportAppendix;
import nl.spiegel360.report.ReportChart;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.report.ReportTexts;
import nl.spiegel360.review.ReviewClosing.Readiness;
import nl.spiegel360.review.ReviewClosing;

/**
 * The consolidated report of one review: per competency norm, group levels, consensus, status, agreement; a
 * drill-down that explains every number; calibration and release for the manager.
 */
@Route("reviews/:id/report")
@PermitAll
class ReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReportService reports;
    private final transient nl.spiegel360.review.ReviewReleases releases;
    private final transient ReviewClosing closing;
    private final transient java.util.List<ReportAppendix> appendices;
    private long reviewId;
    private String title = "";

    private final java.time.ZoneId zone;

    ReportView(ReportService reports, nl.spiegel360.review.ReviewReleases releases, ReviewClosing closing,
            java.util.List<ReportAppendix> appendices, java.time.Clock clock) {
        this.zone = clock.getZone();
        this.reports = reports;
        this.releases = releases;
        this.appendices = appendices;
        this.closing = closing;
        addClassName("page");
        addClassName("report");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = getTranslation("report.title-plain");
        IdRoute.open(event, this, id -> {
            reviewId = id;
            render();
        });
    }

    void render() {
        removeAll();
        Readiness readiness = closing.readiness(reviewId);
        if (readiness.collecting()) {
            add(new CollectingPanel(readiness, () -> {
                closing.close(reviewId);
                Notices.success("review.closed");
                render();
            }));
            return;
        }
        Report report = reports.report(reviewId, getLocale());
        title = getTranslation("report.title", report.employeeName());
        var heading = new H2(title);
        heading.setId("report-title");
        var summary = new Paragraph(getTranslation("report.summary", report.cycleName(),
                report.competenciesAtOrAboveNorm(), report.competenciesAssessed(), report.rows().size()));
        summary.setId("report-summary");
        var state = new Paragraph(state(report));
        state.setId("report-state");
        state.addClassName("label");
        var pdf = new Anchor("export/reviews/" + reviewId + "/report.pdf", getTranslation("report.pdf"));
        pdf.setRouterIgnore(true);
        pdf.setId("report-pdf");
        var settings = new Paragraph(ReportTable.texts().settings(reports.settings(reviewId),
                report.externallyJudged()));
        settings.setId("report-settings");
        settings.addClassName("label");
        add(heading, summary, state, settings, pdf);
        add(new ReportInsights(report));
        add(new H3(getTranslation("report.chart.title")), chart(report));
        add(new ReportTable(report, this::render, reports));
        for (ReportAppendix appendix : appendices) {
            appendix.sections(report, getLocale()).forEach(s -> add(section(s)));
        }
        if (report.canCalibrate()) {
            add(releaseButton(report));
        }
    }

    private String state(Report report) {
        String closed = Dates.format(report.closedAt(), getLocale(), zone);
        if (!report.released()) {
            return getTranslation("report.state.closed", closed);
        }
        String released = Dates.format(java.util.Objects.requireNonNull(report.releasedAt()), getLocale(), zone);
        return getTranslation(report.readerIsEmployee() ? "report.state.yours" : "report.state.released", closed,
                released);
    }

    private static Div section(ReportAppendix.Section section) {
        var div = new Div(new H3(section.heading()));
        div.setId(section.id());
        div.addClassName("report-appendix");
        for (String line : section.lines()) {
            var p = new Paragraph(line.strip());
            if (line.startsWith(" ")) {
                p.addClassName("indent");
            }
            div.add(p);
        }
        if (section.link() != null) {
            var link = new Anchor(section.link(), java.util.Objects.requireNonNullElse(section.linkText(),
                    section.heading()));
            link.setId(section.id() + "-link");
            div.add(link);
        }
        return div;
    }

    private Image chart(Report report) {
        ReportTexts texts = ReportTable.texts();
        byte[] svg = ReportChart.svg(report, texts.chartLabels(), texts).getBytes(StandardCharsets.UTF_8);
        var image = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(svg),
                "chart.svg", "image/svg+xml", svg.length)), getTranslation("report.chart.alt"));
        image.setId("report-chart");
        image.addClassName("report-chart");
        return image;
    }

    private Div releaseButton(Report report) {
        var missing = report.uncalibrated();
        var div = new Div();
        div.addClassName("link-row");
        if (!missing.isEmpty()) {
            var confirmAll = new Button(getTranslation("report.confirm-all", missing.size()), e -> {
                try {
                    Notices.success("report.confirmed-all", reports.confirmConsensus(reviewId));
                } catch (UserFacingException ex) {
                    Notices.error(ex);
                }
                render();
            });
            confirmAll.setId("report-confirm-all");
            div.add(confirmAll);
        }
        var release = new Button(getTranslation("report.release"), e -> {
            String text = missing.isEmpty() ? getTranslation("report.release.text")
                    : getTranslation("report.release.missing", String.join(", ", missing));
            var dialog = new ConfirmDialog(getTranslation("report.release"), text,
                    getTranslation("report.release"), c -> {
                        try {
                            releases.release(reviewId);
                            Notices.success("report.released");
                        } catch (UserFacingException ex) {
                            Notices.error(ex);
                        }
                        render();
                    });
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.open();
        });
        release.setId("report-release");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        div.add(release);
        if (!missing.isEmpty()) {
            var hint = new Paragraph(getTranslation("report.release.missing", String.join(", ", missing)));
            hint.setId("report-release-missing");
            div.add(hint);
        }
        return div;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
