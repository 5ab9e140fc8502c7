/** The screens of review. */
@NullMarked
package nl.spiegel360.review.ui;

import org.jspecify.annotations.NullMarked;
