/** The screens of people. */
@NullMarked
package nl.spiegel360.people.ui;

import org.jspecify.annotations.NullMarked;
