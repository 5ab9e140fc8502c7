package nl.spiegel360.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.CompetencyReadModels.RoleProfileSummary;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Importing documents and JSON on PostgreSQL: the seed exactly, and every malformed case refused whole. */
@IntegrationTest
class ProfileImportServiceTest {

    @Autowired
    ProfileImportService imports;

    @Autowired
    RoleProfileService profiles;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    nl.spiegel360.people.PersonAdministration people;

    @Autowired
    Login login;

    private String seed;

    @BeforeEach
    void signInAsHr() throws IOException {
        login.as(DemoPeople.HR_EMAIL);
        seed = new String(ProfileDocumentParserTest.seed(), StandardCharsets.UTF_8);
    }

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void importing_the_seed_saves_six_competencies_and_sixty_eight_indicators() {
        long indicatorsBefore = count("behavioural_indicator");
        RoleProfileSummary saved = imports.importDocument(seed.replace("Klantadviseur", "Klantadviseur Import")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(saved.name()).isEqualTo("Klantadviseur Import");
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved.competencies()).isEqualTo(6);
        assertThat(saved.indicators()).isEqualTo(68);
        assertThat(count("behavioural_indicator") - indicatorsBefore).isEqualTo(68);
        ProfileDocument document = profiles.document(saved.id());
        assertThat(document.competencies()).extracting(CompetencyReadModels.ProfileCompetency::norm)
                .containsExactly(1, 1, 2, 2, 2, 2);
        assertThat(document.byCluster().keySet())
                .containsExactly("Voorwaarden voor succes", "Realiseren van doelen", "Mensen meekrijgen");
    }

    @Test
    void an_identical_document_is_recognised_and_a_changed_one_shows_what_differs_and_asks_about_the_people() {
        String name = "Klantadviseur Herhaald " + System.nanoTime();
        String original = seed.replace("Klantadviseur", name);
        RoleProfileSummary first = imports.importDocument(original.getBytes(StandardCharsets.UTF_8), true);
        long holder = people.create(new nl.spiegel360.people.PersonDraft("Houder " + first.id(), "houder-" + first.id()
                + "@example.org", "Klantadviseur", null, null, false, null)).id();
        people.assignRoleProfile(java.util.List.of(holder), first.id());

        var same = imports.previewDocument(original.getBytes(StandardCharsets.UTF_8));
        assertThat(same.diff()).isNotNull();
        assertThat(same.diff().identical()).isTrue();
        assertThat(same.canImport()).isFalse();
        assertThatThrownBy(() -> imports.importDocument(original.getBytes(StandardCharsets.UTF_8), true))
                .isInstanceOf(UserFacingException.class).extracting("messageKey")
                .isEqualTo("profile.import.error.identical");

        String changed = original.replace("\tOntwikkelt een systeem om fouten te voorkomen\n", "\n")
                .replace("Zorgvuldigheid\t2", "Zorgvuldigheid\t3");
        var preview = imports.previewDocument(changed.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.canImport()).isTrue();
        assertThat(preview.peopleOnCurrent()).isEqualTo(1);
        assertThat(preview.diff().changes()).extracting(c -> c.kind() + " " + c.competency() + " " + c.level())
                .containsExactlyInAnyOrder("NORM_CHANGED Zorgvuldigheid 0", "INDICATOR_REMOVED Zorgvuldigheid 3");
        assertThat(preview.warnings()).anySatisfy(w -> {
            assertThat(w.messageKey()).isEqualTo("profile.import.warning.level-shrank");
            assertThat(w.arguments()).containsExactly("Zorgvuldigheid", 3, 3, 2);
        });

        // an indicator reworded is one removed and one added: the level keeps its number, and no warning says it shrank
        String reworded = original.replace("\tOntwikkelt een systeem om fouten te voorkomen\n",
                "\tOntwikkelt een werkwijze die fouten voorkomt\n");
        var rewording = imports.previewDocument(reworded.getBytes(StandardCharsets.UTF_8));
        assertThat(rewording.diff().changes()).extracting(c -> c.kind().name())
                .containsExactlyInAnyOrder("INDICATOR_REMOVED", "INDICATOR_ADDED");
        assertThat(rewording.warnings()).noneMatch(w -> w.messageKey().equals("profile.import.warning.level-shrank"));

        RoleProfileSummary second = imports.importDocument(changed.getBytes(StandardCharsets.UTF_8), false);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(people.roleProfileIds(java.util.List.of(holder))).as("asked not to move")
                .containsEntry(holder, first.id());
        assertThat(profiles.document(first.id()).competencies()).hasSize(6);
        String third = changed.replace("Zorgvuldigheid\t3", "Zorgvuldigheid\t1");
        RoleProfileSummary moved = imports.importDocument(third.getBytes(StandardCharsets.UTF_8), true);
        assertThat(people.roleProfileIds(java.util.List.of(holder))).as("only the current revision's people move")
                .containsEntry(holder, first.id());
        assertThat(moved.revision()).isEqualTo(3);
    }

