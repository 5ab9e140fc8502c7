/** Shared building blocks that every feature may use; imports no feature. */
@NullMarked
package nl.spiegel360.base;

import org.jspecify.annotations.NullMarked;
