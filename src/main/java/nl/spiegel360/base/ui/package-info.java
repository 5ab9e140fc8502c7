/** The layout, notices, dates and uploads that every feature's screens share. */
@NullMarked
@NamedInterface("ui")
package nl.spiegel360.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
