package nl.spiegel360.home.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import nl.spiegel360.people.OwnAccount;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.SpiegelUser;

/** Tells the signed-in user who they are here and what waits for them. */
@Route("")
@Menu(order = 0, icon = "HOME", title = "home.title")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    HomeView(OwnAccount people, CurrentUser currentUser) {
        addClassName("page");
        PersonSummary me = people.me();
        SpiegelUser user = currentUser.require();
        var greeting = new H2(getTranslation("home.greeting", me.name()));
        greeting.setId("home-greeting");
        String roles = user.sortedRoles().stream().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "));
        var rolesLine = line("home.roles", roles, "home-roles");
        var teamLine = line("home.team", me.team() == null ? getTranslation("home.no-team") : me.team(), "home-team");
        var jobLine = line("home.job-title", me.jobTitle() == null ? "—" : me.jobTitle(), "home-job-title");
        var managerLine = line("home.manager",
                me.managerName() == null ? getTranslation("home.no-manager") : me.managerName(), "home-manager");
        add(greeting, rolesLine, jobLine, teamLine, managerLine);
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
