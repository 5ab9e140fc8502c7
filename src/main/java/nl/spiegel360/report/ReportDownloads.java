package nl.spiegel360.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.base.UserFacingException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The PDF and CSV exports over HTTP; the services check access exactly as for the screens. */
@RestController
class ReportDownloads {

    private final ReportExports exports;
    private final LocalePreference locales;

    private final nl.spiegel360.base.Refusals refusals;

    ReportDownloads(ReportExports exports, LocalePreference locales, nl.spiegel360.base.Refusals refusals) {
        this.exports = exports;
        this.locales = locales;
        this.refusals = refusals;
    }

    @GetMapping("/export/reviews/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        try {
            byte[] pdf = exports.pdf(id, locale());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("spiegel360-report-" + id + ".pdf").build().toString())
                    .body(pdf);
        } catch (UserFacingException e) {
            refusals.notFoundDownload();
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
    }

    /**
     * The cycle's CSV, streamed: written to the response while the stored results are read a page at a time (with a
     * byte order mark, so that spreadsheets read it as UTF-8).
     */
    @GetMapping("/export/cycles/{id}/report.csv")
    void csv(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Locale locale = locale();
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("spiegel360-cycle-" + id + ".csv").build().toString());
        var out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(response.getOutputStream(),
                StandardCharsets.UTF_8));
        try {
            out.write('\uFEFF');
            exports.csv(id, locale, out);
        } catch (UserFacingException e) {
            refusals.notFoundDownload();
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(HttpStatus.NOT_FOUND.value());
                return;
            }
        }
        out.flush();
    }

    /**
     * Every report of the cycle the reader may follow, as PDFs in one zip archive, streamed: written to the response
     * one report at a time while the results are read a page at a time. A refusal comes before the first byte and
     * answers "not found"; a failure in the middle cuts the archive off, which a zip reader reports as damaged.
     */
    @GetMapping("/export/cycles/{id}/reports.zip")
    void archive(@PathVariable long id, jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("spiegel360-cycle-" + id + "-reports.zip").build().toString());
        try {
            exports.archive(id, locale(), response.getOutputStream());
        } catch (UserFacingException e) {
            refusals.notFoundDownload();
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(HttpStatus.NOT_FOUND.value());
            }
        }
    }

    private Locale locale() {
        return locales.currentUserLocale().map(LocalePreference::supportedOrDefault)
                .orElse(LocalePreference.SUPPORTED.getFirst());
    }
}
