/**
 * The API the organisation's other systems build on ({@code /api/v1}): clients HR creates sign in with OAuth 2.0
 * client credentials and read, within their scopes, what HR's screens show, through the same services and so under
 * the same anonymity rule; the OpenAPI document describes it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"aggregation", "audit", "base", "base::ui", "development", "insight", "people", "report",
        "review", "security"})
package nl.spiegel360.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
