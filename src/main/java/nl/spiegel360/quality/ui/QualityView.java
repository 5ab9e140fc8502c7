package nl.spiegel360.quality.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.spiegel360.base.ui.IdRoute;
import nl.spiegel360.quality.InstrumentQuality;
import nl.spiegel360.quality.InstrumentQuality.CompetencyLine;
import nl.spiegel360.quality.InstrumentQuality.IndicatorLine;
import nl.spiegel360.quality.InstrumentQuality.Page;
import nl.spiegel360.quality.InstrumentStatistics;
import nl.spiegel360.quality.InstrumentStatistics.GroupReliability;
import nl.spiegel360.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * How well a profile revision works, for HR: per competency Cronbach's alpha and per indicator its figures and
 * flags; per rater group how reliable one rater and the group's mean are, and how many raters a reliable mean needs.
 */
@Route("profiles/:id/quality")
@RolesAllowed(Role.HR_NAME)
class QualityView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient InstrumentQuality quality;
    private String title = "";

    QualityView(InstrumentQuality quality) {
        this.quality = quality;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        title = getTranslation("quality.title-plain");
        IdRoute.open(event, this, id -> render(quality.page(id, getLocale())));
    }

    private void render(Page page) {
        removeAll();
        title = getTranslation("quality.title", page.profileName(), page.revision());
        var heading = new H2(title);
        heading.setId("quality-title");
        var summary = new Paragraph(getTranslation("quality.summary", page.questionnaires(), page.reviews(),
                page.minimums().questionnaires(), page.minimums().employees()));
        summary.setId("quality-summary");
        var spec = new Paragraph(getTranslation("quality.about"));
        spec.addClassName("label");
        add(heading, summary, spec, new H3(getTranslation("quality.groups")), groups(page));
        var raters = new com.vaadin.flow.component.html.Div();
        raters.setId("quality-raters");
        var show = new com.vaadin.flow.component.button.Button(getTranslation("quality.raters.show"),
                e -> showRaters(page.profileId(), raters));
        show.setId("quality-raters-show");
        var about = new Paragraph(getTranslation("quality.raters.about"));
        about.addClassName("label");
        add(new H3(getTranslation("quality.raters")), about, show, raters);
        for (CompetencyLine c : page.competencies()) {
            add(competency(c, page));
        }
    }

    private Grid<GroupReliability> groups(Page page) {
        Grid<GroupReliability> grid = new Grid<>();
        grid.setId("quality-groups");
        grid.addColumn(g -> getTranslation("group." + g.group().name())).setHeader(getTranslation("quality.group"))
                .setFlexGrow(1);
        grid.addColumn(GroupReliability::employees).setHeader(getTranslation("quality.employees")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(g -> g.icc1() == null ? "—" : number(g.icc1()) + " · " + band(g.icc1()))
                .setHeader(getTranslation("quality.icc1")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> g.icc1k() == null ? "—" : number(g.icc1k()) + " · " + band(g.icc1k()))
                .setHeader(getTranslation("quality.icc1k")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(g -> g.ratersNeeded() == null ? "—" : String.valueOf(g.ratersNeeded()))
                .setHeader(getTranslation("quality.needed")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(page.groups());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Section competency(CompetencyLine c, Page page) {
        var section = new Section(new H3(c.label()));
        section.setId("quality-competency-" + c.competencyId());
        Double alpha = c.figures().alpha();
        var line = new Paragraph(alpha == null
                ? getTranslation("quality.alpha-none", c.figures().complete(), page.minimums().questionnaires())
                : getTranslation("quality.alpha", number(alpha), getTranslation("quality.alpha."
                        + InstrumentStatistics.AlphaBand.of(alpha).name()), c.figures().complete()));
        line.setId("quality-alpha-" + c.competencyId());
        Grid<IndicatorLine> grid = new Grid<>();
        grid.setId("quality-items-" + c.competencyId());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> getTranslation("quality.level", i.level()) + " · " + i.text())
                .setHeader(getTranslation("quality.indicator")).setFlexGrow(1);
        grid.addColumn(i -> i.figures().asked()).setHeader(getTranslation("quality.asked")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> percent(i.figures().cantJudgeRate())).setHeader(getTranslation("quality.cant-judge"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> number(i.figures().mean()) + " ± " + number(i.figures().sd()))
                .setHeader(getTranslation("quality.mean")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> number(i.figures().itemTotal())).setHeader(getTranslation("quality.item-total"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.figures().flags().stream().sorted().map(f -> getTranslation("quality.flag." + f.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("quality.flags")).setWidth("12rem")
                .setFlexGrow(0);
        grid.setItems(c.indicators());
        grid.setAllRowsVisible(true);
        section.add(line, grid);
        return section;
    }

    /** The rater effects, by name: HR asks for them, and the asking is audited. */
    private void showRaters(long profileId, com.vaadin.flow.component.html.Div into) {
        into.removeAll();
        var lines = quality.raterEffects(profileId);
        if (lines.isEmpty()) {
            into.add(new Paragraph(getTranslation("quality.raters.none")));
            return;
        }
        Grid<InstrumentQuality.RaterLine> grid = new Grid<>();
        grid.setId("quality-raters-grid");
        grid.addColumn(InstrumentQuality.RaterLine::name).setHeader(getTranslation("quality.rater")).setFlexGrow(1);
        grid.addColumn(l -> l.effect().questionnaires()).setHeader(getTranslation("quality.raters.questionnaires"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> leniency(l.effect().leniency())).setHeader(getTranslation("quality.raters.leniency"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> number(l.effect().halo())).setHeader(getTranslation("quality.raters.halo"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> percent(l.effect().straightLined()))
                .setHeader(getTranslation("quality.raters.straight")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
        into.add(grid);
    }

    private String leniency(@Nullable Double z) {
        if (z == null) {
            return "—";
        }
        String text = number(z);
        return z >= 2 ? text + " · " + getTranslation("quality.raters.lenient")
                : z <= -2 ? text + " · " + getTranslation("quality.raters.severe") : text;
    }

    private String band(double icc) {
        return getTranslation("quality.band." + InstrumentStatistics.Band.of(icc).name());
    }

    private String number(@Nullable Double value) {
        return nl.spiegel360.base.ui.Numbers.twoDecimals(value, getLocale());
    }

    private String percent(@Nullable Double value) {
        return nl.spiegel360.base.ui.Numbers.percent(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
