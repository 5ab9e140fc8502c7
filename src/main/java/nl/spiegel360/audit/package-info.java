/** The append-only audit log: who did what, when, to which record; never rating values. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security"})
package nl.spiegel360.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
