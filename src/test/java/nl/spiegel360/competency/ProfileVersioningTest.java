package nl.spiegel360.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.spiegel360.competency.CompetencyReadModels.CompetencyDetail;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.CompetencyReadModels.RoleProfileSummary;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** On PostgreSQL: a launched (frozen) profile is never changed in place; edits become new revisions. */
@IntegrationTest
class ProfileVersioningTest {

    @Autowired
    ProfileImportService imports;

    @Autowired
    RoleProfileService profiles;

    @Autowired
    CompetencyService competencies;

    @Autowired
    Login login;

    private RoleProfileSummary profile;

    @BeforeEach
    void importProfile() throws Exception {
        login.as(DemoPeople.HR_EMAIL);
        String name = "Versietest " + System.nanoTime();
        profile = imports.importDocument(new String(ProfileDocumentParserTest.seed(), StandardCharsets.UTF_8)
                .replace("Competentieprofiel Klantadviseur", "Competentieprofiel " + name)
                .getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void an_unfrozen_profile_changes_in_place() {
        ProfileDocument before = profiles.document(profile.id());
        List<MatrixEntryDraft> matrix = before.competencies().stream()
                .map(c -> new MatrixEntryDraft(c.competencyId(), 3)).toList();
        RoleProfileSummary saved = profiles.saveMatrix(profile.id(), profile.version(), matrix);
        assertThat(saved.id()).isEqualTo(profile.id());
        assertThat(profiles.document(profile.id()).competencies()).extracting(ProfileCompetency::norm)
                .containsOnly(3);
    }

    @Test
    void a_frozen_profile_keeps_its_matrix_and_an_edit_becomes_the_next_revision() {
        ProfileDocument frozen = profiles.freeze(profile.id());
        List<MatrixEntryDraft> matrix = frozen.competencies().stream()
                .map(c -> new MatrixEntryDraft(c.competencyId(), 1)).toList();
        long version = profiles.profiles().stream().filter(p -> p.id() == profile.id()).findFirst().orElseThrow()
                .version();
        RoleProfileSummary next = profiles.saveMatrix(profile.id(), version, matrix);
        assertThat(next.id()).isNotEqualTo(profile.id());
        assertThat(next.revision()).isEqualTo(profile.revision() + 1);
        assertThat(profiles.document(profile.id()).competencies()).extracting(ProfileCompetency::norm)
                .containsExactly(1, 1, 2, 2, 2, 2);
        assertThat(profiles.document(next.id()).competencies()).extracting(ProfileCompetency::norm).containsOnly(1);
    }

    @Test
    void editing_a_frozen_competency_keeps_what_raters_saw_and_moves_unfrozen_profiles_on() {
        ProfileDocument frozen = profiles.freeze(profile.id());
        ProfileCompetency zorgvuldigheid = frozen.competencies().stream()
                .filter(c -> c.label().equals("Zorgvuldigheid")).findFirst().orElseThrow();
        CompetencyDetail detail = competencies.competency(zorgvuldigheid.competencyId());
        assertThat(detail.frozen()).isTrue();
        var draft = new CompetencyDraft("Zorgvuldigheid", "Een nieuwe definitie.", detail.cluster(), detail.kind(),
                detail.levels().stream().map(l -> l.indicators().stream()
                        .map(i -> new IndicatorDraft(i.id(), i.text() + " (herzien)", null)).toList()).toList());
        CompetencyDetail revised = competencies.save(detail.id(), detail.version(), draft);
        assertThat(revised.id()).isNotEqualTo(detail.id());
        assertThat(revised.revision()).isEqualTo(detail.revision() + 1);
        CompetencyDetail original = competencies.competency(detail.id());
        assertThat(original.definition()).isEqualTo(zorgvuldigheid.definition());
        assertThat(original.levels().getFirst().indicators().getFirst().text())
                .isEqualTo("Werkt zorgvuldig met oog voor detail");
        assertThat(profiles.document(profile.id()).competencies()).extracting(ProfileCompetency::competencyId)
                .contains(detail.id());
    }

    @Test
    void an_invalid_competency_is_refused_and_nothing_changes() {
        ProfileCompetency first = profiles.document(profile.id()).competencies().getFirst();
        CompetencyDetail detail = competencies.competency(first.competencyId());
        var emptyLevel = new CompetencyDraft(detail.label(), detail.definition(), detail.cluster(), detail.kind(),
                List.of(List.of(new IndicatorDraft(null, "Alleen dit", null)), List.of()));
        assertThatThrownBy(() -> competencies.save(detail.id(), detail.version(), emptyLevel))
                .hasMessageContaining("competency.error.empty-level");
        assertThat(competencies.competency(detail.id()).levels()).hasSize(3);
    }

    @Test
    void an_employee_cannot_edit_the_library_or_a_profile_nor_read_another_role_s_profile() {
        login.as("emma@spiegel360.example");
        assertThatThrownBy(() -> competencies.library(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.saveMatrix(profile.id(), 0, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.freeze(profile.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.document(profile.id())).hasMessageContaining("common.not-found");
        assertThat(profiles.myProfile()).get().extracting(ProfileDocument::name).isEqualTo("Klantadviseur");
    }
}
