package nl.spiegel360.competency;

import java.util.List;
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
        return preview(carryTranslations(ProfileDocumentParser.parse(content)));
    }

    /** Imports a document as it always did: the people holding the current revision move to the new one. */
    public RoleProfileSummary importDocument(byte[] content) {
        return importDocument(content, true);
    }

    /**
     * Imports a document as a new revision; {@code movePeople}: whether the people holding the current revision
     * move to it. A document identical to the current revision is refused and nothing is saved.
     */
    public RoleProfileSummary importDocument(byte[] content, boolean movePeople) {
        return save(carryTranslations(ProfileDocumentParser.parse(content)), movePeople);
    }

    /**
     * A document cannot carry translations: the current revision's translations go over to what is unchanged, so
     * that a corrected document does not lose them. A competency keeps its translated label; its definition's
     * translation where the definition is the same; an indicator's translation where its text is the same.
     */
    private ProfileDocumentParser.Result carryTranslations(ProfileDocumentParser.Result result) {
        ProfileDefinition profile = result.profile();
        RoleProfile current = profile == null ? null : current(profile.name()).orElse(null);
        if (profile == null || current == null) {
            return result;
        }
        var before = new java.util.HashMap<String, CompetencyReadModels.ProfileCompetency>();
        CompetencyReadModels.document(profiles.findWithMatrix(current.getId()).orElseThrow()).competencies()
                .forEach(c -> before.put(c.label(), c));
        List<ProfileDefinition.CompetencyDefinition> carried = profile.competencies().stream().map(c -> {
            var old = before.get(c.label());
            return old == null || old.translations().isEmpty() ? c : carried(c, old);
        }).toList();
        return new ProfileDocumentParser.Result(new ProfileDefinition(profile.name(), profile.versionLabel(),
                profile.introduction(), carried), result.errors(), result.warnings());
    }

    private static ProfileDefinition.CompetencyDefinition carried(ProfileDefinition.CompetencyDefinition c,
            CompetencyReadModels.ProfileCompetency old) {
        var oldTexts = new java.util.HashMap<String, CompetencyReadModels.IndicatorDetail>();
        old.levels().forEach(l -> l.indicators().forEach(i -> oldTexts.putIfAbsent(i.marked(), i)));
        var translations = new java.util.TreeMap<String, ProfileDefinition.Translation>();
        old.translations().forEach((language, text) -> {
            List<List<String>> levels = c.levels().stream().map(level -> level.stream().map(indicator -> {
                var same = oldTexts.get(indicator);
                return same == null ? "" : same.translations().getOrDefault(language, "");
            }).toList()).toList();
            translations.put(language, new ProfileDefinition.Translation(text.label(),
                    old.definition().equals(c.definition()) ? text.definition() : "", levels));
        });
        return new ProfileDefinition.CompetencyDefinition(c.label(), c.definition(), c.cluster(), c.kind(), c.norm(),
                c.levels(), c.documentPosition(), translations);
    }

    /**
     * Imports a document with a file of translations of its competencies (see the profile format's
     * {@code translations}); both are checked whole before anything is saved.
     */
    public RoleProfileSummary importDocument(byte[] content, byte[] translations, boolean movePeople) {
        return save(ProfileJson.withTranslations(ProfileDocumentParser.parse(content), translations), movePeople);
    }

    @Transactional(readOnly = true)
    public ProfileImportPreview previewJson(byte[] content) {
        return preview(ProfileJson.read(content));
    }

    public RoleProfileSummary importJson(byte[] content) {
        return importJson(content, true);
    }

    public RoleProfileSummary importJson(byte[] content, boolean movePeople) {
        return save(ProfileJson.read(content), movePeople);
    }

    /** The latest revision of the profile with this name. */
    private java.util.Optional<RoleProfile> current(String name) {
        return profiles.findAllOrdered().stream().filter(p -> p.getName().equals(name))
                .max(java.util.Comparator.comparingInt(RoleProfile::getRevision));
    }

    private ProfileDiff diff(RoleProfile current, ProfileDefinition incoming) {
        RoleProfile withMatrix = profiles.findWithMatrix(current.getId()).orElseThrow();
        return ProfileDiff.between(CompetencyReadModels.document(withMatrix), incoming);
    }

    @Transactional
    public String exportJson(long profileId) {
        audit.record("profile.exported", "role_profile", profileId, null);
        return ProfileJson.write(CompetencyReadModels.document(profiles.findWithMatrix(profileId)
                .orElseThrow(() -> new UserFacingException("common.not-found"))));
    }

    private ProfileImportPreview preview(ProfileDocumentParser.Result result) {
        ProfileDefinition profile = result.profile();
        if (profile == null) {
            return new ProfileImportPreview(null, result.errors(), result.warnings(), 0, null, 0);
        }
        int existing = writer.nextRevision(profile.name()) - 1;
        RoleProfile current = current(profile.name()).orElse(null);
        if (current == null) {
            return new ProfileImportPreview(profile, result.errors(), result.warnings(), existing, null, 0);
        }
        ProfileDiff diff = diff(current, profile);
        List<ImportMessage> warnings = new java.util.ArrayList<>(result.warnings());
        for (ProfileDiff.Change shrunk : diff.shrunkLevels()) {
            warnings.add(ImportMessage.at(0, "profile.import.warning.level-shrank", shrunk.competency(),
                    shrunk.level(), shrunk.before(), shrunk.after()));
        }
        return new ProfileImportPreview(profile, result.errors(), warnings, existing, diff,
                people.countHolding(current.getId()));
    }

    private RoleProfileSummary save(ProfileDocumentParser.Result result, boolean movePeople) {
        ProfileDefinition profile = result.profile();
        if (profile == null || !result.errors().isEmpty()) {
            throw new UserFacingException("profile.import.error.refused", result.errors().size());
        }
        RoleProfile current = current(profile.name()).orElse(null);
        if (current != null && diff(current, profile).identical()) {
            throw new UserFacingException("profile.import.error.identical", current.getRevision());
        }
        RoleProfile saved = writer.write(profile);
        if (current != null && movePeople) {
            people.replaceRoleProfile(current.getId(), saved.getId());
        }
        audit.record("profile.imported", "role_profile", saved.getId(), saved.getName() + " r" + saved.getRevision());
        return CompetencyReadModels.summary(saved);
    }
}
