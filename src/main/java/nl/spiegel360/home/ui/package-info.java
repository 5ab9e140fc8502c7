/** The screens of home. */
@NullMarked
package nl.spiegel360.home.ui;

import org.jspecify.annotations.NullMarked;
