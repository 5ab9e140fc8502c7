package nl.spiegel360.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import org.junit.jupiter.api.Test;

/** The indicator chart's markers: groups with the same score stand apart, so that none hides another. */
class IndicatorChartTest {

    @Test
    void groups_with_the_same_score_do_not_hide_behind_one_another() {
        Map<RaterGroup, Double> scores = new EnumMap<>(RaterGroup.class);
        scores.put(RaterGroup.SELF, 3.0);
        scores.put(RaterGroup.MANAGER, 3.0);
        scores.put(RaterGroup.PEER, 3.0);
        scores.put(RaterGroup.DIRECT_REPORT, 1.0);
        List<IndicatorChart.Marker> markers = IndicatorChart.markers(scores, 100, 300, 4, 50);
        assertThat(markers).extracting(IndicatorChart.Marker::group).containsExactly(RaterGroup.SELF,
                RaterGroup.MANAGER, RaterGroup.PEER, RaterGroup.DIRECT_REPORT);
        var atThree = markers.subList(0, 3);
        assertThat(atThree).extracting(IndicatorChart.Marker::x).containsOnly(300.0);
        assertThat(atThree.stream().map(IndicatorChart.Marker::y).distinct().count())
                .as("three groups at 3, each at its own height").isEqualTo(3);
        for (var a : atThree) {
            for (var b : atThree) {
                if (a != b) {
                    assertThat(Math.abs(a.y() - b.y())).as("%s and %s apart", a.group(), b.group())
                            .isGreaterThanOrEqualTo(11);
                }
            }
        }
        assertThat(markers.get(3).y()).as("a group alone stays on the track").isEqualTo(50.0);
    }

    @Test
    void markers_moved_below_the_track_leave_the_scales_numbers_readable() {
        Map<RaterGroup, Double> scores = new EnumMap<>(RaterGroup.class);
        for (RaterGroup group : RaterGroup.values()) {
            scores.put(group, 4.0);
        }
        double track = 50;
        // every group at the same score, and a number of the scale drawn 11 px high above its baseline
        double numbersTop = track + IndicatorChart.NUMBER_BELOW - 11;
        assertThat(IndicatorChart.markers(scores, 100, 300, 4, track)).allSatisfy(m -> assertThat(
                m.y() + IndicatorChart.MARKER_REACH).as("%s's marker", m.group()).isLessThan(numbersTop));
    }
}
