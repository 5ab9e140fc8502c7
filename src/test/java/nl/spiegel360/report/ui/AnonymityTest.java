package nl.spiegel360.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.report.ReportExports;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.RaterRequests;
import nl.spiegel360.test.KaribuTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Peers stay anonymous everywhere a report reaches: the screens of the manager, HR and (after release) the
 * employee, the team overview, the PDF and the CSV show no peer's name and no single peer's score.
 */
class AnonymityTest extends KaribuTest {

    @Autowired
    ReportFixture fixture;

    @Autowired
    ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;

    @Autowired
    ReportExports exports;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    RaterRequests requests;

    /** Peer 2 answers 1 everywhere, peers 3 and 4 answer 4: their group mean is 3, never 1 or 4. */
    static int distinctive(long indicator, int rater) {
        return switch (rater) {
            case 0 -> 4;
            case 1 -> 3;
            case 2 -> 1;
            default -> 4;
        };
    }

    @Test
    void no_view_or_export_shows_which_peer_said_what() throws Exception {
        var rated = fixture.collecting(3, AnonymityTest::distinctive);
        long peerAssignment = rated.assignments().get(2);
        login.as(DemoPeople.HR_EMAIL);
        requests.reopen(peerAssignment, "Toelichting toevoegen");
        login.as(rated.team().employee(1).email());
        long competency = questionnaires.questionnaire(peerAssignment).competencies().getFirst().competencyId();
        questionnaires.comment(peerAssignment, competency, "Unieke peeropmerking zeven-zeven-zeven",
                QuestionnaireService.NEW);
        questionnaires.submit(peerAssignment);
        fixture.close(rated);
        List<String> peers = List.of(rated.team().employee(1).name(), rated.team().employee(2).name(),
                rated.team().employee(3).name());

        String managerView = render(rated.team().manager().email(), "reviews/" + rated.reviewId() + "/report");
        assertThat(managerView).contains("Unieke peeropmerking zeven-zeven-zeven");
        assertNoPeer(managerView, peers);
        String hrView = render(DemoPeople.HR_EMAIL, "reviews/" + rated.reviewId() + "/report");
        assertNoPeer(hrView, peers);
        String overview = render(rated.team().manager().email(), "team-overview");
        assertThat(overview).contains(rated.employee().name());

        login.as(rated.team().manager().email());
        var report = reports.report(rated.reviewId());
        for (var row : report.rows()) {
            for (var line : row.drilldown().indicators()) {
                assertThat(line.groupScores().get(nl.spiegel360.aggregation.RaterGroup.PEER)).isEqualTo(3.0);
            }
            reports.calibrate(rated.reviewId(), row.competencyId(), row.consensusLevel(), null);
        }
        assertNoPeer(pdfText(rated.reviewId()), peers);
        String csv = exports.csv(rated.team().cycleId(), Locale.forLanguageTag("nl"));
        List<String> employeeLines = csv.lines().filter(l -> l.contains(rated.employee().name())).toList();
        assertThat(employeeLines).hasSize(6);
        employeeLines.forEach(line -> assertNoPeer(line, peers));
        releases.release(rated.reviewId());

        String employeeView = render(rated.employee().email(), "reviews/" + rated.reviewId() + "/report");
        assertThat(employeeView).contains("Unieke peeropmerking zeven-zeven-zeven");
        assertNoPeer(employeeView, peers);
        login.as(rated.employee().email());
        assertNoPeer(pdfText(rated.reviewId()), peers);
    }

    private String render(String email, String route) {
        signInAs(email);
        UI.getCurrent().navigate(route);
        StringBuilder text = new StringBuilder();
        collect(UI.getCurrent(), text);
        // and the rows of grids, which reach the browser as data beside the elements
        for (com.vaadin.flow.component.grid.Grid<?> grid : com.github.mvysny.kaributesting.v10.LocatorJ._find(
                com.vaadin.flow.component.grid.Grid.class)) {
            for (int row = 0; row < com.github.mvysny.kaributesting.v10.GridKt._size(grid); row++) {
                com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, row)
                        .forEach(cell -> text.append(cell).append(' '));
            }
        }
        assertThat(text).as("rendered text of " + route).isNotEmpty();
        return text.toString();
    }

    /** Every text and attribute value of a component tree. */
    private static void collect(com.vaadin.flow.component.Component component, StringBuilder text) {
        var element = component.getElement();
        element.getAttributeNames().forEach(a -> text.append(element.getAttribute(a)).append(' '));
        element.getChildren().filter(com.vaadin.flow.dom.Element::isTextNode)
                .forEach(t -> text.append(t.getText()).append(' '));
        component.getChildren().forEach(child -> collect(child, text));
    }

    private String pdfText(long reviewId) throws Exception {
        try (var document = Loader.loadPDF(exports.pdf(reviewId, Locale.forLanguageTag("nl")))) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertNoPeer(String text, List<String> peers) {
        for (String peer : peers) {
            assertThat(text).doesNotContain(peer);
        }
    }
}
