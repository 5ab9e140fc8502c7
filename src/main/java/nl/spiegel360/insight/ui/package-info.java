/** The organisation's page: where people stand against their norms, for HR and managers. */
@NullMarked
package nl.spiegel360.insight.ui;

import org.jspecify.annotations.NullMarked;
