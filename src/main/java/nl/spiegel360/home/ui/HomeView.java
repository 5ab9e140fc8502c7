package nl.spiegel360.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.ui.Dates;
import nl.spiegel360.development.PlanLists;
import nl.spiegel360.development.PlanReadModels.PlanLine;
import nl.spiegel360.development.PlanReadModels.PulseRequestLine;
import nl.spiegel360.development.Pulses;
import nl.spiegel360.people.OwnAccount;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.review.ReviewInbox;
import nl.spiegel360.review.ReviewInbox.Inbox;
import nl.spiegel360.review.ReviewReadModels.RequestSummary;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.SpiegelUser;
import org.jspecify.annotations.Nullable;

/**
 * The start page is an inbox: what waits for the signed-in user, per kind with its count and deadline, each item one
 * click from its task; below it who they are here.
 */
@Route("")
@Menu(order = 0, icon = "HOME", title = "home.title")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    /** More look-alike questionnaires than this, for others in one cycle, are one line that opens the list. */
    private static final int FOLD = 5;

    private final LocalDate today;

    HomeView(OwnAccount people, CurrentUser currentUser, ReviewInbox reviews, PlanLists planLists, Pulses pulses,
            Clock clock) {
        addClassName("page");
        today = LocalDate.now(clock);
        PersonSummary me = people.me();
        SpiegelUser user = currentUser.require();
        var greeting = new H2(getTranslation("home.greeting", me.name()));
        greeting.setId("home-greeting");
        add(greeting, inbox(reviews.inbox(), planLists.waiting(), pulses.myRequests().stream()
                .filter(p -> p.open() && !p.submitted()).toList()));
        String roles = user.sortedRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "));
        var about = new Div(new H3(getTranslation("home.about")), line("home.roles", roles, "home-roles"),
                line("home.job-title", me.jobTitle() == null ? "—" : me.jobTitle(), "home-job-title"),
                line("home.team", me.team() == null ? getTranslation("home.no-team") : me.team(), "home-team"),
                line("home.manager", me.managerName() == null ? getTranslation("home.no-manager") : me.managerName(),
                        "home-manager"));
        about.setId("home-about");
        add(about);
    }

    private Div inbox(Inbox inbox, List<PlanLine> plans, List<PulseRequestLine> pulses) {
        var section = new Div();
        section.setId("home-inbox");
        section.addClassName("home-inbox");
        int total = inbox.size() + plans.size() + pulses.size();
        var heading = new H3(getTranslation("home.inbox", total));
        heading.setId("home-inbox-title");
        section.add(heading);
        if (total == 0) {
            var none = new Paragraph(getTranslation("home.inbox.none"));
            none.setId("home-inbox-none");
            section.add(none);
            return section;
        }
        group(section, "questionnaires", questionnaires(inbox.questionnaires()));
        group(section, "pulses", pulses.stream().map(p -> item("pulses/" + p.requestId(),
                getTranslation("home.task.pulse", p.employeeName()), p.closesOn())).toList());
        group(section, "nominate", inbox.toNominate().stream().map(t -> item("reviews/" + t.reviewId() + "/nomination",
                getTranslation("home.task.nominate", t.cycleName(), t.peers(), t.peersMin()), t.deadline())).toList());
        group(section, "approve", folded("approve", inbox.toApprove().stream().map(t -> item("reviews/"
                + t.reviewId() + "/nomination", getTranslation("home.task.approve", t.count(), t.employeeName()),
                t.deadline())).toList()));
        group(section, "close", folded("close", inbox.toClose().stream().map(t -> item("reviews/" + t.reviewId()
                + "/report", getTranslation("home.task.close", t.employeeName()), t.deadline())).toList()));
        group(section, "release", folded("release", inbox.toRelease().stream().map(t -> item("reviews/"
                + t.reviewId() + "/report", getTranslation("home.task.release", t.employeeName(), t.cycleName()),
                null)).toList()));
        group(section, "plans", plans.stream().map(p -> item("reviews/" + p.reviewId() + "/plan",
                p.state() == null || p.state() == nl.spiegel360.development.PlanState.DRAFT
                        ? getTranslation("home.task.plan-write", p.cycleName())
                        : getTranslation("home.task.plan-agree", p.employeeName()), null)).toList());
        group(section, "cycles", inbox.cycles().stream().map(c -> item("cycles/" + c.cycleId(),
                getTranslation("home.task.cycle", c.name(), getTranslation("cycle.state." + c.state()),
                        c.submitted(), c.asked(), c.open()), c.deadline())).toList());
        return section;
    }

    /**
     * The open questionnaires: under each cycle's name when they come from more than one, and per cycle the ones for
     * others folded into one line that opens "my requests" when there are more than {@link #FOLD} of them.
     */
    private List<ListItem> questionnaires(List<RequestSummary> open) {
        Map<String, List<RequestSummary>> byCycle = open.stream().collect(Collectors.groupingBy(
                RequestSummary::cycleName, LinkedHashMap::new, Collectors.toList()));
        List<ListItem> items = new ArrayList<>();
        for (var cycle : byCycle.entrySet()) {
            List<ListItem> ofCycle = new ArrayList<>();
            List<RequestSummary> others = cycle.getValue().stream().filter(r -> r.group() != RaterGroup.SELF)
                    .toList();
            for (RequestSummary r : cycle.getValue()) {
                if (r.group() == RaterGroup.SELF) {
                    ofCycle.add(item("requests/" + r.assignmentId(), getTranslation("home.task.self", r.answered(),
                            r.total()), r.lastDay()));
                } else if (others.size() <= FOLD) {
                    ofCycle.add(item("requests/" + r.assignmentId(), getTranslation("home.task.questionnaire",
                            r.employeeName(), r.answered(), r.total()), r.lastDay()));
                }
            }
            if (others.size() > FOLD) {
                ofCycle.add(item("requests", getTranslation("home.task.questionnaires-folded", others.size(),
                        others.stream().mapToInt(RequestSummary::answered).sum(),
                        others.stream().mapToInt(RequestSummary::total).sum()),
                        others.stream().map(RequestSummary::lastDay).min(LocalDate::compareTo).orElse(null)));
            }
            if (byCycle.size() == 1) {
                items.addAll(ofCycle);
            } else {
                var name = new Span(cycle.getKey());
                name.addClassName("home-cycle");
                var list = new UnorderedList();
                list.addClassName("home-tasks");
                ofCycle.forEach(list::add);
                items.add(new ListItem(name, list));
            }
        }
        return items;
    }

    /** More than {@link #FOLD} look-alike tasks of the manager's team are one line that opens the team's page. */
    private List<ListItem> folded(String kind, List<ListItem> items) {
        return items.size() <= FOLD ? items
                : List.of(item("team", getTranslation("home.task." + kind + "-folded", items.size()), null));
    }

    private void group(Div section, String kind, List<ListItem> items) {
        if (items.isEmpty()) {
            return;
        }
        var list = new UnorderedList();
        list.setId("home-" + kind);
        list.addClassName("home-tasks");
        items.forEach(list::add);
        var title = new Span(getTranslation("home.group." + kind, items.size()));
        title.addClassName("home-group");
        section.add(title, list);
    }

    private ListItem item(String href, String text, @Nullable LocalDate deadline) {
        var link = new Anchor(href, text);
        var item = new ListItem(link);
        if (deadline != null && !deadline.isBefore(today)) {
            var due = new Span(getTranslation("home.due", Dates.format(deadline, getLocale())));
            due.addClassName("label");
            item.add(new Span(" "), due);
        }
        return item;
    }

    private Paragraph line(String labelKey, String value, String id) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("label");
        var text = new Span(value);
        text.setId(id);
        return new Paragraph(label, text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
