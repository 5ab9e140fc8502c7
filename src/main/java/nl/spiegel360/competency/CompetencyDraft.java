package nl.spiegel360.competency;

import java.util.List;

/** A competency as HR edits it: levels 1..K in order, each a list of indicators. */
public record CompetencyDraft(String label, String definition, String cluster, CompetencyKind kind,
        List<List<IndicatorDraft>> levels) {
}