    @Test
    void a_document_without_matrix_is_refused() {
        String broken = seed.replaceAll("(?s)## Competentiematrix.*?(?=## Voorwaarden)", "");
        assertRefused(broken.getBytes(StandardCharsets.UTF_8), 0, "profile.import.error.no-matrix");
    }

    @Test
    void a_competency_in_the_matrix_without_a_block_is_refused_at_its_matrix_line() {
        String broken = seed.replace("Communiceren\t2", "Communiceren\t2\nPlannen\t1");
        assertRefused(broken.getBytes(StandardCharsets.UTF_8), lineOf(broken, "Plannen\t1"),
                "profile.import.error.no-block");
    }

    @Test
    void a_level_without_indicators_is_refused_at_its_line() {
        String broken = seed.replace("\tOntwikkelt een systeem om fouten te voorkomen",
                "\tOntwikkelt een systeem om fouten te voorkomen\n<b>Competentieniveau 4</b>\t");
        assertRefused(broken.getBytes(StandardCharsets.UTF_8), lineOf(broken, "<b>Competentieniveau 4</b>"),
                "profile.import.error.empty-level");
    }

    @Test
    void a_norm_outside_the_levels_is_refused_at_its_matrix_line() {
        String broken = seed.replace("Zorgvuldigheid\t2", "Zorgvuldigheid\t4");
        assertRefused(broken.getBytes(StandardCharsets.UTF_8), lineOf(broken, "Zorgvuldigheid\t4"),
                "profile.import.error.norm-outside");
    }

    @Test
    void an_empty_file_is_refused() {
        assertRefused(new byte[0], 0, "upload.error.empty");
    }

    @Test
    void a_binary_file_is_refused() {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i % 7 == 0 ? 0 : 'A' + i % 26);
        }
        assertRefused(binary, 1, "upload.error.binary");
    }

    @Test
    void a_twenty_megabyte_file_is_refused() {
        byte[] huge = new byte[20 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        assertRefused(huge, 0, "upload.error.too-large");
    }

    @Test
    void text_in_another_encoding_is_refused_at_the_first_line_that_is_not_utf8() {
        byte[] latin1 = seed.getBytes(Charset.forName("windows-1252"));
        assertRefused(latin1, lineOf(seed, "Toont zich professioneel betrokken"), "upload.error.encoding");
    }

    @Test
    void json_export_and_import_give_the_same_profile() {
        RoleProfileSummary original = imports.importDocument(seed.replace("Klantadviseur", "Klantadviseur Json")
                .getBytes(StandardCharsets.UTF_8));
        String json = imports.exportJson(original.id());
        assertThatThrownBy(() -> imports.importJson(json.getBytes(StandardCharsets.UTF_8)))
                .as("the same profile again").isInstanceOf(UserFacingException.class);
        RoleProfileSummary copy = imports.importJson(json.replace("Klantadviseur Json", "Klantadviseur Json Kopie")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(copy.revision()).isEqualTo(1);
        ProfileDocument a = profiles.document(original.id());
        ProfileDocument b = profiles.document(copy.id());
        assertThat(b.competencies()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("competencyId", "levels")
                .isEqualTo(a.competencies());
        assertThat(b.competencies().get(3).levels().get(1).indicators().get(0).text())
                .isEqualTo(a.competencies().get(3).levels().get(1).indicators().get(0).text());
    }

    @Test
    void json_with_an_unknown_field_or_a_norm_outside_the_levels_is_refused_whole() {
        RoleProfileSummary original = profiles.profiles().getFirst();
        String json = imports.exportJson(original.id());
        String unknown = json.replaceFirst("\"cluster\"", "\"colour\" : \"red\", \"cluster\"");
        ProfileImportPreview preview = imports.previewJson(unknown.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.errors()).extracting(ImportMessage::path).contains("$.competencies[0].colour");
        String badNorm = json.replaceFirst("\"norm\" : 1", "\"norm\" : 7");
        assertThat(imports.previewJson(badNorm.getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(ImportMessage::messageKey).contains("profile.import.error.norm-outside");
        long before = count("role_profile");
        assertThatThrownBy(() -> imports.importJson(badNorm.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserFacingException.class);
        assertThat(count("role_profile")).isEqualTo(before);
    }

    @Test
    void an_employee_cannot_import_or_export() {
        login.as("noor@spiegel360.example");
        assertThatThrownBy(() -> imports.importDocument(seed.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.exportJson(1)).isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(byte[] content, int line, String key) {
        long profilesBefore = count("role_profile");
        long competenciesBefore = count("competency");
        long indicatorsBefore = count("behavioural_indicator");
        ProfileImportPreview preview = imports.previewDocument(content);
        assertThat(preview.canImport()).isFalse();
        assertThat(preview.errors()).extracting(ImportMessage::line, ImportMessage::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(line, key));
        assertThatThrownBy(() -> imports.importDocument(content)).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("profile.import.error.refused");
        assertThat(count("role_profile")).isEqualTo(profilesBefore);
        assertThat(count("competency")).isEqualTo(competenciesBefore);
        assertThat(count("behavioural_indicator")).isEqualTo(indicatorsBefore);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static int lineOf(String text, String fragment) {
        int index = text.indexOf(fragment);
        assertThat(index).as(fragment).isNotNegative();
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
