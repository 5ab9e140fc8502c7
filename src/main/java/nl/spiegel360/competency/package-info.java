/** The competency library and role profiles, and reading profile documents and JSON. */
@NullMarked
package nl.spiegel360.competency;

import org.jspecify.annotations.NullMarked;
