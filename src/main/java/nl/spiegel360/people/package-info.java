/** People and their accounts: who works where, for whom, and who may sign in. */
@NullMarked
package nl.spiegel360.people;

import org.jspecify.annotations.NullMarked;
