package nl.spiegel360.development;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import nl.spiegel360.development.PlanReadModels.PulseSummary;
import org.springframework.stereotype.Component;

/** A pulse as a plan's page and the plans list show it: its days, whether it closed, asked and answered. */
@Component
class PulseSummaries {

    private final PulseRequestRepository requests;

    PulseSummaries(PulseRequestRepository requests) {
        this.requests = requests;
    }

    /** Per pulse id its summary, from one aggregate query. */
    Map<Long, PulseSummary> of(Collection<Pulse> pulses) {
        Map<Long, int[]> counts = new HashMap<>();
        if (!pulses.isEmpty()) {
            for (Object[] row : requests.countByPulse(pulses.stream().map(Pulse::getId).toList())) {
                counts.put((Long) row[0], new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()});
            }
        }
        Map<Long, PulseSummary> summaries = new HashMap<>();
        for (Pulse pulse : pulses) {
            int[] c = counts.getOrDefault(pulse.getId(), new int[2]);
            summaries.put(pulse.getId(), new PulseSummary(pulse.getOpensOn(), pulse.getClosesOn(), !pulse.isOpen(),
                    c[0], c[1]));
        }
        return summaries;
    }
}
