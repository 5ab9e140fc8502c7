package nl.spiegel360.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The heatmap of a cycle: employees by competencies. */
public final class TeamOverview {

    private TeamOverview() {
    }

    public record Row(long reviewId, String employeeName, @Nullable String team, List<Report.CompetencyRow> cells) {
    }
}
