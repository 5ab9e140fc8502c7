package nl.spiegel360.competency;

import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyReadModels.RoleProfileSummary;
import nl.spiegel360.people.PersonAdministration;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings profiles in from documents (the format HR departments keep them in) and JSON, and exports JSON. Every
 * import is read whole and checked first; only a confirmed import without errors is saved, in one transaction,
 * as a new revision of the profile's name.
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class ProfileImportService {

    private final ProfileWriter writer;
    private final RoleProfileRepository profiles;
    private final PersonAdministration people;
    private final nl.spiegel360.audit.AuditLog audit;

    ProfileImportService(ProfileWriter writer, RoleProfileRepository profiles, PersonAdministration people,
            nl.spiegel360.audit.AuditLog audit) {
        this.audit = audit;
        this.writer = writer;
        this.profiles = profiles;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public ProfileImportPreview previewDocument(byte[] content) {
        return preview(ProfileDocumentParser.parse(content));
    }

    public RoleProfileSummary importDocument(byte[] content) {
        return save(ProfileDocumentParser.parse(content));
    }

    @Transactional(readOnly = true)
    public ProfileImportPreview previewJson(byte[] content) {
        return preview(ProfileJson.read(content));
    }

    public RoleProfileSummary importJson(byte[] content) {
        return save(ProfileJson.read(content));
    }

    @Transactional
    public String exportJson(long profileId) {
        audit.record("profile.exported", "role_profile", profileId, null);
        return ProfileJson.write(CompetencyReadModels.document(profiles.findWithMatrix(profileId)
                .orElseThrow(() -> new UserFacingException("common.not-found"))));
    }

    private ProfileImportPreview preview(ProfileDocumentParser.Result result) {
        int existing = result.profile() == null ? 0 : writer.nextRevision(result.profile().name()) - 1;
        return new ProfileImportPreview(result.profile(), result.errors(), result.warnings(), existing);
    }

    private RoleProfileSummary save(ProfileDocumentParser.Result result) {
        if (result.profile() == null || !result.errors().isEmpty()) {
            throw new UserFacingException("profile.import.error.refused", result.errors().size());
        }
        int previousRevision = writer.nextRevision(result.profile().name()) - 1;
        RoleProfile saved = writer.write(result.profile());
        if (previousRevision > 0) {
            profiles.findAllOrdered().stream()
                    .filter(p -> p.getName().equals(saved.getName()) && p.getRevision() == previousRevision)
                    .findFirst().ifPresent(p -> people.replaceRoleProfile(p.getId(), saved.getId()));
        }
        audit.record("profile.imported", "role_profile", saved.getId(), saved.getName() + " r" + saved.getRevision());
        return CompetencyReadModels.summary(saved);
    }
}
