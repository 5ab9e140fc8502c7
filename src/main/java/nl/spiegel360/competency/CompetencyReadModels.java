package nl.spiegel360.competency;

import nl.spiegel360.base.Emphasis;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The read models of the competency feature. */
public final class CompetencyReadModels {

    private CompetencyReadModels() {
    }

    public record CompetencySummary(long id, String code, int revision, String label, String cluster,
            CompetencyKind kind, int levels, int indicators, boolean frozen) {
    }

    public record CompetencyDetail(long id, long version, String code, int revision, String label, String definition,
            String cluster, CompetencyKind kind, boolean frozen, List<LevelDetail> levels,
            Map<String, CompetencyText> translations) {
    }

    public record LevelDetail(int number, List<IndicatorDetail> indicators) {
    }

    /**
     * An indicator: its plain text, its phrasing for the self-assessment, its text with bold parts marked (see
     * {@link Emphasis}) and its translations by language code (marked too).
     */
    public record IndicatorDetail(long id, String text, @Nullable String selfText, String marked,
            Map<String, String> translations) {

        IndicatorDetail in(String language) {
            String translated = translations.get(language);
            return translated == null ? this
                    : new IndicatorDetail(id, Emphasis.plain(translated), null, translated, translations);
        }
    }

    public record RoleProfileSummary(long id, long version, String name, int revision, String versionLabel,
            boolean frozen, int competencies, int indicators) {
    }

    /** One competency as a profile uses it: with its norm and all its levels. */
    public record ProfileCompetency(long competencyId, String label, String definition, String cluster,
            CompetencyKind kind, int norm, int documentPosition, List<LevelDetail> levels,
            Map<String, CompetencyText> translations, boolean externalJudges) {

        ProfileCompetency in(String language) {
            CompetencyText t = translations.get(language);
            return new ProfileCompetency(competencyId, t == null ? label : t.label(),
                    t == null || t.definition().isBlank() ? definition : t.definition(), cluster, kind, norm,
                    documentPosition, levels.stream().map(l -> new LevelDetail(l.number(), l.indicators().stream()
                            .map(i -> i.in(language)).toList())).toList(), translations, externalJudges);
        }

        public int indicatorCount() {
            return levels.stream().mapToInt(l -> l.indicators().size()).sum();
        }
    }

    /** A whole profile revision, as raters saw it: the matrix in its order, each competency complete. */
    public record ProfileDocument(long id, long version, String name, int revision, String versionLabel,
            String introduction, boolean frozen, List<ProfileCompetency> competencies) {

        /**
         * The document as a reader of this language sees it: each label, definition and indicator in their language
         * where the profile has it, else in the original.
         */
        public ProfileDocument in(java.util.Locale locale) {
            String language = locale.getLanguage();
            if (language.equals(ProfileLanguages.ORIGINAL)) {
                return this;
            }
            return new ProfileDocument(id, version, name, revision, versionLabel, introduction, frozen,
                    competencies.stream().map(c -> c.in(language)).toList());
        }

        /** The competencies per cluster, clusters and competencies in the order of the document. */
        public java.util.Map<String, List<ProfileCompetency>> byCluster() {
            var result = new java.util.LinkedHashMap<String, List<ProfileCompetency>>();
            competencies.stream().sorted(java.util.Comparator.comparingInt(ProfileCompetency::documentPosition))
                    .forEach(c -> result.computeIfAbsent(c.cluster(), k -> new java.util.ArrayList<>()).add(c));
            return result;
        }
    }

    static CompetencySummary summary(Competency c) {
        return new CompetencySummary(c.getId(), c.getCode(), c.getRevision(), c.getLabel(), c.getCluster(),
                c.getKind(), c.getLevels().size(),
                c.getLevels().stream().mapToInt(l -> l.getIndicators().size()).sum(), c.isFrozen());
    }

    static CompetencyDetail detail(Competency c) {
        return new CompetencyDetail(c.getId(), c.getVersion(), c.getCode(), c.getRevision(), c.getLabel(),
                c.getDefinition(), c.getCluster(), c.getKind(), c.isFrozen(), levels(c),
                Map.copyOf(c.getTranslations()));
    }

    static List<LevelDetail> levels(Competency c) {
        return c.getLevels().stream().map(l -> new LevelDetail(l.getLevelNumber(), l.getIndicators().stream()
                .map(i -> new IndicatorDetail(i.getId(), i.getText(), i.getSelfText(), i.getMarked(),
                        Map.copyOf(i.getTranslations()))).toList())).toList();
    }

    static RoleProfileSummary summary(RoleProfile p) {
        return new RoleProfileSummary(p.getId(), p.getVersion(), p.getName(), p.getRevision(), p.getVersionLabel(),
                p.isFrozen(), p.getEntries().size(), p.getEntries().stream().mapToInt(e -> e.getCompetency()
                        .getLevels().stream().mapToInt(l -> l.getIndicators().size()).sum()).sum());
    }

    static ProfileDocument document(RoleProfile p) {
        return new ProfileDocument(p.getId(), p.getVersion(), p.getName(), p.getRevision(), p.getVersionLabel(),
                p.getIntroduction(), p.isFrozen(), p.getEntries().stream().map(e -> {
                    Competency c = e.getCompetency();
                    return new ProfileCompetency(c.getId(), c.getLabel(), c.getDefinition(), c.getCluster(),
                            c.getKind(), e.getNorm(), e.getDocumentPosition(), levels(c),
                            Map.copyOf(c.getTranslations()), e.isExternalJudges());
                }).toList());
    }
}
