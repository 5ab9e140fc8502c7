/** Review cycles, rater nomination and the questionnaire. */
@NullMarked
@ApplicationModule(allowedDependencies = {"aggregation", "audit", "base", "base::ui", "competency", "mail", "people",
        "security"})
package nl.spiegel360.review;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
