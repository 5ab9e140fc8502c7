/** The screens of development plans and pulses. */
@NullMarked
package nl.spiegel360.development.ui;

import org.jspecify.annotations.NullMarked;
