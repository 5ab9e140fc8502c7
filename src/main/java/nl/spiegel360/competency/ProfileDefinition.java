package nl.spiegel360.competency;

import java.util.List;

/**
 * A role profile as read from a document or JSON, before it is saved: what the importers produce and what the
 * validation and the preview look at.
 */
public record ProfileDefinition(String name, String versionLabel, String introduction,
        List<CompetencyDefinition> competencies) {

    /**
     * One competency of the profile with its norm; levels in order 1..K, each an ordered list of indicators.
     * {@code documentPosition} is where its block stands in the document (the matrix order is the list's).
     */
    public record CompetencyDefinition(String label, String definition, String cluster, CompetencyKind kind, int norm,
            List<List<String>> levels, int documentPosition) {

        public int indicatorCount() {
            return levels.stream().mapToInt(List::size).sum();
        }
    }

    public int indicatorCount() {
        return competencies.stream().mapToInt(CompetencyDefinition::indicatorCount).sum();
    }
}
