/**
 * Provisioning: an organisation's identity system keeps people in sync through SCIM 2.0 ({@code /scim/v2}), with
 * bearer tokens HR creates and revokes, and a hold on changes that would deactivate too many people at once.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"audit", "base", "base::ui", "people", "security"})
package nl.spiegel360.provisioning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
