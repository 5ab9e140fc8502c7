/** Demo data for the zero-setup default and the demo profile; never loaded in production. */
@NullMarked
@ApplicationModule(allowedDependencies = {"aggregation", "base", "competency", "development", "people", "report",
        "review", "security"})
package nl.spiegel360.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
