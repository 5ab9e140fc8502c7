/** The screens of report. */
@NullMarked
package nl.spiegel360.report.ui;

import org.jspecify.annotations.NullMarked;
