/** Mail: written to an outbox with the change that causes it, sent by a scheduled task, watched by HR. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "security"})
package nl.spiegel360.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
