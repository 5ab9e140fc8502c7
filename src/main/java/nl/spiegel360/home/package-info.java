/** The start page: what waits for the signed-in user. */
@NullMarked
package nl.spiegel360.home;

import org.jspecify.annotations.NullMarked;
