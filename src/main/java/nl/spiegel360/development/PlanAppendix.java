package nl.spiegel360.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.development.PlanReadModels.Focus;
import nl.spiegel360.development.PlanReadModels.FocusLine;
import nl.spiegel360.development.PlanReadModels.PlanPage;
import nl.spiegel360.development.PlanReadModels.Reader;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.Report.CompetencyRow;
import nl.spiegel360.report.Report.IndicatorLine;
import nl.spiegel360.report.ReportAppendix;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewInfo;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plan in the report, on screen and in the PDF: the plan of this review (its state only for HR without
 * sharing), and the previous review's focus indicators with their scores then, in the pulse and now.
 */
@Component
class PlanAppendix implements ReportAppendix {

    private final PlanPages planPages;
    private final ReviewDataService reviewData;
    private final MessageSource messages;

    PlanAppendix(PlanPages planPages, ReviewDataService reviewData, MessageSource messages) {
        this.planPages = planPages;
        this.reviewData = reviewData;
        this.messages = messages;
    }

    @Override
    public List<Section> sections(Report report, Locale locale) {
        PlanTexts texts = new PlanTexts((key, args) -> messages.getMessage(key, args, locale), locale);
        List<Section> sections = new ArrayList<>();
        if (report.released()) {
            sections.add(thisPlan(planPages.plan(report.reviewId(), locale), texts));
        }
        Section previous = previousPlan(report, texts, locale);
        if (previous != null) {
            sections.add(previous);
        }
        return sections;
    }

    private Section thisPlan(PlanPage page, PlanTexts t) {
        List<String> lines = new ArrayList<>();
        lines.add(page.state() == null ? t.t("plan.none") : t.t("plan.state", t.t("plan.state." + page.state())));
        if (page.reader().readsContent()) {
            for (Focus focus : page.focus()) {
                lines.add(t.t("plan.focus.line", focus.competency(), t.t("plan.reason." + focus.reason())));
                for (FocusLine line : focus.indicators()) {
                    lines.add("· " + line.text());
                    t.changes(line, page.pulse() != null && Objects.requireNonNull(page.pulse()).closed())
                            .forEach(c -> lines.add("    " + c));
                }
                focus.actions().forEach(a -> lines.add("→ " + a.what()
                        + (a.dueOn() == null ? "" : " (" + t.t("plan.action.due-short", t.date(a.dueOn())) + ")")
                        + (a.done() ? " ✓" : "")));
            }
        }
        boolean opens = page.reader() == Reader.EMPLOYEE || page.reader() == Reader.MANAGER
                || page.reader() == Reader.HR_SHARED;
        return new Section("report-plan", t.t("plan.title-plain"), lines,
                opens ? "reviews/" + page.reviewId() + "/plan" : null, opens ? t.t("plan.open") : null);
    }

    /** The focus of the employee's previous plan, with each indicator's scores then and now. */
    private @Nullable Section previousPlan(Report report, PlanTexts t, Locale locale) {
        ReviewInfo earlier = reviewData.earlierReviews(report.reviewId()).stream().filter(ReviewInfo::released)
                .findFirst().orElse(null);
        if (earlier == null) {
            return null;
        }
        PlanPage previous;
        try {
            previous = planPages.plan(earlier.reviewId(), locale);
        } catch (UserFacingException notTheirs) {
            return null;
        }
        if (previous.state() == null || !previous.reader().readsContent() || previous.focus().isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (Focus focus : previous.focus()) {
            CompetencyRow row = report.rows().stream().filter(r -> r.competencyId() == focus.competencyId()
                    || r.label().equals(focus.competency())).findFirst().orElse(null);
            for (FocusLine line : focus.indicators()) {
                lines.add(focus.competency() + " · " + line.text());
                IndicatorLine now = row == null ? null : row.drilldown().indicators().stream()
                        .filter(i -> i.indicatorId() == line.indicatorId() || i.text().equals(line.text()))
                        .findFirst().orElse(null);
                for (var change : line.changes()) {
                    Double current = now == null ? null : now.groupScores().get(change.group());
                    lines.add("    " + t.t("plan.previous.line", t.t("group." + change.group().name()),
                            t.number(change.before()), t.number(change.after()), t.number(current)));
                }
                if (line.changes().isEmpty() && now != null) {
                    Double current = now.groupScores().get(RaterGroup.PEER);
                    lines.add("    " + t.t("plan.previous.now", t.number(Objects.requireNonNullElse(current,
                            now.consensus()))));
                }
            }
        }
        return new Section("report-previous-plan", t.t("plan.previous.title", earlier.cycleName()), lines, null,
                null);
    }
}
