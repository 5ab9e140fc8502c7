package nl.spiegel360.competency;

import nl.spiegel360.base.Emphasis;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The rules every competency and profile must keep, whether typed, read from a document or from JSON. */
final class CompetencyRules {

    private CompetencyRules() {
    }

    /** The translation key of the first problem of this competency, or null. */
    static @Nullable String problem(@Nullable String label, @Nullable String definition, @Nullable String cluster,
            @Nullable CompetencyKind kind, List<? extends List<String>> levels) {
        if (label == null || label.isBlank()) {
            return "competency.error.label-required";
        }
        if (label.strip().length() > CompetencyLimits.LABEL_MAX) {
            return "competency.error.label-too-long";
        }
        if (definition == null || definition.isBlank()) {
            return "competency.error.definition-required";
        }
        if (definition.strip().length() > CompetencyLimits.DEFINITION_MAX) {
            return "competency.error.definition-too-long";
        }
        if (cluster == null || cluster.isBlank()) {
            return "competency.error.cluster-required";
        }
        if (cluster.strip().length() > CompetencyLimits.CLUSTER_MAX) {
            return "competency.error.cluster-too-long";
        }
        if (kind == null) {
            return "competency.error.kind-required";
        }
        if (levels.isEmpty()) {
            return "competency.error.levels-required";
        }
        if (levels.size() > CompetencyLimits.MAX_LEVELS) {
            return "competency.error.too-many-levels";
        }
        for (List<String> level : levels) {
            if (level.isEmpty()) {
                return "competency.error.empty-level";
            }
            for (String indicator : level) {
                if (indicator == null || indicator.isBlank()) {
                    return "competency.error.indicator-required";
                }
                if (Emphasis.plain(indicator.strip()).length() > CompetencyLimits.INDICATOR_MAX
                        || indicator.strip().length() > CompetencyLimits.MARKED_MAX) {
                    return "competency.error.indicator-too-long";
                }
            }
        }
        return null;
    }

    /**
     * The translation key of the first problem of a competency's translations: a language the product does not
     * offer, a missing or too long label, a too long definition or indicator. Null when there is none.
     */
    static @Nullable String translationProblem(java.util.Map<String, CompetencyText> competency,
            List<? extends List<IndicatorDraft>> levels) {
        java.util.Set<String> languages = new java.util.HashSet<>(competency.keySet());
        levels.forEach(l -> l.forEach(i -> i.translations().forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                languages.add(language);
            }
        })));
        if (!ProfileLanguages.TRANSLATIONS.containsAll(languages)) {
            return "competency.error.translation-language";
        }
        for (String language : languages) {
            if (!competency.containsKey(language)) {
                return "competency.error.translation-label-required";
            }
        }
        for (CompetencyText t : competency.values()) {
            if (t.label().isBlank()) {
                return "competency.error.label-required";
            }
            if (t.label().strip().length() > CompetencyLimits.LABEL_MAX) {
                return "competency.error.label-too-long";
            }
            if (t.definition().strip().length() > CompetencyLimits.DEFINITION_MAX) {
                return "competency.error.definition-too-long";
            }
        }
        for (List<IndicatorDraft> level : levels) {
            for (IndicatorDraft indicator : level) {
                for (String text : indicator.translations().values()) {
                    if (Emphasis.plain(text.strip()).length() > CompetencyLimits.INDICATOR_MAX
                            || text.strip().length() > CompetencyLimits.MARKED_MAX) {
                        return "competency.error.indicator-too-long";
                    }
                }
            }
        }
        return null;
    }

    static List<List<String>> texts(List<List<IndicatorDraft>> levels) {
        return levels.stream().map(l -> l.stream().map(IndicatorDraft::text).toList()).toList();
    }

    /** A readable, stable code for a label: lower case, accents removed, words joined by hyphens. */
    static String code(String label) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        code = code.isEmpty() ? "competentie" : code;
        return code.length() > CompetencyLimits.CODE_MAX ? code.substring(0, CompetencyLimits.CODE_MAX) : code;
    }
}
