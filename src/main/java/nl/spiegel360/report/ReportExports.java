package nl.spiegel360.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.Spreadsheet;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.review.ReviewInfo;
import org.apache.commons.csv.CSVPrinter;
import org.openpdf.text.Document;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The PDF of one report and the CSV of a cycle, in the reader's language, with the same access and anonymity
 * rules as the screens: they are built from the same filtered reports.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportExports {

    private final ReportService reports;
    private final ReportPages pages;
    private final MessageSource messages;
    private final nl.spiegel360.audit.AuditLog audit;
    private final List<ReportAppendix> appendices;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    ReportExports(ReportService reports, ReportPages pages, MessageSource messages, nl.spiegel360.audit.AuditLog audit,
            List<ReportAppendix> appendices, org.springframework.transaction.PlatformTransactionManager transactions) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.reports = reports;
        this.pages = pages;
        this.appendices = appendices;
        this.messages = messages;
        this.audit = audit;
    }

    @org.springframework.transaction.annotation.Transactional
    public byte[] pdf(long reviewId, Locale locale) {
        ReportTexts text = texts(locale);
        Report report = reports.report(reviewId, locale);
        audit.record("report.exported-pdf", "review", reviewId, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setStrictImageSequence(true);
        doc.open();
        Font title = PdfFonts.bold(16);
        Font bold = PdfFonts.bold(9);
        Font normal = PdfFonts.regular(9);
        Font header = PdfFonts.bold(7.5f);
        Font heading = PdfFonts.bold(11);
        doc.add(new Paragraph(t(locale, "report.title", report.employeeName()), title));
        doc.add(new Paragraph(report.cycleName(), normal));
        Image overview = ReportChart.pdf(writer.getDirectContent(), report, text.chartLabels(), text);
        overview.scaleToFit(400, 420);
        overview.setAlignment(Element.ALIGN_CENTER);
        doc.add(overview);
        doc.add(new Paragraph(t(locale, "report.pdf.summary", report.competenciesAtOrAboveNorm(),
                report.rows().size(), report.competenciesAssessed()), normal));
        doc.add(new Paragraph(text.settings(reports.settings(reviewId), report.externallyJudged()), normal));
        insights(doc, report, text, locale, bold, normal);
        PdfPTable table = new PdfPTable(8);
        table.setWidthPercentage(100);
        // clear of the last line above it: a table placed right after a paragraph covers its descenders
        table.setSpacingBefore(8);
        table.setWidths(new float[] {2.6f, 1f, 1f, 1.7f, 1.4f, 1.7f, 1.5f, 1.9f});
        table.setHeaderRows(1);
        for (String key : List.of("report.competency", "report.norm", "group.SELF", "group.MANAGER", "group.PEER",
                "report.consensus", "report.agreed", "report.status")) {
            PdfPCell cell = new PdfPCell(new Phrase(t(locale, key), header));
            cell.setBackgroundColor(new java.awt.Color(0xEEEEEE));
            cell.setNoWrap(false);
            table.addCell(cell);
        }
        for (CompetencyRow row : report.rows()) {
            table.addCell(new Phrase(row.label(), normal));
            table.addCell(new Phrase(String.valueOf(row.norm()), normal));
            for (RaterGroup g : List.of(RaterGroup.SELF, RaterGroup.MANAGER, RaterGroup.PEER)) {
                table.addCell(new Phrase(text.group(row.group(g), true), normal));
            }
            table.addCell(new Phrase(text.level(row.consensusLevel()), normal));
            table.addCell(new Phrase(row.calibrated() ? text.level(row.calibratedLevel()) : "", normal));
            table.addCell(new Phrase(t(locale, "report.status." + row.status().name()), normal));
        }
        doc.add(table);
        for (CompetencyRow row : report.rows()) {
            // the competency's heading, what it means and its chart go to a page together: no heading is left
            // alone at a page's foot, and no page is left nearly empty by a chart moved on without its heading
            Paragraph block = new Paragraph(row.label(), heading);
            block.add(new Chunk("\n", normal));
            block.add(new Phrase(text.explanation(row, report.threshold()), normal));
            block.add(new Chunk("\n", normal));
            Image indicators = IndicatorChart.pdf(writer.getDirectContent(), row, report.scaleMax(),
                    text.indicatorChartLabels());
            // the chart as large as reads well; smaller to fill the rest of this page when that is still a
            // good part of it, so that no page is left mostly empty
            float room = writer.getVerticalPosition(true) - doc.bottom() - 110;
            indicators.scaleToFit(400, room >= 280 ? Math.min(440, room) : 440);
            Chunk chart = new Chunk(indicators, (doc.right() - doc.left() - indicators.getScaledWidth()) / 2, 0, true);
            chart.setFont(normal);
            block.add(chart);
            block.setKeepTogether(true);
            block.setSpacingBefore(8);
            doc.add(block);
            doc.add(new Paragraph(text.selfView(row), normal));
            if (row.agreementLabel() != null) {
                doc.add(new Paragraph(t(locale, "report.pdf.agreement", t(locale, "report.agreement.value",
                        t(locale, "report.agreement." + row.agreementLabel().name()), row.agreementRaters())), normal));
            }
            doc.add(new Paragraph(t(locale, "report.pdf.blind-hidden", row.blindSpots(), row.hiddenStrengths()),
                    normal));
            if (!row.drilldown().inconsistentLevels().isEmpty()) {
                doc.add(new Paragraph(t(locale, "report.inconsistent", row.drilldown().inconsistentLevels().stream()
                        .map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))), normal));
            }
            if (row.calibrated()) {
                doc.add(new Paragraph(row.calibrationReason() == null
                        ? t(locale, "report.pdf.agreed", text.level(row.calibratedLevel()),
                                text.level(row.consensusLevel()))
                        : t(locale, "report.pdf.agreed-reason", text.level(row.calibratedLevel()),
                                text.level(row.consensusLevel()), row.calibrationReason()), normal));
            }
            for (Report.NamedComment comment : row.drilldown().namedComments()) {
                doc.add(new Paragraph("• " + t(locale, "report.pdf.named-comment", t(locale, "group."
                        + comment.group().name()), comment.author(), comment.text()), normal));
            }
            for (String comment : row.drilldown().anonymousComments()) {
                doc.add(new Paragraph("• " + comment, normal));
            }
        }
        for (ReportAppendix appendix : appendices) {
            for (ReportAppendix.Section section : appendix.sections(report, locale)) {
                // a section's heading keeps its first lines with it on one page
                Paragraph start = new Paragraph(section.heading(), heading);
                start.add(new Chunk("\n", normal));
                start.setSpacingBefore(10);
                start.setKeepTogether(true);
                List<String> lines = section.lines();
                int kept = Math.min(3, lines.size());
                lines.subList(0, kept).forEach(line -> start.add(appendixLine(line, normal)));
                doc.add(start);
                for (String line : lines.subList(kept, lines.size())) {
                    doc.add(appendixLine(line, normal));
                }
            }
        }
        doc.close();
        return out.toByteArray();
    }

    /**
     * The PDF of every closed review of a cycle that the reader may follow (HR all, a manager their reports'), as
     * one zip archive written to {@code out} while the results are read, a page of reviews at a time (by the
     * employee's name) and one report in memory at a time; refused ("not found") before anything is written when
     * there is none.
     */
    public int archive(long cycleId, Locale locale, java.io.OutputStream out) throws IOException {
        long reviews = pages.countTeamOverview(cycleId);
        if (reviews == 0) {
            throw new nl.spiegel360.base.UserFacingException("common.not-found");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        int[] written = {0};
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (int offset = 0; offset < reviews; offset += ARCHIVE_PAGE) {
                int from = offset;
                // a transaction per page: a cycle's thousands of reports never share one persistence context, and
                // the pages already written are recorded as exported even when the download breaks off later
                transactions.executeWithoutResult(status -> {
                    try {
                        for (ReviewInfo row : pages.teamOverviewReviews(cycleId, from, ARCHIVE_PAGE)) {
                            String base = row.employeeName().replaceAll("[^\\p{L}\\p{N} .-]", "_").strip();
                            String name = base + ".pdf";
                            for (int i = 2; !names.add(name); i++) {
                                name = base + " (" + i + ").pdf";
                            }
                            zip.putNextEntry(new java.util.zip.ZipEntry(name));
                            zip.write(pdf(row.reviewId(), locale));
                            zip.closeEntry();
                            written[0]++;
                        }
                        zip.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        transactions.executeWithoutResult(status -> audit.record("report.exported-archive", "review_cycle", cycleId,
                written[0] + " reports"));
        return written[0];
    }

    /** One row per employee and competency: norm, levels per reported group, consensus, agreed, status. */
    @org.springframework.transaction.annotation.Transactional
    public String csv(long cycleId, Locale locale) {
        StringBuilder csv = new StringBuilder();
        csv(cycleId, locale, csv);
        return csv.toString();
    }

    /**
     * The cycle's CSV ({@link #csv(long, Locale)}) written to {@code out} while the stored results are read, a page
     * of reviews at a time (by the employee's name), so that a cycle of thousands is never held whole in memory: each
     * page is read in a transaction of its own, so that its stored results are let go once its rows are written.
     */
    public void csv(long cycleId, Locale locale, Appendable out) {
        ReportTexts text = texts(locale);
        List<RaterGroup> groups = RaterGroup.SHOWN;
        List<String> header = new java.util.ArrayList<>(List.of(t(locale, "report.csv.employee"),
                t(locale, "report.csv.team"), t(locale, "report.competency"), t(locale, "report.csv.norm")));
        groups.forEach(g -> header.add(t(locale, "report.csv.group", t(locale, "report.csv.group." + g.name()))));
        header.addAll(List.of(t(locale, "report.csv.consensus"), t(locale, "report.csv.agreed"),
                t(locale, "report.csv.level"), t(locale, "report.csv.status"), t(locale, "report.csv.agreement")));
        try {
            CSVPrinter printer = new CSVPrinter(out, Spreadsheet.CSV);
            printer.printRecord(header.stream().map(Spreadsheet::safe));
            long reviews = pages.countTeamOverview(cycleId);
            for (int offset = 0; offset < reviews; offset += CSV_PAGE) {
                for (TeamOverview.Row row : pages.teamOverview(cycleId, locale, offset, CSV_PAGE)) {
                    for (CompetencyRow c : row.cells()) {
                        List<String> fields = new java.util.ArrayList<>(List.of(row.employeeName(),
                                row.team() == null ? "" : row.team(), c.label(), String.valueOf(c.norm())));
                        for (RaterGroup g : groups) {
                            fields.add(text.group(c.group(g), true));
                        }
                        fields.add(text.level(c.consensusLevel()));
                        fields.add(c.calibrated() ? text.level(c.calibratedLevel()) : "");
                        fields.add(text.level(c.finalLevel()));
                        fields.add(t(locale, "report.status." + c.status().name()));
                        fields.add(c.agreementLabel() == null ? ""
                                : t(locale, "report.agreement." + c.agreementLabel().name()));
                        printer.printRecord(fields.stream().map(Spreadsheet::safe));
                    }
                }
                printer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.executeWithoutResult(status -> audit.record("report.exported-csv", "review_cycle", cycleId,
                null));
    }

    /** The conversation's summary: strengths, areas to improve, largest self–others differences. */
    private void insights(Document doc, Report report, ReportTexts text, Locale locale, Font bold, Font normal) {
        Report.Summary summary = report.summary();
        if (summary == null) {
            return;
        }
        doc.add(new Paragraph(t(locale, "report.insights.strengths"), bold));
        summary.strengths().forEach(i -> doc.add(new Paragraph("• " + text.ranked(i), normal)));
        doc.add(new Paragraph(t(locale, "report.insights.areas"), bold));
        summary.areasToImprove().forEach(i -> doc.add(new Paragraph("• " + text.ranked(i), normal)));
        doc.add(new Paragraph(t(locale, "report.insights.gaps"), bold));
        summary.largestGaps().forEach(g -> doc.add(new Paragraph("• " + text.gap(g), normal)));
    }

    private static Paragraph appendixLine(String line, Font font) {
        Paragraph p = new Paragraph(line.strip(), font);
        p.setIndentationLeft(line.startsWith(" ") ? 14 : 0);
        return p;
    }

    private ReportTexts texts(Locale locale) {
        return new ReportTexts((key, args) -> t(locale, key, args), locale);
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** Reviews read per page while the CSV is written. */
    private static final int CSV_PAGE = 200;

    /** How many reviews the archive of PDFs lists at a time, each page in a transaction of its own. */
    public static final int ARCHIVE_PAGE = 20;
}
