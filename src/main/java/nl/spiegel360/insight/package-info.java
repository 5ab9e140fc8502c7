/**
 * What the organisation learns from its released reviews: per competency, team, role and cycle where people stand
 * against their norms, over people (never ratings), with small groups hidden, also from subtraction.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "base::ui", "competency", "development", "report", "security"})
package nl.spiegel360.insight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
