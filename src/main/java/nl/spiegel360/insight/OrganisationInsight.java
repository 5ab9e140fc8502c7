package nl.spiegel360.insight;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.insight.OrganisationFigures.Cell;
import nl.spiegel360.insight.OrganisationFigures.Key;
import nl.spiegel360.insight.OrganisationFigures.Placed;
import nl.spiegel360.insight.OrganisationFigures.TwoWay;
import nl.spiegel360.report.ReleasedStandings;
import nl.spiegel360.report.ReleasedStandings.Standing;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the organisation stands against its norms, from released reviews only: for HR over everyone, for a manager
 * over their span of control (the people they managed at the review's launch, and those their reports managed, all
 * the way down). Per cycle, the people of the reader's scope form a two-way table of role profiles × teams (as at
 * launch) per competency, and every view the page offers (per team, per profile, one team or profile, the trend over
 * cycles) reads its cells from that one table, in which small groups are hidden together with what they could be
 * worked out from ({@link OrganisationFigures#twoWay}). Nothing here names a person, a rater or a comment.
 *
 * <p>Longer than 300 lines with its read models: the records the page and the API read (about seventy lines) are
 * declared here, beside the rules that fill them; what the people should learn is ranked by {@link LearningNeeds}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HR', 'MANAGER')")
public class OrganisationInsight {

    /** What the rows of a view are. */
    public enum Grouping {
        TEAM, PROFILE, CYCLE
    }

    /** A view: one cycle (the last with released reviews where none is given), optionally one profile and team. */
    public record Selection(@Nullable Long cycleId, @Nullable String profile, @Nullable String team,
            Grouping grouping) {
    }

    /** Why a selection shows nothing. */
    public enum Refusal {
        /** Nobody in the selection has a released review. */
        EMPTY,
        /** The selection is about fewer people than the minimum. */
        TOO_FEW,
        /** Shown, it would let a smaller group be worked out by difference with what else is shown. */
        BY_DIFFERENCE
    }

    public record CycleChoice(long id, String name) {
    }

    /** What the filters offer: the cycles, profiles and teams of the reader's scope. */
    public record Choices(List<CycleChoice> cycles, List<String> profiles, List<String> teams) {
    }

    /** A competency as a column: by its id, since a revision that changes a competency gives it a new one. */
    public record Column(String competency, String label) {
    }

    /** A row of the view: a team, profile or cycle, and its cell per column (in the order of the columns). */
    public record Row(String key, String label, List<Cell> cells) {
    }

    /**
     * An indicator that most often held people back from their norm in the selection: how many, by how much on
     * average (the threshold less the consensus score, over those whose score is known), and their product, by
     * which the list is ranked; how many of the selection's agreed development plans focus on it, and how far their
     * closed pulses moved it on average (the pulse's score less the report's; none below the minimum of people).
     */
    public record LearningNeed(long indicatorId, long competencyId, String competency, int level, String text,
            int people,
            @Nullable Double meanShortfall, double weight, int inPlans, int pulses, @Nullable Double movement) {
    }

    /**
     * One view of the page: its rows, the total of the selection, what held people back, and the competencies whose
     * revision changed across the cycles shown (a break in the trend).
     */
    public record View(Selection selection, long cycleId, int minimum, int people, @Nullable Refusal refusal,
            List<Column> columns, List<Row> rows, @Nullable Row total, List<LearningNeed> needs,
            List<String> breaks) {

        /**
         * Whether the view shows its figures: a refused selection shows only why, except as a trend, whose cycles
         * are each shown or hidden by the table of their own.
         */
        public boolean shown() {
            return refusal == null || selection.grouping() == Grouping.CYCLE;
        }

        /**
         * How many people the figures are about: those of the selection in its cycle, and none for a trend, whose
         * cycles each count their own.
         */
        public @Nullable Integer peopleAbout() {
            return selection.grouping() == Grouping.CYCLE ? null : people;
        }
    }

    private static final String NO_TEAM = "";
    /** How many cycle tables are kept at most (per reader's scope, cycle and language). */
    private static final int KEPT_TABLES = 64;
    /** The meter that counts the cycle tables built, by a reader or after a change. */
    static final String TABLES_BUILT = "spiegel360.insight.tables.built";

    private final ReleasedStandings standings;
    private final LearningNeeds learningNeeds;
    private final ProfileReader profiles;
    private final CurrentUser currentUser;
    private final Counter tablesBuilt;
    private final int minimum;
    /** Off only for the attack that shows why it is on. */
    boolean complementary = true;
    private final Map<String, CycleTable> tables = new java.util.concurrent.ConcurrentHashMap<>();

    OrganisationInsight(ReleasedStandings standings, LearningNeeds learningNeeds,
            ProfileReader profiles, CurrentUser currentUser, MeterRegistry meters,
            @Value("${spiegel360.insight.minimum-group:" + OrganisationFigures.DEFAULT_MINIMUM + "}") int minimum) {
        this.standings = standings;
        this.learningNeeds = learningNeeds;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.tablesBuilt = Counter.builder(TABLES_BUILT).description("Cycle tables of the organisation's page built")
                .register(meters);
        this.minimum = Math.max(1, minimum);
    }

    /** The cycles, profiles and teams the reader may select, read from the cycles' kept tables. */
    public Choices choices(Locale locale) {
        List<CycleChoice> cycles = new ArrayList<>();
        Set<String> profileNames = new java.util.TreeSet<>();
        Set<String> teams = new java.util.TreeSet<>();
        for (var cycle : standings.cycles()) {
            CycleTable table = cycleTable(cycle.id(), locale);
            if (!table.standings().isEmpty()) {
                cycles.add(new CycleChoice(cycle.id(), cycle.name()));
                table.standings().forEach(s -> {
                    profileNames.add(doc(table.documents(), s.profileId()).name());
                    teams.add(team(s));
                });
            }
        }
        return new Choices(cycles, List.copyOf(profileNames), List.copyOf(teams));
    }

    /** The view of this selection, in the reader's language. */
    public View view(Selection selection, Locale locale) {
        List<ReleasedStandings.Cycle> released = standings.cycles();
        Long chosenCycle = selection.cycleId();
        if (chosenCycle == null) {
            chosenCycle = released.reversed().stream().map(ReleasedStandings.Cycle::id)
                    .filter(id -> !cycleTable(id, locale).standings().isEmpty()).findFirst().orElse(0L);
        }
        long cycleId = chosenCycle;
        CycleTable here = cycleTable(cycleId, locale);
        Map<Long, ProfileDocument> documents = new HashMap<>(here.documents());
        Key selected = new Key(selection.profile(), selection.team());
        List<Standing> inCycle = here.standings();
        TwoWay table = here.table();
        List<Standing> chosen = inCycle.stream().filter(s -> matches(s, selection, documents)).toList();
        int people = (int) chosen.stream().map(Standing::reviewId).distinct().count();
        Refusal refusal = refusal(table, selected, people);

        List<Column> columns = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Row total = null;
        List<String> breaks = List.of();
        if (selection.grouping() == Grouping.CYCLE) {
            // the trend: the selection's own cell in each cycle's table of the reader's scope
            Map<Long, CycleTable> tables = new LinkedHashMap<>();
            List<ReleasedStandings.Cycle> cycles = new ArrayList<>();
            List<Standing> all = new ArrayList<>();
            for (var cycle : released) {
                CycleTable t = cycle.id() == cycleId ? here : cycleTable(cycle.id(), locale);
                if (!t.standings().isEmpty()) {
                    tables.put(cycle.id(), t);
                    cycles.add(cycle);
                    all.addAll(t.standings());
                    documents.putAll(t.documents());
                }
            }
            columns = columns(all.stream().filter(s -> matches(s, selection, documents)).toList(), documents);
            for (var cycle : cycles) {
                TwoWay t = Objects.requireNonNull(tables.get(cycle.id())).table();
                List<Column> cs = columns;
                rows.add(new Row(String.valueOf(cycle.id()), cycle.name(), cs.stream()
                        .map(c -> t.cell(c.competency(), selected)).toList()));
            }
            breaks = breaks(columns);
        } else if (refusal == null) {
            columns = columns(chosen, documents);
            List<String> groups = selection.grouping() == Grouping.TEAM
                    ? chosen.stream().map(OrganisationInsight::team).distinct().sorted().toList()
                    : chosen.stream().map(s -> doc(documents, s.profileId()).name()).distinct().sorted().toList();
            for (String group : groups) {
                Key key = selection.grouping() == Grouping.TEAM ? new Key(selection.profile(), group)
                        : new Key(group, selection.team());
                List<Column> cs = columns;
                rows.add(new Row(group, group, cs.stream().map(c -> table.cell(c.competency(), key)).toList()));
            }
            List<Column> cs = columns;
            total = new Row("", "", cs.stream().map(c -> table.cell(c.competency(), selected)).toList());
        }
        // what held people back is told only of the competencies the selection's own cell shows
        Set<Long> shown = new HashSet<>();
        table.competencies().stream().filter(c -> table.cell(c, selected).figures() != null)
                .forEach(c -> shown.add(Long.valueOf(c)));
        // a trend tells no learning needs: they are of one cycle's people
        List<LearningNeed> needs = refusal == null && selection.grouping() != Grouping.CYCLE
                ? learningNeeds.rank(chosen, documents, here.holds(), shown, minimum) : List.of();
        return new View(selection, cycleId, minimum, people, refusal, columns, rows, total, needs, breaks);
    }

    /**
     * The selection's own cell is what its filters ask for: shown in at least one competency, or refused, for too
     * few people or because the table hides it beside smaller ones.
     */
    private @Nullable Refusal refusal(TwoWay table, Key selected, int people) {
        if (people == 0) {
            return Refusal.EMPTY;
        }
        if (people < minimum) {
            return Refusal.TOO_FEW;
        }
        boolean shown = table.competencies().stream().anyMatch(c -> table.cell(c, selected).figures() != null);
        return shown ? null : Refusal.BY_DIFFERENCE;
    }

    /** Whose people a table is about: everyone (HR), or a manager's span of control. */
    private record Scope(@Nullable Long managerId) {

        static final Scope EVERYONE = new Scope(null);

        String key() {
            return managerId == null ? "hr" : "manager " + managerId;
        }
    }

    /** A cycle's standings in a scope, their profile revisions in a language and their two-way table. */
    private record CycleTable(long cycleId, Scope scope, Locale locale, String stamp, List<Standing> standings,
            Map<Long, ProfileDocument> documents, TwoWay table, List<ReleasedStandings.Hold> holds) {
    }

    /**
     * A cycle's table in the reader's scope: kept until a release or an erasure changes the cycle's standings (their
     * number or their reviews), so that a reader who turns filters reads it once.
     */
    private CycleTable cycleTable(long cycleId, Locale locale) {
        return cycleTable(cycleId, locale, currentUser.has(Role.HR) ? Scope.EVERYONE
                : new Scope(currentUser.require().personId()));
    }

    private CycleTable cycleTable(long cycleId, Locale locale, Scope scope) {
        return cycleTable(cycleId, locale, scope, standings.stamp(cycleId));
    }

    private CycleTable cycleTable(long cycleId, Locale locale, Scope scope, String stamp) {
        String key = scope.key() + "/" + cycleId + "/" + locale.toLanguageTag() + "/" + complementary;
        CycleTable known = tables.get(key);
        if (known != null && known.stamp().equals(stamp)) {
            return known;
        }
        List<Standing> inCycle = List.copyOf(scope(standings.standings(cycleId), scope));
        Map<Long, ProfileDocument> documents = new HashMap<>();
        documents(inCycle).forEach((id, document) -> documents.put(id, document.in(locale)));
        CycleTable table = new CycleTable(cycleId, scope, locale, stamp, inCycle, Map.copyOf(documents),
                table(inCycle, documents), List.copyOf(standings.holds(cycleId)));
        tablesBuilt.increment();
        if (tables.size() >= KEPT_TABLES) {
            tables.clear();
        }
        tables.put(key, table);
        return table;
    }

    /**
     * Builds again every kept table of this cycle whose standings changed since, for the scope and language it was
     * kept for, so that the next reader finds it ready; a table whose standings did not change is left as it is.
     * Called with HR's rights by {@link TablesAfterChange}: after a release or an erasure committed here, and now and
     * then for a change another instance made.
     */
    void refresh(long cycleId) {
        String stamp = standings.stamp(cycleId);
        for (CycleTable kept : List.copyOf(tables.values())) {
            if (kept.cycleId() == cycleId && !kept.stamp().equals(stamp)) {
                cycleTable(cycleId, kept.locale(), kept.scope(), stamp);
            }
        }
    }

    /** The cycles of which a table is kept. */
    Set<Long> keptCycles() {
        Set<Long> cycles = new HashSet<>();
        tables.values().forEach(t -> cycles.add(t.cycleId()));
        return cycles;
    }

    /** One cycle's two-way table: role profiles (by name) × teams at launch, per competency. */
    private TwoWay table(List<Standing> inCycle, Map<Long, ProfileDocument> documents) {
        return OrganisationFigures.twoWay(inCycle.stream().map(s -> new Placed(String.valueOf(s.reviewId()),
                doc(documents, s.profileId()).name(), team(s), String.valueOf(s.competencyId()), s.level(), s.norm()))
                .toList(), minimum, complementary);
    }

    private static boolean matches(Standing s, Selection selection, Map<Long, ProfileDocument> documents) {
        return (selection.profile() == null || selection.profile().equals(doc(documents, s.profileId()).name()))
                && (selection.team() == null || selection.team().equals(team(s)));
    }

    private static String team(Standing s) {
        String team = s.team();
        return team == null || team.isBlank() ? NO_TEAM : team;
    }

    /** The competencies of these standings, in their profile's order, labelled in the reader's language. */
    private static List<Column> columns(List<Standing> chosen, Map<Long, ProfileDocument> documents) {
        Map<String, Column> columns = new LinkedHashMap<>();
        Set<Long> competencies = new HashSet<>();
        chosen.forEach(s -> competencies.add(s.competencyId()));
        chosen.stream().map(Standing::profileId).distinct().sorted(Comparator.reverseOrder())
                .forEach(profileId -> doc(documents, profileId).competencies().forEach(c -> {
                    if (competencies.contains(c.competencyId())) {
                        columns.putIfAbsent(String.valueOf(c.competencyId()), new Column(String.valueOf(
                                c.competencyId()), c.label()));
                    }
                }));
        return List.copyOf(columns.values());
    }

    /** Competencies shown more than once: a revision changed them, so that cycles before and after differ. */
    private static List<String> breaks(List<Column> columns) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        columns.forEach(c -> seen.merge(c.label(), 1, Integer::sum));
        return seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    /**
     * The reader's scope in one cycle: HR everyone; a manager the reviews they managed at launch and those of the
     * people those reviews' employees managed, all the way down.
     */
    private static List<Standing> scope(List<Standing> inCycle, Scope scope) {
        Long manager = scope.managerId();
        if (manager == null) {
            return inCycle;
        }
        Set<Long> managers = new HashSet<>(Set.of(manager));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Standing s : inCycle) {
                if (s.managerId() != null && managers.contains(s.managerId()) && managers.add(s.employeeId())) {
                    grew = true;
                }
            }
        }
        return inCycle.stream().filter(s -> s.managerId() != null && managers.contains(s.managerId())).toList();
    }

    private static ProfileDocument doc(Map<Long, ProfileDocument> documents, long profileId) {
        return Objects.requireNonNull(documents.get(profileId), "every standing's profile revision is read");
    }

    private Map<Long, ProfileDocument> documents(Collection<Standing> scope) {
        return profiles.documents(scope.stream().map(Standing::profileId).distinct().toList());
    }
}
