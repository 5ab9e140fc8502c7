/** People and their accounts: who works where, for whom, and who may sign in. */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "base", "base::ui", "mail", "security"})
package nl.spiegel360.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
