/** Authentication, the signed-in user, sessions and the HTTP security configuration. */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "base", "base::ui"})
package nl.spiegel360.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
