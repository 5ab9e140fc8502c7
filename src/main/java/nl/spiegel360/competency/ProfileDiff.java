package nl.spiegel360.competency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.spiegel360.competency.CompetencyReadModels.LevelDetail;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.ProfileDefinition.CompetencyDefinition;
import org.jspecify.annotations.Nullable;

/**
 * What an import would change against the current revision of the profile with the same name: competencies added
 * or removed, norms and definitions changed, indicators added or removed per level. {@code identical} when nothing
 * differs; then the import is refused, since it would only make a revision that is the same.
 */
public record ProfileDiff(int currentRevision, boolean identical, List<Change> changes) {

    public enum Kind {
        COMPETENCY_ADDED, COMPETENCY_REMOVED, NORM_CHANGED, DEFINITION_CHANGED, INDICATOR_ADDED, INDICATOR_REMOVED,
        /** The competency's label, definition or indicators in another language; the text is the language code. */
        TRANSLATION_CHANGED
    }

    /**
     * One difference: its kind, the competency, and where relevant the level, the indicator's text, or the old and
     * the new norm.
     */
    public record Change(Kind kind, String competency, int level, @Nullable String text, int before, int after) {
    }

    /**
     * The levels of competencies in both revisions that now have fewer indicators than before (a reworded indicator,
     * one removed and one added, leaves its level as long as it was).
     */
    public List<Change> shrunkLevels() {
        return changes.stream().filter(c -> c.kind() == Kind.INDICATOR_REMOVED && c.after() < c.before())
                .collect(Collectors.toMap(
                c -> c.competency() + "\u0000" + c.level(), Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream().toList();
    }

    static ProfileDiff between(ProfileDocument current, ProfileDefinition incoming) {
        List<Change> changes = new ArrayList<>();
        Map<String, ProfileCompetency> before = current.competencies().stream()
                .collect(Collectors.toMap(ProfileCompetency::label, Function.identity(), (a, b) -> a));
        Set<String> seen = new HashSet<>();
        for (CompetencyDefinition c : incoming.competencies()) {
            seen.add(c.label());
            ProfileCompetency old = before.get(c.label());
            if (old == null) {
                changes.add(new Change(Kind.COMPETENCY_ADDED, c.label(), 0, null, 0, c.norm()));
                continue;
            }
            if (old.norm() != c.norm()) {
                changes.add(new Change(Kind.NORM_CHANGED, c.label(), 0, null, old.norm(), c.norm()));
            }
            if (!Objects.equals(old.definition().strip(), c.definition().strip())) {
                changes.add(new Change(Kind.DEFINITION_CHANGED, c.label(), 0, null, 0, 0));
            }
            for (int level = 1; level <= Math.max(old.levels().size(), c.levels().size()); level++) {
                List<String> was = level <= old.levels().size() ? texts(old.levels().get(level - 1)) : List.of();
                List<String> now = level <= c.levels().size() ? c.levels().get(level - 1).stream()
                        .map(String::strip).toList() : List.of();
                for (String text : was) {
                    if (!now.contains(text)) {
                        changes.add(new Change(Kind.INDICATOR_REMOVED, c.label(), level, text, was.size(),
                                now.size()));
                    }
                }
                for (String text : now) {
                    if (!was.contains(text)) {
                        changes.add(new Change(Kind.INDICATOR_ADDED, c.label(), level, text, was.size(), now.size()));
                    }
                }
            }
            java.util.Set<String> languages = new java.util.TreeSet<>(translations(old).keySet());
            languages.addAll(translations(c).keySet());
            for (String language : languages) {
                if (!Objects.equals(translations(old).get(language), translations(c).get(language))) {
                    changes.add(new Change(Kind.TRANSLATION_CHANGED, c.label(), 0, language, 0, 0));
                }
            }
        }
        for (ProfileCompetency old : current.competencies()) {
            if (!seen.contains(old.label())) {
                changes.add(new Change(Kind.COMPETENCY_REMOVED, old.label(), 0, null, old.norm(), 0));
            }
        }
        return new ProfileDiff(current.revision(), changes.isEmpty(), List.copyOf(changes));
    }

    private static List<String> texts(LevelDetail level) {
        return level.indicators().stream().map(i -> i.marked().strip()).toList();
    }

    /** A competency's translations in one comparable form: label, definition and every indicator (empty: none). */
    private static Map<String, List<Object>> translations(ProfileCompetency c) {
        Map<String, List<Object>> result = new java.util.HashMap<>();
        c.translations().forEach((language, t) -> result.put(language, List.of(t.label(), t.definition(),
                c.levels().stream().map(l -> l.indicators().stream()
                        .map(i -> i.translations().getOrDefault(language, "")).toList()).toList())));
        return result;
    }

    private static Map<String, List<Object>> translations(CompetencyDefinition c) {
        Map<String, List<Object>> result = new java.util.HashMap<>();
        c.translations().forEach((language, t) -> {
            List<List<String>> levels = new ArrayList<>();
            for (int l = 0; l < c.levels().size(); l++) {
                List<String> level = new ArrayList<>();
                for (int i = 0; i < c.levels().get(l).size(); i++) {
                    String text = c.indicatorIn(language, l, i);
                    level.add(text == null ? "" : text);
                }
                levels.add(level);
            }
            result.put(language, List.of(t.label(), t.definition(), levels));
        });
        return result;
    }
}
