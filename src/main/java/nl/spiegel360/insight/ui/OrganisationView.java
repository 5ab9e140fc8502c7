package nl.spiegel360.insight.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.spiegel360.base.Spreadsheet;
import nl.spiegel360.insight.OrganisationFigures.Cell;
import nl.spiegel360.insight.OrganisationFigures.Figures;
import nl.spiegel360.insight.OrganisationInsight;
import nl.spiegel360.insight.OrganisationInsight.Grouping;
import nl.spiegel360.insight.OrganisationInsight.LearningNeed;
import nl.spiegel360.insight.OrganisationInsight.Row;
import nl.spiegel360.insight.OrganisationInsight.Selection;
import nl.spiegel360.insight.OrganisationInsight.View;
import nl.spiegel360.security.Role;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Where the organisation stands against its norms, for HR (everyone) and a manager (their span of control): per team,
 * role profile or cycle and competency the share of people at or above the norm and the mean gap, the spread of
 * levels, and the behaviours that most often held people back; small groups hidden, also from subtraction.
 */
@Route("organisation")
@Menu(order = 47, icon = "BAR_CHART", title = "insight.title")
@RolesAllowed({Role.MANAGER_NAME, Role.HR_NAME})
class OrganisationView extends Main implements HasDynamicTitle {

    /** Shown where no profile or team is chosen. */
    private static final String ALL = "\u0000all";

    private final transient OrganisationInsight insight;
    private final Select<Long> cycle = new Select<>();
    private final Select<String> profile = new Select<>();
    private final Select<String> team = new Select<>();
    private final Select<Grouping> grouping = new Select<>();
    private final Div content = new Div();

    OrganisationView(OrganisationInsight insight) {
        this.insight = insight;
        addClassName("page");
        var about = new Paragraph(getTranslation("insight.about"));
        about.addClassName("label");
        var choices = insight.choices(getLocale());
        if (choices.cycles().isEmpty()) {
            add(about, new Paragraph(getTranslation("insight.none")));
            return;
        }
        Map<Long, String> cycleNames = new java.util.LinkedHashMap<>();
        choices.cycles().reversed().forEach(c -> cycleNames.put(c.id(), c.name()));
        cycle.setLabel(getTranslation("insight.cycle"));
        cycle.setId("insight-cycle");
        cycle.setItems(List.copyOf(cycleNames.keySet()));
        cycle.setItemLabelGenerator(id -> cycleNames.getOrDefault(id, ""));
        // the latest cycle that has enough released reviews to show, else the latest
        cycle.setValue(choices.cycles().reversed().stream().map(OrganisationInsight.CycleChoice::id)
                .filter(id -> insight.view(new Selection(id, null, null, Grouping.TEAM), getLocale()).refusal() == null)
                .findFirst().orElse(choices.cycles().getLast().id()));
        profile.setLabel(getTranslation("insight.profile"));
        profile.setId("insight-profile");
        profile.setItems(with(ALL, choices.profiles()));
        profile.setItemLabelGenerator(p -> ALL.equals(p) ? getTranslation("insight.all-profiles") : p);
        profile.setValue(ALL);
        team.setLabel(getTranslation("insight.team"));
        team.setId("insight-team");
        team.setItems(with(ALL, choices.teams()));
        team.setItemLabelGenerator(this::teamLabel);
        team.setValue(ALL);
        grouping.setLabel(getTranslation("insight.grouping"));
        grouping.setId("insight-grouping");
        grouping.setItems(Grouping.values());
        grouping.setItemLabelGenerator(g -> getTranslation("insight.grouping." + g.name()));
        grouping.setValue(Grouping.TEAM);
        for (var select : List.of(cycle, profile, team, grouping)) {
            select.setWidth("min(18rem, 100%)");
            select.addValueChangeListener(e -> show());
        }
        var filters = new FlexLayout(cycle, profile, team, grouping);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");
        content.setId("insight-content");
        add(about, filters, content);
        show();
    }

