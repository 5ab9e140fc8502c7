package nl.spiegel360.competency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.CompetencyReadModels.RoleProfileSummary;
import nl.spiegel360.people.OwnAccount;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Role profiles: HR maintains them; everyone reads their own role's profile. */
@Service
@Transactional
public class RoleProfileService {

    private final RoleProfileRepository profiles;
    private final CompetencyRepository competencies;
    private final ProfileWriter writer;
    private final PersonAdministration people;
    private final OwnAccount account;
    private final CurrentUser currentUser;

    RoleProfileService(RoleProfileRepository profiles, CompetencyRepository competencies, ProfileWriter writer,
            PersonAdministration people, OwnAccount account, CurrentUser currentUser) {
        this.profiles = profiles;
        this.competencies = competencies;
        this.writer = writer;
        this.account = account;
        this.people = people;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<RoleProfileSummary> profiles() {
        return profiles.findAllOrdered().stream().map(CompetencyReadModels::summary).toList();
    }

    /** A profile revision as a document: HR may read any, others only their own role's profile. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ProfileDocument document(long id) {
        if (!currentUser.require().has(Role.HR) && !Long.valueOf(id).equals(account.me().roleProfileId())) {
            throw new UserFacingException("common.not-found");
        }
        return CompetencyReadModels.document(load(id));
    }

    /** The signed-in user's own role profile, if they have one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<ProfileDocument> myProfile() {
        Long id = account.me().roleProfileId();
        return id == null ? Optional.empty() : profiles.findWithMatrix(id).map(CompetencyReadModels::document);
    }

    /**
     * Sets a profile's matrix: the competencies it uses, in order, each with a norm within its levels. A frozen
     * profile keeps what it was; the matrix becomes its next revision, which its people take over.
     */
    @PreAuthorize("hasRole('HR')")
    public RoleProfileSummary saveMatrix(long id, long expectedVersion, List<MatrixEntryDraft> matrix) {
        RoleProfile profile = load(id);
        if (profile.getVersion() != expectedVersion) {
            throw new UserFacingException("profile.error.changed-meanwhile");
        }
        List<ProfileEntry> entries = entries(profile, matrix);
        if (!profile.isFrozen()) {
            profile.getEntries().clear();
            profiles.flush();
            entries.forEach(e -> profile.addEntry(e.getCompetency(), e.getNorm(), e.getDocumentPosition(),
                    e.isExternalJudges()));
            return CompetencyReadModels.summary(profiles.saveAndFlush(profile));
        }
        RoleProfile next = writer.revise(profile, entries);
        profiles.flush();
        people.replaceRoleProfile(profile.getId(), next.getId());
        return CompetencyReadModels.summary(next);
    }

    /** Freezes a profile revision and its competencies: a review has been launched on it. */
    @PreAuthorize("hasRole('HR')")
    public ProfileDocument freeze(long id) {
        RoleProfile profile = load(id);
        profile.freeze();
        profile.getEntries().forEach(e -> e.getCompetency().freeze());
        return CompetencyReadModels.document(profile);
    }

    /** Freezes a profile revision unless it is frozen already; false when there is no such profile. */
    @PreAuthorize("hasRole('HR')")
    public boolean freezeIfNeeded(long id) {
        var profile = profiles.findWithMatrix(id);
        profile.filter(p -> !p.isFrozen()).ifPresent(p -> {
            p.freeze();
            p.getEntries().forEach(e -> e.getCompetency().freeze());
        });
        return profile.isPresent();
    }

    /** Gives every active member of a team this profile; returns how many. */
    @PreAuthorize("hasRole('HR')")
    public int assignToTeam(long profileId, String team) {
        load(profileId);
        return people.assignRoleProfile(people.team(team).stream().map(PersonSummary::id).toList(), profileId);
    }

    @PreAuthorize("hasRole('HR')")
    public int assignToPeople(long profileId, List<Long> personIds) {
        load(profileId);
        return people.assignRoleProfile(personIds, profileId);
    }

    private List<ProfileEntry> entries(RoleProfile profile, List<MatrixEntryDraft> matrix) {
        if (matrix.isEmpty()) {
            throw new UserFacingException("profile.error.matrix-empty");
        }
        Set<Long> seen = new HashSet<>();
        List<ProfileEntry> entries = new ArrayList<>();
        for (MatrixEntryDraft row : matrix) {
            Competency c = competencies.findById(row.competencyId())
                    .orElseThrow(() -> new UserFacingException("common.not-found"));
            if (!seen.add(row.competencyId())) {
                throw new UserFacingException("profile.error.duplicate-competency", c.getLabel());
            }
            if (row.norm() < 1 || row.norm() > c.getLevels().size()) {
                throw new UserFacingException("profile.error.norm-outside", c.getLabel(), row.norm(),
                        c.getLevels().size());
            }
            int documentPosition = profile.getEntries().stream().filter(e -> e.getCompetency() == c)
                    .mapToInt(ProfileEntry::getDocumentPosition).findFirst().orElse(entries.size());
            ProfileEntry entry = new ProfileEntry(profile, c, entries.size(), documentPosition, row.norm());
            entry.setExternalJudges(row.externalJudges());
            entries.add(entry);
        }
        return entries;
    }

    private RoleProfile load(long id) {
        return profiles.findWithMatrix(id).orElseThrow(() -> new UserFacingException("common.not-found"));
    }
}
