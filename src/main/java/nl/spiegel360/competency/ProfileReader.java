package nl.spiegel360.competency;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile revisions for the features built on them (questionnaires, reports). Those features check first that
 * the caller may see the review a profile belongs to; a profile itself holds no personal data.
 */
@Service
@Transactional(readOnly = true)
public class ProfileReader {

    private final RoleProfileRepository profiles;

    ProfileReader(RoleProfileRepository profiles) {
        this.profiles = profiles;
    }

    @PreAuthorize("isAuthenticated()")
    public ProfileDocument document(long profileId) {
        return CompetencyReadModels.document(profiles.findWithMatrix(profileId)
                .orElseThrow(() -> new UserFacingException("common.not-found")));
    }

    /** Several revisions at once, by id, each loaded with its matrix. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ProfileDocument> documents(Collection<Long> profileIds) {
        return profileIds.stream().distinct().map(id -> profiles.findWithMatrix(id).map(CompetencyReadModels::document))
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(ProfileDocument::id, Function.identity()));
    }
}
