package nl.spiegel360.api;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import nl.spiegel360.base.UserFacingException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may point: an https address on the internet. A private, loopback, link-local or otherwise internal
 * address is refused, when the endpoint is registered and again before each delivery (a name can come to point
 * elsewhere), so that a webhook cannot be used to reach into the network the application runs in; an administrator
 * can allow them (and plain http with them) for a receiver inside that network.
 */
@Component
class WebhookTargets {

    private volatile boolean allowPrivate;

    WebhookTargets(@Value("${spiegel360.webhooks.allow-private:false}") boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** For the tests, whose receiver listens on this machine. */
    void allowPrivate(boolean allow) {
        allowPrivate = allow;
    }

    /** The address as a URI the application may send to; refused with a sentence otherwise. */
    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new UserFacingException("webhook.error.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getUserInfo() != null || !scheme.equals("https")
                && !(scheme.equals("http") && allowPrivate)) {
            throw new UserFacingException("webhook.error.url");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new UserFacingException("webhook.error.unknown-host", uri.getHost());
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (internal(address)) {
                    throw new UserFacingException("webhook.error.private", uri.getHost());
                }
            }
        }
        return uri;
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // unique local addresses, fc00::/7
            return (b[0] & 0xfe) == 0xfc;
        }
        // shared address space (100.64.0.0/10) and the "this network" block
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 || (b[0] & 0xff) == 0;
    }
}
