/** Personal data: export for one person, erasure, and retention of closed cycles. */
@NullMarked
package nl.spiegel360.privacy;

import org.jspecify.annotations.NullMarked;
