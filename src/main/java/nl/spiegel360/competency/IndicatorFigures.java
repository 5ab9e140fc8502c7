package nl.spiegel360.competency;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the closed reviews say of indicators (flags and figures of the instrument's quality), for the competency
 * editor, so that HR rewrites a flagged indicator in the next revision. Answered where the instrument's quality is
 * known; empty for an indicator nothing is known of yet.
 */
public interface IndicatorFigures {

    /** An indicator's flags (names of the quality module's flags) and its figures. */
    record Figures(Set<String> flags, @Nullable Double cantJudgeRate, @Nullable Double itemTotal,
            @Nullable Double sd) {
    }

    Map<Long, Figures> of(Collection<Long> indicatorIds);
}
