/** How well a profile's indicators and rater groups work: item analysis, reliability, for HR. */
@NullMarked
@ApplicationModule(allowedDependencies = {"aggregation", "audit", "base", "base::ui", "competency", "people",
        "review", "security"})
package nl.spiegel360.quality;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
