/** Review cycles, rater nomination and the questionnaire. */
@NullMarked
package nl.spiegel360.review;

import org.jspecify.annotations.NullMarked;
