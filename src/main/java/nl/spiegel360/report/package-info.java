/** Consolidated reports: consensus against the norm, drill-down, calibration, release, team overview, exports. */
@NullMarked
@ApplicationModule(allowedDependencies = {"aggregation", "audit", "base", "base::ui", "competency", "people",
        "review", "security"})
package nl.spiegel360.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
