/** Personal data: export for one person, erasure, and retention of closed cycles. */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "base", "base::ui", "development", "people", "report", "review", "security"})
package nl.spiegel360.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
