package nl.spiegel360.review;

import java.util.EnumMap;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;

/**
 * Per group of raters, how many submitted of how many were asked: proposals waiting for approval do not count,
 * a declined request is not asked (its group appears, with nothing added). Never who answered.
 */
final class GroupCounts {

    private GroupCounts() {
    }

    static Map<RaterGroup, int[]> of(Iterable<RaterAssignment> assignments) {
        Map<RaterGroup, int[]> counts = new EnumMap<>(RaterGroup.class);
        for (RaterAssignment a : assignments) {
            if (a.getStatus() == AssignmentStatus.PROPOSED) {
                continue;
            }
            int[] c = counts.computeIfAbsent(a.getGroup(), g -> new int[2]);
            if (a.getStatus() != AssignmentStatus.DECLINED) {
                c[1]++;
            }
            if (a.getStatus() == AssignmentStatus.SUBMITTED) {
                c[0]++;
            }
        }
        return counts;
    }
}
