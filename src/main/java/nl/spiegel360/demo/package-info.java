/** Demo data for the zero-setup default and the demo profile; never loaded in production. */
@NullMarked
package nl.spiegel360.demo;

import org.jspecify.annotations.NullMarked;
