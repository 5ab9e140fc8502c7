package nl.spiegel360.competency;

import java.util.Collection;
import java.util.Map;
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
    private final CompetencyRepository competencies;
    /**
     * Frozen revisions as read before: a frozen revision never changes (editing it makes a new revision), so every
     * report of a cycle reads the same document, on every instance, without its matrix being read again.
     */
    private final Map<Long, ProfileDocument> frozen = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, ProfileDocument> eldest) {
                    return size() > 64;
                }
            });

    ProfileReader(RoleProfileRepository profiles, CompetencyRepository competencies) {
        this.profiles = profiles;
        this.competencies = competencies;
    }

    /** Competency labels and indicator texts (plain) in one language, by id. */
    public record Texts(Map<Long, String> competencies, Map<Long, String> indicators) {
    }

    /**
     * The labels of these competencies and the texts of their indicators in the reader's language, each in the
     * original where it has no translation: for features that keep ids of what they ask about (the pulse).
     */
    @PreAuthorize("isAuthenticated()")
    public Texts texts(Collection<Long> competencyIds, java.util.Locale locale) {
        String language = locale.getLanguage().equals(ProfileLanguages.ORIGINAL) ? "" : locale.getLanguage();
        Map<Long, String> labels = new java.util.HashMap<>();
        Map<Long, String> indicators = new java.util.HashMap<>();
        for (Competency c : competencies.findAllById(competencyIds)) {
            CompetencyText translated = c.getTranslations().get(language);
            labels.put(c.getId(), translated == null ? c.getLabel() : translated.label());
            c.getLevels().forEach(l -> l.getIndicators().forEach(i -> {
                String text = i.getTranslations().get(language);
                indicators.put(i.getId(), text == null ? i.getText() : nl.spiegel360.base.Emphasis.plain(text));
            }));
        }
        return new Texts(labels, indicators);
    }

    @PreAuthorize("isAuthenticated()")
    public ProfileDocument document(long profileId) {
        return read(profileId).orElseThrow(() -> new UserFacingException("common.not-found"));
    }

    /** Several revisions at once, by id, each loaded with its matrix. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, ProfileDocument> documents(Collection<Long> profileIds) {
        Map<Long, ProfileDocument> found = new java.util.HashMap<>();
        for (long id : new java.util.LinkedHashSet<>(profileIds)) {
            read(id).ifPresent(d -> found.put(id, d));
        }
        return found;
    }

    /** A revision with its matrix: a frozen one from the cache once read, any other from the database. */
    private java.util.Optional<ProfileDocument> read(long profileId) {
        ProfileDocument cached = frozen.get(profileId);
        if (cached != null) {
            return java.util.Optional.of(cached);
        }
        java.util.Optional<ProfileDocument> document = profiles.findWithMatrix(profileId)
                .map(CompetencyReadModels::document);
        document.filter(ProfileDocument::frozen).ifPresent(d -> frozen.put(profileId, d));
        return document;
    }
}
