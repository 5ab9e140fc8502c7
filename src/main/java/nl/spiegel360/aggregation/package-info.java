/**
 * The consensus aggregation engine: plain Java, records in, records out. It imports nothing but the JDK, so
 * that it can be checked on its own against the shared vectors.
 */
@NullMarked
package nl.spiegel360.aggregation;

import org.jspecify.annotations.NullMarked;
