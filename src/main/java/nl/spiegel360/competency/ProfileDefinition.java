package nl.spiegel360.competency;

import java.util.List;
import java.util.Map;

/**
 * A role profile as read from a document or JSON, before it is saved: what the importers produce and what the
 * validation and the preview look at.
 */
public record ProfileDefinition(String name, String versionLabel, String introduction,
        List<CompetencyDefinition> competencies) {

    /**
     * One competency of the profile with its norm; levels in order 1..K, each an ordered list of indicators (bold
     * parts between {@code **} marks). {@code documentPosition} is where its block stands in the document (the
     * matrix order is the list's). {@code translations}: the competency in other languages, by language code.
     */
    public record CompetencyDefinition(String label, String definition, String cluster, CompetencyKind kind, int norm,
            List<List<String>> levels, int documentPosition, Map<String, Translation> translations) {

        public CompetencyDefinition(String label, String definition, String cluster, CompetencyKind kind, int norm,
                List<List<String>> levels, int documentPosition) {
            this(label, definition, cluster, kind, norm, levels, documentPosition, Map.of());
        }

        public int indicatorCount() {
            return levels.stream().mapToInt(List::size).sum();
        }

        /** The translated indicator at this place, or null when it has none in this language. */
        @org.jspecify.annotations.Nullable String indicatorIn(String language, int level, int index) {
            Translation t = translations.get(language);
            if (t == null || t.levels().size() <= level || t.levels().get(level).size() <= index) {
                return null;
            }
            String text = t.levels().get(level).get(index);
            return text.isBlank() ? null : text;
        }
    }

    /**
     * A competency in another language: its label, its definition (empty: not translated) and its indicators in the
     * shape of the original's levels (an empty text: not translated), or no levels at all.
     */
    public record Translation(String label, String definition, List<List<String>> levels) {
    }

    public int indicatorCount() {
        return competencies.stream().mapToInt(CompetencyDefinition::indicatorCount).sum();
    }
}
