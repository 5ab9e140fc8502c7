package nl.spiegel360.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.spiegel360.insight.OrganisationFigures.Cell;
import nl.spiegel360.insight.OrganisationFigures.Standing;
import org.junit.jupiter.api.Test;

/**
 * The organisation's figures over people, computed by hand for a small organisation, and the rule that hides small
 * groups checked against an attacker who subtracts: on many random organisations, no hidden cell, and no set of
 * hidden cells smaller than the minimum, can be worked out from a competency's total and its visible cells.
 */
class OrganisationFiguresTest {

    @Test
    void each_figure_is_the_hand_computation() {
        List<Standing> standings = new ArrayList<>();
        // team A: six people on Samenwerken (norm 2) at levels 1, 2, 2, 3, 3 and one with insufficient evidence
        int[] levelsA = {1, 2, 2, 3, 3};
        for (int p = 0; p < levelsA.length; p++) {
            standings.add(new Standing("a" + p, "A", "Samenwerken", levelsA[p], 2));
        }
        standings.add(new Standing("a5", "A", "Samenwerken", null, 2));
        // team B: five people at levels 0, 1, 1, 2, 2
        int[] levelsB = {0, 1, 1, 2, 2};
        for (int p = 0; p < levelsB.length; p++) {
            standings.add(new Standing("b" + p, "B", "Samenwerken", levelsB[p], 2));
        }
        var table = OrganisationFigures.of(standings, 5);

        var a = table.cell("A", "Samenwerken").orElseThrow().figures();
        assertThat(a).isNotNull();
        assertThat(a.withLevel()).isEqualTo(5);
        assertThat(a.atOrAboveNorm()).isEqualTo(4);
        assertThat(a.share()).isEqualTo(0.8);
        assertThat(a.meanGap()).isEqualTo((-1 + 0 + 0 + 1 + 1) / 5.0);
        assertThat(a.levels()).containsExactly(java.util.Map.entry(1, 1), java.util.Map.entry(2, 2),
                java.util.Map.entry(3, 2));

        var b = table.cell("B", "Samenwerken").orElseThrow().figures();
        assertThat(b).isNotNull();
        assertThat(b.share()).isEqualTo(2 / 5.0);
        assertThat(b.meanGap()).isEqualTo((-2 - 1 - 1 + 0 + 0) / 5.0);

        var total = table.total("Samenwerken").orElseThrow();
        assertThat(total.people()).isEqualTo(11);
        assertThat(total.figures()).isNotNull();
        assertThat(total.figures().share()).isEqualTo(6 / 10.0);
        assertThat(total.figures().meanGap()).isEqualTo(-3 / 10.0);
    }

    @Test
    void a_small_team_is_hidden_and_so_is_the_sibling_it_could_be_subtracted_from() {
        List<Standing> standings = new ArrayList<>();
        team(standings, "Groot", 9, 3);
        team(standings, "Midden", 6, 2);
        team(standings, "Klein", 3, 1);
        var table = OrganisationFigures.of(standings, 5);
        assertThat(table.cell("Klein", "Communiceren").orElseThrow().hidden()).as("three people").isTrue();
        assertThat(table.cell("Midden", "Communiceren").orElseThrow().hidden())
                .as("else the total less Groot and Midden is Klein").isTrue();
        assertThat(table.cell("Groot", "Communiceren").orElseThrow().hidden()).isFalse();
        assertThat(table.total("Communiceren").orElseThrow().hidden()).isFalse();
    }

    @Test
    void hidden_cells_that_together_hold_fewer_than_the_minimum_take_a_third_with_them() {
        List<Standing> standings = new ArrayList<>();
        team(standings, "Een", 20, 3);
        team(standings, "Twee", 7, 2);
        team(standings, "Drie", 2, 1);
        team(standings, "Vier", 1, 2);
        var table = OrganisationFigures.of(standings, 5);
        assertThat(table.cells()).filteredOn(Cell::hidden).extracting(Cell::group)
                .as("Drie and Vier are three people together: Twee goes too").containsExactlyInAnyOrder("Drie",
                        "Vier", "Twee");
    }

    @Test
    void nothing_hidden_can_be_worked_out_by_subtracting_the_visible_from_the_total() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            int minimum = 2 + random.nextInt(6);
            List<Standing> standings = new ArrayList<>();
            int teams = 1 + random.nextInt(6);
            for (int t = 0; t < teams; t++) {
                team(standings, "T" + t, 1 + random.nextInt(12), random.nextInt(4));
            }
            var table = OrganisationFigures.of(standings, minimum);
            for (String competency : table.competencies()) {
                var total = table.total(competency).orElseThrow();
                List<Cell> hidden = table.cells().stream().filter(c -> c.competency().equals(competency))
                        .filter(Cell::hidden).toList();
                for (Cell c : table.cells()) {
                    if (c.figures() != null) {
                        assertThat(c.people()).as("a shown cell holds the minimum").isGreaterThanOrEqualTo(minimum);
                    }
                }
                if (total.figures() == null) {
                    assertThat(table.cells()).filteredOn(c -> c.competency().equals(competency))
                            .as("nothing shown beside a hidden total").allSatisfy(c -> assertThat(c.figures())
                                    .isNull());
                    continue;
                }
                assertThat(hidden.size()).as("round %d: never exactly one hidden cell beside a total", round)
                        .isNotEqualTo(1);
                if (!hidden.isEmpty()) {
                    assertThat(hidden.stream().mapToInt(Cell::people).sum())
                            .as("round %d: what the total less the visible cells shows holds the minimum", round)
                            .isGreaterThanOrEqualTo(minimum);
                }
            }
        }
    }

    @Test
    void a_person_counts_once_per_competency() {
        assertThatThrownBy(() -> OrganisationFigures.of(List.of(new Standing("p", "A", "C", 1, 1),
                new Standing("p", "B", "C", 2, 1)), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A team of {@code size} people on Communiceren (norm 2), their levels from {@code base} on. */
    private static void team(List<Standing> standings, String name, int size, int base) {
        for (int p = 0; p < size; p++) {
            standings.add(new Standing(name + "-" + p, name, "Communiceren", (base + p) % 4, 2));
        }
    }
}
