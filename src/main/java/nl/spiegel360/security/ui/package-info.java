/** The screens of security. */
@NullMarked
package nl.spiegel360.security.ui;

import org.jspecify.annotations.NullMarked;
