package nl.spiegel360.quality;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.privacy.PersonalDataExport;
import nl.spiegel360.report.ReportExports;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.test.KaribuTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import javax.sql.DataSource;
import nl.spiegel360.review.CycleClosings;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.test.LargeCycle;

/**
 * A rater's habits (leniency, halo, straight-lining) are HR's alone: HR reads a strongly lenient colleague by name on
 * the quality page, and neither the employees they rated, nor their manager, nor any PDF, CSV, archive or
 * personal-data export carries anything of it. Only the quality page asks for rater effects at all.
 */
class RaterEffectsStayWithHrTest extends KaribuTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** The words the rater-effects table uses, in both languages; none may appear in anything but that table. */
    private static final Pattern EFFECT_WORDS = Pattern.compile(
            "(?iu)beoordelaarseffect|rater effect|\\bmild|\\blenien|\\bstreng\\b|\\bsevere\\b|z-score");

    @Autowired
    ReportFixture fixture;

    @Autowired
    InstrumentQuality quality;

    @Autowired
    ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;

    @Autowired
    ReportExports exports;

    @Autowired
    PersonalDataExport personalData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    CycleService cycles;

    @Autowired
    CycleClosings closings;

    @Test
    void a_lenient_rater_is_named_to_hr_on_the_quality_page_and_nowhere_else() throws IOException {
        // enough closed questionnaires on the profile for rater effects: a cycle of eight reviews
        LargeCycle others = LargeCycle.create(dataSource, 8, true);
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(others.cycleId(), CycleState.CLOSED);
        closings.finish(others.cycleId(), 0);
        login.out();
        // and one review whose first peer gives the top answer to everything, where the others are middling
        var rated = fixture.rated(3, (indicator, rater) -> rater == 2 ? 4
                : rater >= 2 && indicator % 11 == 0 ? 0 : 1 + (int) ((indicator * 3 + rater * 5) % 3));
        var lenient = rated.team().employee(1);
        long profile = jdbc.queryForObject("select profile_id from review where id = ?", Long.class,
                rated.reviewId());

        login.as(DemoPeople.HR_EMAIL);
        var line = quality.raterEffects(profile).stream().filter(l -> l.name().equals(lenient.name())).findFirst();
        assertThat(line).as("HR reads the lenient colleague by name").hasValueSatisfying(l ->
                assertThat(l.effect().leniency()).as("and sees them stand out").isGreaterThan(2.0));
        login.out();

        List<String> read = new ArrayList<>();
        var manager = rated.team().manager();
        login.as(manager.email());
        read.add(pdf(rated.reviewId(), DUTCH) + pdf(rated.reviewId(), Locale.ENGLISH));
        read.add(reports.report(rated.reviewId(), DUTCH).toString());
        reports.confirmConsensus(rated.reviewId());
        releases.release(rated.reviewId());
        read.add(view("reviews/" + rated.reviewId() + "/report", manager.email()));
        login.as(rated.employee().email());
        read.add(pdf(rated.reviewId(), DUTCH) + pdf(rated.reviewId(), Locale.ENGLISH));
        read.add(view("reviews/" + rated.reviewId() + "/report", rated.employee().email()));
        login.as(DemoPeople.HR_EMAIL);
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            read.add(exports.csv(rated.team().cycleId(), locale));
            var zip = new ByteArrayOutputStream();
            exports.archive(rated.team().cycleId(), locale, zip);
            read.add(pdfsIn(zip.toByteArray()));
        }
        read.add(personalData.export(rated.employee().id()));
        read.add(personalData.export(lenient.id()));
        read.add(view("", lenient.email()));
        read.add(view("requests", lenient.email()));
        login.out();

        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("profiles/" + profile + "/quality");
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("quality-raters-show")));
        String hrPage = pageText();
        assertThat(EFFECT_WORDS.matcher(hrPage).find()).as("the words are found where they are shown").isTrue();
        assertThat(String.join("\n", read)).as("the outputs were read").contains(rated.employee().name());
        for (String output : read) {
            assertThat(EFFECT_WORDS.matcher(output).find()).as("no rater effect in: %s",
                    output.substring(0, Math.min(200, output.length()))).isFalse();
        }
        assertThat(String.join("\n", read.subList(3, 5))).as("the employee never learns who rated them, let alone "
                + "how leniently").doesNotContain(lenient.name());
    }

    @Test
    void only_the_quality_page_asks_for_rater_effects() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.spiegel360");
        noClasses().that().doNotHaveFullyQualifiedName("nl.spiegel360.quality.ui.QualityView")
                .should().callMethod(InstrumentQuality.class, "raterEffects", long.class)
                .because("rater effects are shown on HR's quality page and nowhere else").check(classes);
        noClasses().that().doNotHaveFullyQualifiedName(InstrumentQuality.class.getName())
                .should().callMethod(InstrumentStatistics.class, "raterEffects", List.class, List.class,
                        InstrumentStatistics.Minimums.class)
                .because("only HR's audited read computes them").check(classes);
    }

    private String view(String route, String email) {
        signInAs(email);
        UI.getCurrent().navigate(route);
        return pageText();
    }

    private String pdf(long review, Locale locale) {
        return text(exports.pdf(review, locale));
    }

    private static String pdfsIn(byte[] zip) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                text.append(entry.getName()).append('\n');
                if (entry.getName().endsWith(".pdf")) {
                    text.append(text(bytes));
                }
            }
        }
        return text.toString();
    }

    private static String text(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
