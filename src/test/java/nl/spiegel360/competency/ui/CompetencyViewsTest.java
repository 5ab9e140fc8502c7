package nl.spiegel360.competency.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.spiegel360.competency.CompetencyService;
import nl.spiegel360.competency.CompetencyReadModels.RoleProfileSummary;
import nl.spiegel360.competency.RoleProfileService;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompetencyViewsTest extends KaribuTest {

    @Autowired
    RoleProfileService profiles;

    @Autowired
    CompetencyService competencies;

    @Test
    void hr_marks_in_the_matrix_which_competencies_customers_are_asked_about() throws Exception {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate(ProfilesView.class);
        String name = "Klantadviseur Extern " + System.nanoTime();
        _click(_get(Button.class, spec -> spec.withId("profile-import-document")));
        UploadKt._upload(_get(Upload.class), "profiel.txt", seed().replace("Competentieprofiel Klantadviseur",
                "Competentieprofiel " + name).getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("profile-import-confirm")));
        RoleProfileSummary saved = profiles.profiles().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(profiles.document(saved.id()).competencies()).as("nobody outside is asked by default")
                .noneMatch(c -> c.externalJudges());
        long customerFacing = profiles.document(saved.id()).competencies().stream()
                .filter(c -> c.label().equals("Klantpartnerschap")).findFirst().orElseThrow().competencyId();

        new ProfileMatrixDialog(profiles, competencies, saved, () -> { }).open();
        type(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("matrix-external-" + customerFacing)), true);
        _click(_get(Button.class, spec -> spec.withId("profile-matrix-save")));
        assertThat(profiles.document(saved.id()).competencies()).filteredOn(c -> c.externalJudges())
                .extracting(c -> c.label()).containsExactly("Klantpartnerschap");
    }

    @Test
    void the_editor_shows_a_flagged_indicator_with_its_figures() {
        signInAs(DemoPeople.HR_EMAIL);
        var summary = competencies.library(null).getFirst();
        var detail = competencies.competency(summary.id());
        long flagged = detail.levels().getFirst().indicators().getFirst().id();
        long fine = detail.levels().getFirst().indicators().get(1).id();
        new CompetencyEditorDialog(competencies, detail, () -> { }, java.util.Map.of(
                flagged, new nl.spiegel360.competency.IndicatorFigures.Figures(java.util.Set.of("CANT_JUDGE"), 0.45,
                        0.12, 0.8),
                fine, new nl.spiegel360.competency.IndicatorFigures.Figures(java.util.Set.of(), 0.05, 0.5, 0.9)))
                .open();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("indicator-flag-1-1"))
                .getText()).isEqualTo(t("competency.indicator.flagged", t("quality.flag.CANT_JUDGE"), "45%", "0,12",
                        "0,80"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.html.Span.class,
                spec -> spec.withId("indicator-flag-1-2"))).as("an indicator without a flag shows nothing").isEmpty();
    }

    @Test
    void hr_uploads_the_seed_sees_the_preview_and_confirms() throws Exception {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate(ProfilesView.class);
        String name = "Klantadviseur Upload " + System.nanoTime();
        byte[] document = seed().replace("Competentieprofiel Klantadviseur", "Competentieprofiel " + name)
                .getBytes(StandardCharsets.UTF_8);
        _click(_get(Button.class, spec -> spec.withId("profile-import-document")));
        UploadKt._upload(_get(Upload.class), "profiel.txt", document);

        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-import-summary")).getText())
                .contains(name).contains("6 competenties").contains("68 gedragsindicatoren");
        Grid<?> preview = _get(Grid.class, spec -> spec.withId("profile-import-preview"));
        assertThat(GridKt._size(preview)).isEqualTo(6);
        assertThat(profiles.profiles()).noneMatch(p -> p.name().equals(name));

        _click(_get(Button.class, spec -> spec.withId("profile-import-confirm")));
        RoleProfileSummary saved = profiles.profiles().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(saved.indicators()).isEqualTo(68);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("profiles-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(profiles.profiles().size());

        // the same document again: recognised, nothing to confirm; a changed one: what differs
        _click(_get(Button.class, spec -> spec.withId("profile-import-document")));
        UploadKt._upload(_get(Upload.class), "profiel.txt", document);
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-import-identical")).getText())
                .isEqualTo(t("profile.import.diff.identical", 1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-import-summary")).getText())
                .as("nothing would be saved, and the summary does not promise a new version")
                .contains("6 competenties").doesNotContain("versie 2").doesNotContain("opgeslagen");
        assertThat(_get(Button.class, spec -> spec.withId("profile-import-confirm")).isEnabled()).isFalse();
        byte[] changed = new String(document, StandardCharsets.UTF_8).replace("Zorgvuldigheid\t2", "Zorgvuldigheid\t3")
                .getBytes(StandardCharsets.UTF_8);
        UploadKt._upload(_get(Upload.class), "profiel.txt", changed);
        assertThat(_find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withText(
                t("profile.import.diff.NORM_CHANGED", "Zorgvuldigheid", 0, "", 2, 3)))).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withId("profile-import-confirm")).isEnabled()).isTrue();
    }

    @Test
    void a_broken_document_shows_the_line_and_cannot_be_confirmed() throws Exception {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate(ProfilesView.class);
        int before = profiles.profiles().size();
        String broken = seed().replace("Zorgvuldigheid\t2", "Zorgvuldigheid\t9");
        _click(_get(Button.class, spec -> spec.withId("profile-import-document")));
        UploadKt._upload(_get(Upload.class), "profiel.txt", broken.getBytes(StandardCharsets.UTF_8));
        var errors = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(errors).containsExactly(t("common.line", 48, t("profile.import.error.norm-outside",
                "Zorgvuldigheid", 9, 3)));
        assertThat(_get(Button.class, spec -> spec.withId("profile-import-confirm")).isEnabled()).isFalse();
        assertThat(profiles.profiles()).hasSize(before);
    }

    @Test
    void the_library_editor_refuses_an_empty_label_and_saves_a_new_competency() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate(CompetencyLibraryView.class);
        _click(_get(Button.class, spec -> spec.withId("competency-add")));
        type(_get(TextArea.class, spec -> spec.withId("competency-definition")), "Plant het werk vooruit.");
        type(_get(TextArea.class, spec -> spec.withId("indicator-1-1")), "Maakt een weekplanning");
        _click(_get(Button.class, spec -> spec.withId("competency-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("competency-error")).getText())
                .isEqualTo(t("competency.error.label-required"));

        String label = "Plannen " + System.nanoTime();
        type(_get(TextField.class, spec -> spec.withId("competency-label")), label);
        _get(CompetencyEditorDialog.class).cluster.setValue("Realiseren van doelen");
        _click(_get(Button.class, spec -> spec.withId("indicator-add-1")));
        type(_get(TextArea.class, spec -> spec.withId("indicator-1-2")), "Bewaakt deadlines");
        _click(_get(Button.class, spec -> spec.withId("level-add")));
        type(_get(TextArea.class, spec -> spec.withId("indicator-2-1")), "Plant voor het team");
        _click(_get(Button.class, spec -> spec.withId("competency-save")));

        var saved = competencies.library(label);
        assertThat(saved).hasSize(1);
        assertThat(saved.getFirst().levels()).isEqualTo(2);
        assertThat(saved.getFirst().indicators()).isEqualTo(3);
    }

    @Test
    void the_editor_keeps_bold_marks_and_an_english_translation_of_label_definition_and_indicators() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate(CompetencyLibraryView.class);
        _click(_get(Button.class, spec -> spec.withId("competency-add")));
        String label = "Vertalen " + System.nanoTime();
        type(_get(TextField.class, spec -> spec.withId("competency-label")), label);
        type(_get(TextArea.class, spec -> spec.withId("competency-definition")), "Zet tekst om.");
        _get(CompetencyEditorDialog.class).cluster.setValue("Realiseren van doelen");
        type(_get(TextArea.class, spec -> spec.withId("indicator-1-1")), "Vertaalt **zorgvuldig**");
        type(_get(TextArea.class, spec -> spec.withId("indicator-1-1-en")), "Translates **carefully**");
        type(_get(TextArea.class, spec -> spec.withId("competency-definition-en")), "Converts text.");
        _click(_get(Button.class, spec -> spec.withId("competency-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("competency-error")).getText())
                .isEqualTo(t("competency.error.label-required"));
        type(_get(TextField.class, spec -> spec.withId("competency-label-en")), "Translating");
        _click(_get(Button.class, spec -> spec.withId("competency-save")));

        var saved = competencies.competency(competencies.library(label).getFirst().id());
        assertThat(saved.translations().get("en")).isEqualTo(new nl.spiegel360.competency.CompetencyText(
                "Translating", "Converts text."));
        var indicator = saved.levels().getFirst().indicators().getFirst();
        assertThat(indicator.text()).isEqualTo("Vertaalt zorgvuldig");
        assertThat(indicator.marked()).isEqualTo("Vertaalt **zorgvuldig**");
        assertThat(indicator.translations()).containsEntry("en", "Translates **carefully**");
    }

    @Test
    void an_english_reader_sees_their_profile_in_english_with_the_documents_emphasis() {
        signInAs("fleur@spiegel360.example");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(MyProfileView.class);
        var headings = _find(com.vaadin.flow.component.html.H4.class).stream()
                .map(com.vaadin.flow.component.html.H4::getText).toList();
        assertThat(headings).contains("Ownership", "Empathy").doesNotContain("Eigenaarschap");
        var patterns = _find(ListItem.class).stream().filter(li -> li.getElement().getTextRecursively()
                .startsWith("Recognises and names patterns")).findFirst().orElseThrow();
        assertThat(patterns.getElement().getOuterHTML()).contains("<strong>and tests them</strong>");
    }

    @Test
    void the_read_only_document_shows_matrix_and_competencies() {
        signInAs(DemoPeople.HR_EMAIL);
        RoleProfileSummary klantadviseur = profiles.profiles().stream()
                .filter(p -> p.name().equals("Klantadviseur")).findFirst().orElseThrow();
        UI.getCurrent().navigate("profiles/" + klantadviseur.id());
        assertThat(_get(H2.class, spec -> spec.withId("profile-title")).getText())
                .isEqualTo("Competentieprofiel Klantadviseur");
        _assertOne(NativeTable.class, spec -> spec.withId("profile-matrix"));
        assertThat(_find(com.vaadin.flow.component.html.UnorderedList.class).stream()
                .mapToLong(list -> list.getChildren().count()).sum()).isEqualTo(68);
    }

    @Test
    void an_employee_reads_their_own_profile_but_not_the_editors() {
        signInAs("fleur@spiegel360.example");
        UI.getCurrent().navigate(MyProfileView.class);
        assertThat(_get(H2.class, spec -> spec.withId("profile-title")).getText())
                .isEqualTo("Competentieprofiel Klantadviseur");
        for (var editor : java.util.List.of(ProfilesView.class, CompetencyLibraryView.class)) {
            UI.getCurrent().navigate(editor);
            assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("not-found"))
                    .getText()).as(editor.getSimpleName()).isEqualTo(UI.getCurrent().getTranslation("common.not-found"));
        }
    }

    @Test
    void an_employee_who_opens_another_profile_by_id_gets_not_found() {
        signInAs(DemoPeople.HR_EMAIL);
        long other = profiles.profiles().stream().filter(p -> !p.name().equals("Klantadviseur")).findFirst()
                .map(RoleProfileSummary::id).orElse(999_999L);
        signInAs("fleur@spiegel360.example");
        UI.getCurrent().navigate("profiles/" + other);
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText()).isEqualTo(t("common.not-found"));
        UI.getCurrent().navigate("profiles/999999999");
        assertThat(_get(Paragraph.class, spec -> spec.withId("not-found")).getText()).isEqualTo(t("common.not-found"));
    }

    private static String seed() throws Exception {
        try (InputStream in = CompetencyViewsTest.class
                .getResourceAsStream("/profiles/competentieprofiel-klantadviseur.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
