/** The screens of audit. */
@NullMarked
package nl.spiegel360.audit.ui;

import org.jspecify.annotations.NullMarked;
