/** HR's page for provisioning: tokens and held deactivations. */
@NullMarked
package nl.spiegel360.provisioning.ui;

import org.jspecify.annotations.NullMarked;
