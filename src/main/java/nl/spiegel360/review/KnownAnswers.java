package nl.spiegel360.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;

/**
 * Raters who know what the others of their group answered cannot be used to show the group. A group that had fewer
 * raters asked than its minimum when its first questionnaire was submitted stays as it was: raters asked after that
 * moment may answer, but they do not count towards the minimum and their answers are left out of the result, so the
 * group stays hidden. Otherwise a manager could add one rater to two who answered under "otherwise nothing appears"
 * and show the group. A group asked at or above its minimum before anyone answered counts every rater, late ones
 * too.
 */
final class KnownAnswers {

    private KnownAnswers() {
    }

    /** The groups whose late raters do not count. */
    static Set<RaterGroup> sealed(List<RaterAssignment> assignments, Settings settings) {
        Set<RaterGroup> sealed = EnumSet.noneOf(RaterGroup.class);
        firstSubmitted(assignments).forEach((group, first) -> {
            long askedBefore = assignments.stream().filter(a -> a.getGroup() == group && asked(a)
                    && !a.getAskedAt().isAfter(first)).count();
            if (askedBefore < settings.minimum(group)) {
                sealed.add(group);
            }
        });
        return sealed;
    }

    /** The submitted questionnaires that count: all, less those of raters asked late into a sealed group. */
    static List<RaterAssignment> counted(List<RaterAssignment> assignments, Settings settings) {
        Set<RaterGroup> sealed = sealed(assignments, settings);
        Map<RaterGroup, Instant> first = firstSubmitted(assignments);
        List<RaterAssignment> counted = new ArrayList<>();
        for (RaterAssignment a : assignments) {
            boolean late = sealed.contains(a.getGroup()) && a.getAskedAt().isAfter(first.get(a.getGroup()));
            if (a.getStatus() == AssignmentStatus.SUBMITTED && !late) {
                counted.add(a);
            }
        }
        return counted;
    }

    /** Per group, when its first questionnaire was submitted. */
    private static Map<RaterGroup, Instant> firstSubmitted(List<RaterAssignment> assignments) {
        Map<RaterGroup, Instant> first = new EnumMap<>(RaterGroup.class);
        for (RaterAssignment a : assignments) {
            Instant at = a.getSubmittedAt();
            if (a.getStatus() == AssignmentStatus.SUBMITTED && at != null) {
                first.merge(a.getGroup(), at, (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        return first;
    }

    private static boolean asked(RaterAssignment a) {
        return a.getStatus() != AssignmentStatus.PROPOSED && a.getStatus() != AssignmentStatus.DECLINED;
    }
}
