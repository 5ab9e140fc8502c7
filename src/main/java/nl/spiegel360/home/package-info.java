/** The start page: what waits for the signed-in user. */
@NullMarked
@ApplicationModule(allowedDependencies = {"aggregation", "base::ui", "development", "people", "review", "security"})
package nl.spiegel360.home;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
