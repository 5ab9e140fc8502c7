/** Authentication, the signed-in user, sessions and the HTTP security configuration. */
@NullMarked
package nl.spiegel360.security;

import org.jspecify.annotations.NullMarked;
