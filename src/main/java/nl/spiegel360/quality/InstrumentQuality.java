package nl.spiegel360.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.quality.InstrumentStatistics.CompetencyQuality;
import nl.spiegel360.quality.InstrumentStatistics.GroupReliability;
import nl.spiegel360.quality.InstrumentStatistics.Item;
import nl.spiegel360.quality.InstrumentStatistics.Minimums;
import nl.spiegel360.quality.InstrumentStatistics.Questionnaire;
import nl.spiegel360.review.SubmittedAnswers;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's view of how well one profile revision works, from the submitted questionnaires of its closed reviews (see
 * {@link InstrumentStatistics} and {@code src/docs/instrument-quality.md}). It names no rater and no employee.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('HR')")
public class InstrumentQuality {

    /** An indicator with its level, its text in the reader's language and its figures. */
    public record IndicatorLine(long indicatorId, int level, String text, Item figures) {
    }

    public record CompetencyLine(long competencyId, String label, CompetencyQuality figures,
            List<IndicatorLine> indicators) {
    }

    public record Page(long profileId, String profileName, int revision, int questionnaires, int reviews,
            Minimums minimums, List<CompetencyLine> competencies, List<GroupReliability> groups) {
    }

    /** One rater's habits, named: for HR alone. */
    public record RaterLine(String name, InstrumentStatistics.RaterEffect effect) {
    }

    private final ProfileReader profiles;
    private final SubmittedAnswers answers;
    private final nl.spiegel360.people.PersonDirectory people;
    private final nl.spiegel360.audit.AuditLog audit;

    InstrumentQuality(ProfileReader profiles, SubmittedAnswers answers, nl.spiegel360.people.PersonDirectory people,
            nl.spiegel360.audit.AuditLog audit) {
        this.profiles = profiles;
        this.answers = answers;
        this.people = people;
        this.audit = audit;
    }

    /**
     * The rater effects of a profile revision's raters, by name, most lenient first; opening them is audited. They
     * describe raters, never change a result, and reach no export, report or page but this one of HR's.
     */
    @Transactional
    public List<RaterLine> raterEffects(long profileId) {
        audit.record("quality.rater-effects", "role_profile", profileId, null);
        List<InstrumentStatistics.RaterEffect> effects = InstrumentStatistics.raterEffects(
                statisticsProfile(profiles.document(profileId)), questionnaires(answers.closedOnProfile(profileId)),
                Minimums.DEFAULT);
        var refs = people.refs(effects.stream().map(e -> Long.valueOf(e.rater())).toList());
        return effects.stream().map(e -> {
            var ref = refs.byId().get(Long.valueOf(e.rater()));
            return new RaterLine(ref == null ? "—" : ref.name(), e);
        }).sorted(java.util.Comparator.comparing((RaterLine l) -> l.effect().leniency() == null ? Double.NEGATIVE_INFINITY
                : l.effect().leniency()).reversed()).toList();
    }

    public Page page(long profileId, Locale locale) {
        return page(profileId, locale, Minimums.DEFAULT);
    }

    Page page(long profileId, Locale locale, Minimums minimums) {
        ProfileDocument document = profiles.document(profileId).in(locale);
        List<Questionnaire> submitted = questionnaires(answers.closedOnProfile(profileId));
        InstrumentStatistics.Result result = InstrumentStatistics.of(statisticsProfile(document), submitted,
                minimums);
        List<CompetencyLine> lines = new ArrayList<>();
        for (int c = 0; c < document.competencies().size(); c++) {
            ProfileCompetency competency = document.competencies().get(c);
            CompetencyQuality figures = result.competencies().get(c);
            Map<String, Item> byIndicator = new HashMap<>();
            figures.items().forEach(i -> byIndicator.put(i.indicator(), i));
            List<IndicatorLine> indicators = new ArrayList<>();
            competency.levels().forEach(l -> l.indicators().forEach(i -> indicators.add(new IndicatorLine(i.id(),
                    l.number(), i.text(), java.util.Objects.requireNonNull(byIndicator.get(String.valueOf(i.id())),
                            "every indicator of the profile has its figures")))));
            lines.add(new CompetencyLine(competency.competencyId(), competency.label(), figures, indicators));
        }
        long reviews = submitted.stream().map(Questionnaire::employee).distinct().count();
        return new Page(profileId, document.name(), document.revision(), result.questionnaires(), (int) reviews,
                minimums, lines, result.groups());
    }

    /** The profile as the statistics read it: per competency its indicators' ids. */
    static List<InstrumentStatistics.Competency> statisticsProfile(ProfileDocument document) {
        return document.competencies().stream()
                .map(c -> new InstrumentStatistics.Competency(String.valueOf(c.competencyId()), c.levels().stream()
                        .flatMap(l -> l.indicators().stream()).map(i -> String.valueOf(i.id())).toList()))
                .toList();
    }

    static List<Questionnaire> questionnaires(List<SubmittedAnswers.Answers> submitted) {
        // one name per indicator, shared by every questionnaire (a page at 10,000 employees reads six million)
        Map<Long, String> names = new HashMap<>();
        return submitted.stream().map(a -> {
            Map<String, @Nullable Integer> scores = HashMap.newHashMap(a.scores().size());
            a.scores().forEach((indicator, score) -> scores.put(names.computeIfAbsent(indicator, String::valueOf),
                    score));
            return new Questionnaire(String.valueOf(a.reviewId()), a.raterId() == null ? null
                    : String.valueOf(a.raterId()), a.group(), scores);
        }).toList();
    }
}
