package nl.spiegel360.competency;

import nl.spiegel360.base.Emphasis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyReadModels.IndicatorDetail;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.report.ReportExports;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.ReviewReadModels.QuestionnaireCompetency;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Questionnaire content in the reader's language and the document's emphasis, from import to questionnaire, report
 * and PDF, on PostgreSQL.
 */
@IntegrationTest
class ProfileTranslationsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired ProfileImportService imports;
    @Autowired RoleProfileService profiles;
    @Autowired CompetencyService library;
    @Autowired QuestionnaireService questionnaires;
    @Autowired ReportService reports;
    @Autowired ReportExports exports;
    @Autowired ReportFixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void the_documents_bold_survives_import_export_and_reimport_and_reaches_the_questionnaire() throws Exception {
        login.as(DemoPeople.HR_EMAIL);
        String name = "Klantadviseur Nadruk " + System.nanoTime();
        String seed = new String(ProfileDocumentParserTest.seed(), StandardCharsets.UTF_8).replace("Klantadviseur",
                name);
        long id = imports.importDocument(seed.getBytes(StandardCharsets.UTF_8), false).id();
        IndicatorDetail patterns = indicator(profiles.document(id), "Inlevingsvermogen", 2, 2);
        assertThat(patterns.text()).isEqualTo("Herkent en benoemt patronen in reacties van anderen en toetst deze");
        assertThat(patterns.marked()).isEqualTo("Herkent en benoemt patronen in reacties van anderen **en toetst deze**");
        assertThat(Emphasis.parts(patterns.marked())).containsExactly(
                new Emphasis.Part("Herkent en benoemt patronen in reacties van anderen ", false),
                new Emphasis.Part("en toetst deze", true));
        assertThat(indicator(profiles.document(id), "Zorgvuldigheid", 1, 0).marked())
                .isEqualTo("Werkt zorgvuldig met oog voor detail");

        String json = imports.exportJson(id);
        assertThat(json).contains("**en toetst deze**").contains("**bewoners/ cliënten**");
        assertThatThrownBy(() -> imports.importJson(json.getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(UserFacingException.class).hasMessageStartingWith("profile.import.error.identical");
        String unbold = json.replace("**en toetst deze**", "en toetst deze");
        assertThat(imports.previewJson(unbold.getBytes(StandardCharsets.UTF_8)).diff().identical()).isFalse();
    }

    @Test
    void the_demo_profile_speaks_english_to_an_english_rater_in_questionnaire_report_and_pdf() throws Exception {
        var rated = fixture.rated(3, ReportFixture::spread);
        login.as(rated.employee().email());
        long assignment = rated.assignments().getFirst();
        List<String> english = questionnaires.questionnaire(assignment, Locale.ENGLISH).competencies().stream()
                .map(QuestionnaireCompetency::label).toList();
        assertThat(english).contains("Ownership", "Collaboration", "Empathy", "Accuracy", "Client partnership",
                "Communicating");
        var englishItems = questionnaires.questionnaire(assignment, Locale.ENGLISH).competencies().stream()
                .flatMap(c -> c.items().stream()).toList();
        assertThat(englishItems).anySatisfy(i -> assertThat(i.marked())
                .isEqualTo("Recognises and names patterns in the reactions of others **and tests them**"));
        assertThat(questionnaires.questionnaire(assignment, DUTCH).competencies())
                .extracting(QuestionnaireCompetency::label).contains("Eigenaarschap", "Communiceren");
        assertThat(questionnaires.questionnaire(assignment).competencies())
                .extracting(QuestionnaireCompetency::label).contains("Eigenaarschap");

        login.as(rated.team().manager().email());
        assertThat(reports.report(rated.reviewId(), Locale.ENGLISH).rows()).extracting(r -> r.label())
                .contains("Ownership", "Communicating").doesNotContain("Eigenaarschap");
        assertThat(reports.report(rated.reviewId(), DUTCH).rows()).extracting(r -> r.label())
                .contains("Eigenaarschap");
        try (var pdf = Loader.loadPDF(exports.pdf(rated.reviewId(), Locale.ENGLISH))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Ownership").contains("Client partnership").doesNotContain("Eigenaarschap");
        }
        try (var pdf = Loader.loadPDF(exports.pdf(rated.reviewId(), DUTCH))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Eigenaarschap").doesNotContain("Ownership");
        }
    }

    @Test
    void a_corrected_document_keeps_the_translations_of_what_it_did_not_change() throws Exception {
        login.as(DemoPeople.HR_EMAIL);
        String name = "Klantadviseur Vertaald " + System.nanoTime();
        String seed = new String(ProfileDocumentParserTest.seed(), StandardCharsets.UTF_8).replace("Klantadviseur",
                name);
        byte[] translations;
        try (var in = getClass().getResourceAsStream("/profiles/competentieprofiel-klantadviseur.en.json")) {
            translations = in.readAllBytes();
        }
        imports.importDocument(seed.getBytes(StandardCharsets.UTF_8), translations, false);
        assertThatThrownBy(() -> imports.importDocument(seed.getBytes(StandardCharsets.UTF_8), false))
                .hasMessageStartingWith("profile.import.error.identical");

        String corrected = seed.replace("Werkt zorgvuldig met oog voor detail", "Werkt zorgvuldig en precies");
        var preview = imports.previewDocument(corrected.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.diff().changes()).extracting(ProfileDiff.Change::kind).containsExactlyInAnyOrder(
                ProfileDiff.Kind.INDICATOR_REMOVED, ProfileDiff.Kind.INDICATOR_ADDED,
                ProfileDiff.Kind.TRANSLATION_CHANGED);
        long id = imports.importDocument(corrected.getBytes(StandardCharsets.UTF_8), false).id();
        ProfileDocument english = profiles.document(id).in(Locale.ENGLISH);
        ProfileCompetency accuracy = english.competencies().stream().filter(c -> c.label().equals("Accuracy"))
                .findFirst().orElseThrow();
        assertThat(accuracy.levels().getFirst().indicators()).extracting(IndicatorDetail::text).containsExactly(
                "Werkt zorgvuldig en precies", "Keeps their own work orderly and transparent, also for others",
                "Has and uses their own checklist of tasks and activities to carry out",
                "Can handle details for a long time without making mistakes");
        assertThat(english.competencies()).extracting(ProfileCompetency::label).contains("Ownership", "Empathy");
    }

    @Test
    void a_partial_translation_falls_back_to_the_original_per_text() {
        login.as(DemoPeople.HR_EMAIL);
        String name = "Vertaald " + System.nanoTime();
        long id = imports.importJson(json(name, """
                , "translations": {"en": {"label": "Listening", "definition": "",
                   "levels": [["Lets others finish", ""], ["Summarises **what was meant**"]]}}""").getBytes(
                StandardCharsets.UTF_8), false).id();
        ProfileDocument english = profiles.document(id).in(Locale.ENGLISH);
        ProfileCompetency listening = english.competencies().getFirst();
        assertThat(listening.label()).isEqualTo("Listening");
        assertThat(listening.definition()).isEqualTo("Luistert actief naar anderen.");
        assertThat(listening.levels().get(0).indicators()).extracting(IndicatorDetail::text)
                .containsExactly("Lets others finish", "Vraagt door");
        assertThat(listening.levels().get(1).indicators().getFirst().text()).isEqualTo("Summarises what was meant");
        assertThat(listening.levels().get(1).indicators().getFirst().marked())
                .isEqualTo("Summarises **what was meant**");
        ProfileCompetency untranslated = english.competencies().get(1);
        assertThat(untranslated.label()).isEqualTo("Plannen");
        assertThat(untranslated.levels().getFirst().indicators().getFirst().text()).isEqualTo("Maakt een planning");
        assertThat(profiles.document(id).in(DUTCH).competencies().getFirst().label()).isEqualTo("Luisteren");

        String exported = imports.exportJson(id);
        assertThat(exported).contains("\"Listening\"").contains("Summarises **what was meant**");
        assertThatThrownBy(() -> imports.importJson(exported.getBytes(StandardCharsets.UTF_8), false))
                .hasMessageStartingWith("profile.import.error.identical");
    }

    @Test
    void a_translation_of_another_shape_or_language_is_refused_with_its_path_and_nothing_is_saved() {
        login.as(DemoPeople.HR_EMAIL);
        Integer before = jdbc.queryForObject("select count(*) from role_profile", Integer.class);
        String name = "Verkeerd vertaald " + System.nanoTime();
        var shape = imports.previewJson(json(name, """
                , "translations": {"en": {"label": "Listening", "levels": [["One", "Two", "Three"], []]}}""")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(shape.errors()).extracting(ImportMessage::messageKey).contains("profile.json.error.translation-shape");
        assertThat(shape.errors().toString()).contains("$.competencies[0].translations.en.levels[0]");
        var language = imports.previewJson(json(name, """
                , "translations": {"fr": {"label": "Écouter"}}""").getBytes(StandardCharsets.UTF_8));
        assertThat(language.errors()).extracting(ImportMessage::messageKey)
                .contains("profile.json.error.translation-language");
        var nolabel = imports.previewJson(json(name, """
                , "translations": {"en": {"definition": "Listens."}}""").getBytes(StandardCharsets.UTF_8));
        assertThat(nolabel.errors()).extracting(ImportMessage::messageKey).contains("profile.json.error.required");
        assertThatThrownBy(() -> imports.importJson(json(name, """
                , "translations": {"fr": {"label": "Écouter"}}""").getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(UserFacingException.class);
        assertThat(jdbc.queryForObject("select count(*) from role_profile", Integer.class)).isEqualTo(before);
    }

    @Test
    void the_editor_saves_a_translation_and_a_frozen_competency_gets_it_in_its_next_revision() {
        login.as(DemoPeople.HR_EMAIL);
        var created = library.save(null, 0, new CompetencyDraft("Vertaalbaar " + System.nanoTime(), "Definitie.",
                "Cluster", CompetencyKind.GENERIC, List.of(List.of(new IndicatorDraft(null, "Doet het **goed**", null,
                        Map.of("en", "Does it **well**"))), List.of(new IndicatorDraft(null, "Doet het beter", null,
                        Map.of()))), Map.of("en", new CompetencyText("Translatable", "Definition."))));
        assertThat(created.translations()).containsEntry("en", new CompetencyText("Translatable", "Definition."));
        IndicatorDetail first = created.levels().getFirst().indicators().getFirst();
        assertThat(first.text()).isEqualTo("Doet het goed");
        assertThat(first.translations()).containsEntry("en", "Does it **well**");
        jdbc.update("update competency set frozen = true where id = ?", created.id());
        var revised = library.save(created.id(), library.competency(created.id()).version(), new CompetencyDraft(
                created.label(), created.definition(), created.cluster(), created.kind(), List.of(
                        List.of(new IndicatorDraft(first.id(), first.marked(), null, Map.of("en", "Does it very well"))),
                        List.of(new IndicatorDraft(null, "Doet het beter", null, Map.of()))),
                Map.of("en", new CompetencyText("Translatable", "Definition, revised."))));
        assertThat(revised.id()).isNotEqualTo(created.id());
        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.translations().get("en").definition()).isEqualTo("Definition, revised.");
        assertThat(revised.levels().getFirst().indicators().getFirst().translations())
                .containsEntry("en", "Does it very well");
        assertThat(library.competency(created.id()).translations().get("en").definition()).isEqualTo("Definition.");
        assertThatThrownBy(() -> library.save(null, 0, new CompetencyDraft("Fout vertaald " + System.nanoTime(),
                "Definitie.", "Cluster", CompetencyKind.GENERIC, List.of(List.of(new IndicatorDraft(null, "Een", null,
                        Map.of("en", "x".repeat(CompetencyLimits.INDICATOR_MAX + 1))))),
                Map.of("en", new CompetencyText("Wrong", ""))))).isInstanceOf(UserFacingException.class);
    }

    private static IndicatorDetail indicator(ProfileDocument document, String competency, int level, int index) {
        return document.competencies().stream().filter(c -> c.label().equals(competency)).findFirst().orElseThrow()
                .levels().get(level - 1).indicators().get(index);
    }

    private static String json(String name, String translation) {
        return """
                {"format": "spiegel360.role-profile", "formatVersion": 1, "name": "%s", "competencies": [
                  {"label": "Luisteren", "definition": "Luistert actief naar anderen.", "cluster": "Mensen",
                   "kind": "GENERIC", "norm": 1, "levels": [["Laat anderen uitpraten", "Vraagt door"],
                   ["Vat samen **wat bedoeld werd**"]]%s},
                  {"label": "Plannen", "definition": "Plant het werk.", "cluster": "Doelen", "kind": "SPECIFIC",
                   "norm": 1, "levels": [["Maakt een planning"], ["Bewaakt de planning"]]}]}
                """.formatted(name, translation);
    }
}
