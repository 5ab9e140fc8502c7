package nl.spiegel360.competency;

import java.time.Clock;
import java.util.List;
import nl.spiegel360.competency.ProfileDefinition.CompetencyDefinition;
import org.springframework.stereotype.Component;

/** Saves a profile read from a document or JSON as the next revision of its name, with its own competencies. */
@Component
class ProfileWriter {

    private final CompetencyRepository competencies;
    private final RoleProfileRepository profiles;
    private final Clock clock;

    ProfileWriter(CompetencyRepository competencies, RoleProfileRepository profiles, Clock clock) {
        this.competencies = competencies;
        this.profiles = profiles;
        this.clock = clock;
    }

    int nextRevision(String profileName) {
        return profiles.maxRevision(profileName) + 1;
    }

    RoleProfile write(ProfileDefinition definition) {
        RoleProfile profile = new RoleProfile(definition.name(), nextRevision(definition.name()),
                definition.versionLabel(), definition.introduction(), clock.instant());
        for (CompetencyDefinition c : definition.competencies()) {
            String code = CompetencyRules.code(c.label());
            Competency competency = new Competency(code, competencies.maxRevision(code) + 1, c.label(),
                    c.definition(), c.cluster(), c.kind(), clock.instant());
            List<List<IndicatorDraft>> levels = new java.util.ArrayList<>();
            for (int l = 0; l < c.levels().size(); l++) {
                List<IndicatorDraft> level = new java.util.ArrayList<>();
                for (int i = 0; i < c.levels().get(l).size(); i++) {
                    java.util.Map<String, String> translated = new java.util.HashMap<>();
                    for (String language : c.translations().keySet()) {
                        String text = c.indicatorIn(language, l, i);
                        if (text != null) {
                            translated.put(language, text);
                        }
                    }
                    level.add(new IndicatorDraft(null, c.levels().get(l).get(i), null, translated));
                }
                levels.add(level);
            }
            competency.replaceLevels(levels);
            java.util.Map<String, CompetencyText> texts = new java.util.HashMap<>();
            c.translations().forEach((language, t) -> texts.put(language, new CompetencyText(t.label(),
                    t.definition())));
            competency.setTranslations(texts);
            competencies.save(competency);
            profile.addEntry(competency, c.norm(), c.documentPosition());
        }
        return profiles.save(profile);
    }

    /** The next revision of a frozen profile, with this matrix. */
    RoleProfile revise(RoleProfile frozen, List<ProfileEntry> entries) {
        RoleProfile next = new RoleProfile(frozen.getName(), nextRevision(frozen.getName()), frozen.getVersionLabel(),
                frozen.getIntroduction(), clock.instant());
        entries.forEach(e -> next.addEntry(e.getCompetency(), e.getNorm(), e.getDocumentPosition(),
                e.isExternalJudges()));
        return profiles.save(next);
    }
}
