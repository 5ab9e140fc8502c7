package nl.spiegel360.test;

import com.icegreen.greenmail.util.ServerSetup;

/**
 * The port the application sends mail to in the tests, where GreenMail listens while the mail tests run: one per
 * test JVM ({@code spiegel360.test.smtp-port}, set per fork by the build), so that the forks of the fast tier do not
 * meet on one port.
 */
public final class Smtp {

    /** The SMTP server of this test JVM. */
    public static final ServerSetup SETUP = new ServerSetup(Integer.getInteger("spiegel360.test.smtp-port", 3025),
            null, ServerSetup.PROTOCOL_SMTP);

    private Smtp() {
    }
}
