/** The screens of competency. */
@NullMarked
package nl.spiegel360.competency.ui;

import org.jspecify.annotations.NullMarked;
