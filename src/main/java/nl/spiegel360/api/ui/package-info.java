@NullMarked
package nl.spiegel360.api.ui;

import org.jspecify.annotations.NullMarked;
