package nl.spiegel360.development;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.development.PlanReadModels.Action;
import nl.spiegel360.development.PlanReadModels.Change;
import nl.spiegel360.development.PlanReadModels.Entry;
import nl.spiegel360.development.PlanReadModels.Focus;
import nl.spiegel360.development.PlanReadModels.FocusLine;
import nl.spiegel360.development.PlanReadModels.PlanPage;
import nl.spiegel360.development.PlanReadModels.Reader;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.Report.IndicatorLine;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.ReviewInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One development plan as its reader may see it: the employee and the manager whole (the employee with the report's
 * proposals), HR its state, and its content only when the employee shared it (audited as reading it). The focus
 * indicators carry the report's scores per group and the pulse's, both from the one engine.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PlanPages {

    private final PlanAccess access;
    private final PulseRepository pulses;
    private final PulseSummaries pulseSummaries;
    private final PlanEntryRepository entries;
    private final ReportService reports;
    private final ProfileReader profiles;
    private final PersonDirectory people;
    private final AuditLog audit;

    PlanPages(PlanAccess access, PulseRepository pulses, PulseSummaries pulseSummaries, PlanEntryRepository entries,
            ReportService reports, ProfileReader profiles, PersonDirectory people, AuditLog audit) {
        this.access = access;
        this.pulses = pulses;
        this.pulseSummaries = pulseSummaries;
        this.entries = entries;
        this.reports = reports;
        this.profiles = profiles;
        this.people = people;
        this.audit = audit;
    }

    /** The plan of a released review as its reader may see it (with the report's proposals for the employee). */
    @Transactional
    public PlanPage plan(long reviewId) {
        return plan(reviewId, LocalePreference.SUPPORTED.getFirst());
    }

    /** As {@link #plan(long)}, with the competencies and indicators in the reader's language where they can be. */
    @Transactional
    public PlanPage plan(long reviewId, Locale locale) {
        ReviewInfo info = access.released(reviewId);
        DevelopmentPlan plan = access.planOf(reviewId);
        Reader reader = access.reader(info, plan);
        if (!reader.readsContent()) {
            return new PlanPage(reviewId, info.employeeName(), info.cycleName(), reader,
                    plan == null ? null : plan.getState(), false, null, List.of(), List.of(), List.of(), null);
        }
        if (reader == Reader.HR_SHARED) {
            audit.record("plan.viewed", "review", reviewId, "shared with HR");
        }
        return page(info, plan, reader, reports.reportForFollowUp(reviewId, locale), plan == null ? null
                : profiles.texts(plan.getFocus().stream().map(PlanFocus::getCompetencyId).toList(), locale));
    }

    /**
     * The plan in a personal-data export, as its reader may see it on screen: the employee's own export holds it
     * whole; HR's holds its content only when the employee shared it (and is audited as reading it), else only
     * whether it exists and its state. Null when the review has no plan or is not released.
     */
    @Transactional
    public @Nullable PlanPage export(long reviewId) {
        // the review is read first: a reader who may not see it meets "not found", whether or not it has a plan
        return !access.isReleased(reviewId) || access.planOf(reviewId) == null ? null : plan(reviewId);
    }

    private PlanPage page(ReviewInfo info, @Nullable DevelopmentPlan plan, Reader reader, Report report,
            ProfileReader.@Nullable Texts texts) {
        if (plan == null) {
            return new PlanPage(info.reviewId(), info.employeeName(), info.cycleName(), reader, null, false, null,
                    reader == Reader.EMPLOYEE ? Proposals.of(report) : List.of(), List.of(), List.of(), null);
        }
        Pulse pulse = pulses.findByPlanId(plan.getId()).orElse(null);
        Map<Long, Map<RaterGroup, PulseResults.Cell>> after = PulseResults.read(pulse == null ? null
                : pulse.getResult());
        List<Focus> focus = new ArrayList<>();
        Map<Long, String> focusNames = new HashMap<>();
        for (PlanFocus f : plan.getFocus()) {
            String name = f.name(texts);
            focusNames.put(f.getId(), name);
            CompetencyRow row = report.rows().stream().filter(r -> r.competencyId() == f.getCompetencyId())
                    .findFirst().orElse(null);
            List<FocusLine> lines = f.getIndicators().stream().map(i -> new FocusLine(i.getIndicatorId(),
                    i.getLevel(), i.text(texts), changes(row, i.getIndicatorId(), after.get(i.getIndicatorId()))))
                    .toList();
            focus.add(new Focus(f.getId(), f.getCompetencyId(), name, f.getReason(), lines,
                    f.getActions().stream().map(a -> new Action(a.getId(), a.getWhat(), a.getDueOn(),
                            a.getSupport(), a.isDone())).toList()));
        }
        List<PlanEntry> history = entries.findByPlanIdOrderByCreatedAtAscIdAsc(plan.getId());
        Set<Long> authors = new HashSet<>();
        history.forEach(e -> {
            if (e.getAuthorId() != null) {
                authors.add(e.getAuthorId());
            }
        });
        var names = people.refs(authors);
        List<Entry> lines = history.stream().map(e -> new Entry(e.getKind(),
                e.getAuthorId() == null || names.get(e.getAuthorId()) == null ? ""
                        : names.get(Objects.requireNonNull(e.getAuthorId())).name(),
                e.getFocusId() == null ? null : focusNames.get(e.getFocusId()), e.getText(), e.getCreatedAt()))
                .toList();
        Set<Long> chosen = new HashSet<>();
        plan.getFocus().forEach(f -> chosen.add(f.getCompetencyId()));
        List<PlanReadModels.Proposal> proposals = reader == Reader.EMPLOYEE
                && plan.getFocus().size() < PlanLimits.MAX_FOCUS
                ? Proposals.of(report).stream().filter(p -> !chosen.contains(p.competencyId())).toList() : List.of();
        return new PlanPage(info.reviewId(), info.employeeName(), info.cycleName(), reader, plan.getState(),
                plan.isSharedWithHr(), plan.getAgreedAt(), proposals, focus, lines,
                pulse == null ? null : pulseSummaries.of(List.of(pulse)).get(pulse.getId()));
    }

    /** Per group, the report's score (with the group's respondents) and the pulse's; groups with neither left out. */
    static List<Change> changes(@Nullable CompetencyRow row, long indicatorId,
            @Nullable Map<RaterGroup, PulseResults.Cell> after) {
        IndicatorLine line = row == null ? null : row.drilldown().indicators().stream()
                .filter(i -> i.indicatorId() == indicatorId).findFirst().orElse(null);
        List<Change> changes = new ArrayList<>();
        for (RaterGroup group : EnumSet.allOf(RaterGroup.class)) {
            Double before = line == null ? null : line.groupScores().get(group);
            int beforeCount = before == null ? 0 : scoresBehind(Objects.requireNonNull(line), group, row);
            PulseResults.Cell later = after == null ? null : after.get(group);
            if (before != null || later != null) {
                changes.add(new Change(group, before, beforeCount, later == null ? null : later.mean(),
                        later == null ? 0 : later.count()));
            }
        }
        return changes;
    }

    /**
     * How many scores a group's score of an indicator rests on: the engine's count of the item's answers, or the
     * group's respondents in a result stored before the engine counted them.
     */
    private static int scoresBehind(IndicatorLine line, RaterGroup group, @Nullable CompetencyRow row) {
        var spread = line.spread() == null ? null : Objects.requireNonNull(line.spread()).groups().get(group);
        if (spread != null) {
            return spread.n();
        }
        Report.GroupCell cell = row == null ? null : row.group(group);
        return cell == null ? 0 : cell.respondents();
    }
}
