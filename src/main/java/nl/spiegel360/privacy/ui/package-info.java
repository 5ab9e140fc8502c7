/** The screens of privacy. */
@NullMarked
package nl.spiegel360.privacy.ui;

import org.jspecify.annotations.NullMarked;
