package nl.spiegel360.competency;

import java.util.List;
import java.util.Map;

/**
 * A competency as HR edits it: levels 1..K in order, each a list of indicators, and the label and definition in
 * other languages by language code.
 */
public record CompetencyDraft(String label, String definition, String cluster, CompetencyKind kind,
        List<List<IndicatorDraft>> levels, Map<String, CompetencyText> translations) {

    public CompetencyDraft(String label, String definition, String cluster, CompetencyKind kind,
            List<List<IndicatorDraft>> levels) {
        this(label, definition, cluster, kind, levels, Map.of());
    }
}