    private static List<String> with(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private void show() {
        content.removeAll();
        Grouping g = grouping.getValue() == null ? Grouping.TEAM : grouping.getValue();
        View view = insight.view(new Selection(cycle.getValue(), chosen(profile.getValue()), chosen(team.getValue()),
                g), getLocale());
        var minimum = new Paragraph(getTranslation("insight.minimum", view.minimum()));
        minimum.addClassName("label");
        minimum.setId("insight-minimum");
        content.add(minimum);
        if (!view.shown() && view.refusal() != null) {
            var refused = new Paragraph(getTranslation("insight.refused." + view.refusal().name(), view.minimum()));
            refused.setId("insight-refused");
            refused.addClassName("notice");
            content.add(refused);
            return;
        }
        Integer about = view.peopleAbout();
        var people = new Paragraph(about == null ? getTranslation("insight.trend")
                : getTranslation("insight.people", about));
        people.setId("insight-people");
        content.add(people);
        for (String label : view.breaks()) {
            var broken = new Paragraph(getTranslation("insight.break", label));
            broken.addClassName("notice");
            content.add(broken);
        }
        content.add(heatmap(view, g), downloads(view, g));
        if (view.total() != null) {
            content.add(new H3(getTranslation("insight.distribution")), distribution(view));
        }
        if (view.peopleAbout() != null) {
            content.add(new H3(getTranslation("insight.needs")), needs(view.needs()));
        }
    }

    private static @Nullable String chosen(@Nullable String value) {
        return value == null || ALL.equals(value) ? null : value;
    }

    private String teamLabel(String value) {
        return ALL.equals(value) ? getTranslation("insight.all-teams")
                : value.isEmpty() ? getTranslation("insight.no-team") : value;
    }

    /** Groups by competencies: the share at or above the norm and the mean gap, hidden cells said as such. */
    private Grid<Row> heatmap(View view, Grouping g) {
        Grid<Row> grid = new Grid<>();
        grid.setId("insight-heatmap");
        grid.addClassName("heatmap");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("insight.caption"));
        grid.addColumn(r -> rowLabel(r, g)).setHeader(getTranslation("insight.grouping." + g.name()))
                .setAutoWidth(true).setFrozen(true).setRowHeader(true);
        for (int i = 0; i < view.columns().size(); i++) {
            int index = i;
            var heading = new Span(view.columns().get(i).label());
            heading.addClassName("wrapping-heading");
            grid.addColumn(r -> cellText(r.cells().get(index))).setHeader(heading).setWidth("8rem").setFlexGrow(1)
                    .setPartNameGenerator(r -> "heat-" + heat(r.cells().get(index)));
        }
        List<Row> rows = new ArrayList<>(view.rows());
        if (view.total() != null) {
            rows.add(view.total());
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String rowLabel(Row row, Grouping g) {
        if (row.key().isEmpty() && row.label().isEmpty()) {
            return getTranslation("insight.total");
        }
        return g == Grouping.TEAM ? teamLabel(row.label()) : row.label();
    }

    private String cellText(Cell cell) {
        if (cell.people() == 0) {
            return "";
        }
        Figures f = cell.figures();
        if (f == null) {
            return getTranslation("insight.hidden");
        }
        return getTranslation("insight.cell", percent(f.share()), signed(f.meanGap()), cell.people());
    }

    /** The cell's colour: most at or above the norm, about half, or fewer; hidden and empty cells grey. */
    private static String heat(Cell cell) {
        Figures f = cell.figures();
        if (f == null || f.share() == null) {
            return "insufficient";
        }
        return f.share() >= 0.8 ? "above" : f.share() >= 0.5 ? "meets" : "below";
    }

    /** Per competency of the selection's total: how many people stand at each level. */
    private Grid<Integer> distribution(View view) {
        Row total = java.util.Objects.requireNonNull(view.total());
        int top = total.cells().stream().map(Cell::figures).filter(java.util.Objects::nonNull)
                .flatMap(f -> f.levels().keySet().stream()).max(Integer::compare).orElse(3);
        Grid<Integer> grid = new Grid<>();
        grid.setId("insight-distribution");
        grid.addColumn(i -> view.columns().get(i).label()).setHeader(getTranslation("insight.competency"))
                .setAutoWidth(true).setRowHeader(true);
        for (int level = 0; level <= top; level++) {
            int l = level;
            grid.addColumn(i -> {
                Figures f = total.cells().get(i).figures();
                return f == null ? getTranslation("insight.hidden") : String.valueOf(f.levels().getOrDefault(l, 0));
            }).setHeader(getTranslation("insight.level", level)).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(i -> bar(total.cells().get(i))).setHeader(getTranslation("insight.spread")).setFlexGrow(1);
        grid.setItems(java.util.stream.IntStream.range(0, view.columns().size()).boxed().toList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The spread as text a screen reader reads too: a block per person at each level. */
    private static String bar(Cell cell) {
        Figures f = cell.figures();
        if (f == null) {
            return "";
        }
        StringBuilder bar = new StringBuilder();
        f.levels().forEach((level, n) -> {
            if (!bar.isEmpty()) {
                bar.append("  ");
            }
            bar.append(level).append(' ').append("\u2588".repeat(Math.max(1, (int) Math.round(20.0 * n
                    / Math.max(1, f.withLevel())))));
        });
        return bar.toString();
    }

    private Grid<LearningNeed> needs(List<LearningNeed> needs) {
        Grid<LearningNeed> grid = new Grid<>();
        grid.setId("insight-needs");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> n.competency() + " · " + getTranslation("insight.level", n.level()))
                .setHeader(getTranslation("insight.competency")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LearningNeed::text).setHeader(getTranslation("insight.indicator")).setFlexGrow(1);
        grid.addColumn(LearningNeed::people).setHeader(getTranslation("insight.held-back")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> number(n.meanShortfall())).setHeader(getTranslation("insight.shortfall"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LearningNeed::inPlans).setHeader(getTranslation("insight.in-plans")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(n -> n.pulses() == 0 ? "" : n.movement() == null ? getTranslation("insight.hidden")
                : getTranslation("insight.moved", signed(n.movement()), n.pulses()))
                .setHeader(getTranslation("insight.pulse")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(needs.stream().limit(15).toList());
        grid.setAllRowsVisible(true);
        if (needs.isEmpty()) {
            grid.setVisible(false);
        }
        return grid;
    }

    private Div downloads(View view, Grouping g) {
        var table = new Anchor(DownloadHandler.fromInputStream(e -> response(csv(tableLines(view, g)),
                "organisatie.csv", "text/csv;charset=UTF-8")), getTranslation("insight.csv"));
        table.setId("insight-csv");
        table.setDownload(true);
        var pdf = new Anchor(DownloadHandler.fromInputStream(e -> response(pdf(view, g), "organisatie.pdf",
                "application/pdf")), getTranslation("insight.pdf"));
        pdf.setId("insight-pdf");
        pdf.setDownload(true);
        var links = new Div(table, pdf);
        if (!view.needs().isEmpty()) {
            var needs = new Anchor(DownloadHandler.fromInputStream(e -> response(csv(needsLines(view.needs())),
                    "leerbehoeften.csv", "text/csv;charset=UTF-8")), getTranslation("insight.needs-csv"));
            needs.setId("insight-needs-csv");
            needs.setDownload(true);
            links.add(needs);
        }
        links.addClassName("link-row");
        return links;
    }

    private static DownloadResponse response(byte[] content, String name, String type) {
        return new DownloadResponse(new ByteArrayInputStream(content), name, type, content.length);
    }

    /** One line per group and competency, as the page shows it; hidden cells without figures. */
    private List<List<String>> tableLines(View view, Grouping g) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(getTranslation("insight.grouping." + g.name()), getTranslation("insight.competency"),
                getTranslation("insight.csv.people"), getTranslation("insight.csv.share"),
                getTranslation("insight.csv.gap"), getTranslation("insight.csv.levels")));
        List<Row> rows = new ArrayList<>(view.rows());
        if (view.total() != null) {
            rows.add(view.total());
        }
        for (Row row : rows) {
            for (int i = 0; i < view.columns().size(); i++) {
                Cell cell = row.cells().get(i);
                if (cell.people() == 0) {
                    continue;
                }
                Figures f = cell.figures();
                lines.add(List.of(rowLabel(row, g), view.columns().get(i).label(),
                        f == null ? getTranslation("insight.hidden") : String.valueOf(cell.people()),
                        f == null ? "" : percent(f.share()), f == null ? "" : signed(f.meanGap()),
                        f == null ? "" : levels(f)));
            }
        }
        return lines;
    }

    private List<List<String>> needsLines(List<LearningNeed> needs) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(getTranslation("insight.competency"), getTranslation("insight.csv.level"),
                getTranslation("insight.indicator"), getTranslation("insight.held-back"),
                getTranslation("insight.shortfall"), getTranslation("insight.csv.weight"),
                getTranslation("insight.in-plans"), getTranslation("insight.csv.pulses"),
                getTranslation("insight.csv.movement")));
        for (LearningNeed n : needs) {
            lines.add(List.of(n.competency(), String.valueOf(n.level()), n.text(), String.valueOf(n.people()),
                    number(n.meanShortfall()), number(n.weight()), String.valueOf(n.inPlans()),
                    String.valueOf(n.pulses()), n.pulses() == 0 ? ""
                            : n.movement() == null ? getTranslation("insight.hidden") : signed(n.movement())));
        }
        return lines;
    }

    /** The page as a PDF: the selection, the rule, the table and the learning needs. */
    private byte[] pdf(View view, Grouping g) {
        List<String> about = new ArrayList<>();
        about.add(getTranslation("insight.cycle") + ": " + cycle.getOptionalValue().map(id -> cycle
                .getItemLabelGenerator().apply(id)).orElse("") + " · " + getTranslation("insight.profile") + ": "
                + profile.getItemLabelGenerator().apply(java.util.Objects.requireNonNullElse(profile.getValue(), ALL))
                + " · " + getTranslation("insight.team") + ": " + teamLabel(java.util.Objects.requireNonNullElse(
                        team.getValue(), ALL)) + " · " + getTranslation("insight.grouping") + ": "
                + getTranslation("insight.grouping." + g.name()));
        about.add(getTranslation("insight.minimum", view.minimum()));
        about.add(getTranslation("insight.about"));
        List<OrganisationPdf.Table> tables = new ArrayList<>();
        tables.add(new OrganisationPdf.Table(getTranslation("insight.caption"), tableLines(view, g)));
        if (view.peopleAbout() != null) {
            tables.add(new OrganisationPdf.Table(getTranslation("insight.needs"), needsLines(view.needs())));
        }
        return OrganisationPdf.of(getTranslation("insight.title"), about, tables);
    }

    private static String levels(Figures f) {
        StringBuilder text = new StringBuilder();
        f.levels().forEach((level, n) -> text.append(text.isEmpty() ? "" : " ").append(level).append(':').append(n));
        return text.toString();
    }

    private static byte[] csv(List<List<String>> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, Spreadsheet.CSV)) {
            for (List<String> line : lines) {
                printer.printRecord(line.stream().map(Spreadsheet::safe));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String percent(@Nullable Double value) {
        return nl.spiegel360.base.ui.Numbers.percent(value, getLocale());
    }

    /** A gap to the norm with its sign: +0,50 above, −0,50 below. */
    private String signed(@Nullable Double value) {
        if (value == null) {
            return "—";
        }
        String text = number(Math.abs(value));
        return value > 0.0049 ? "+" + text : value < -0.0049 ? "−" + text : text;
    }

    private String number(@Nullable Double value) {
        return nl.spiegel360.base.ui.Numbers.twoDecimals(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.title");
    }
}
