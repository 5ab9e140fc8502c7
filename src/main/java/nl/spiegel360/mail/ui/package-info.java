/** HR's view of mails that keep failing. */
@NullMarked
package nl.spiegel360.mail.ui;

import org.jspecify.annotations.NullMarked;
