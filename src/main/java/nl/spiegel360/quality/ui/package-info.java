/** HR's page of a profile revision's quality. */
@NullMarked
package nl.spiegel360.quality.ui;

import org.jspecify.annotations.NullMarked;
