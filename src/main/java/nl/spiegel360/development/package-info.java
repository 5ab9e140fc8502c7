/**
 * From feedback to growth: a development plan per released review, drawn from its report, agreed with the
 * manager and followed up with check-ins, reminders and a short pulse of the same raters on the focus indicators.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"aggregation", "audit", "base", "base::ui", "competency", "mail", "people",
        "report", "review", "security"})
package nl.spiegel360.development;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
