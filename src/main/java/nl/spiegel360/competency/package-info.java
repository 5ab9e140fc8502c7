/** The competency library and role profiles, and reading profile documents and JSON. */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "base", "base::ui", "people", "security"})
package nl.spiegel360.competency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
