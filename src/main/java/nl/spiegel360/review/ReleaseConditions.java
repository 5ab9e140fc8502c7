package nl.spiegel360.review;

import java.util.List;

/**
 * What must hold before a closed review's report is released to the employee. The report module gives it (every
 * competency has an agreed level); {@link ReviewReleases#release} asks it every time, so no path releases a report
 * without it.
 */
public interface ReleaseConditions {

    /** What still stands in the way of releasing this review's report (the competencies without an agreed level). */
    List<String> unmet(long reviewId);
}
