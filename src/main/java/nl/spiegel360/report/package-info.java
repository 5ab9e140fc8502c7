/** Consolidated reports: consensus against the norm, drill-down, calibration, release, team overview, exports. */
@NullMarked
package nl.spiegel360.report;

import org.jspecify.annotations.NullMarked;
