package nl.spiegel360.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** The OpenID providers this installation signs on with, as the login page offers them. */
@Component
public class SignOnProviders {

    /** One provider: the address that starts its sign-on, and its name for the button. */
    public record Provider(String id, String name, String startPath) {
    }

    private final List<Provider> providers;
    private final boolean passwords;

    SignOnProviders(ObjectProvider<ClientRegistrationRepository> registrations, SignInSettings settings) {
        List<Provider> found = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object each : all) {
                if (each instanceof ClientRegistration r) {
                    found.add(new Provider(r.getRegistrationId(), r.getClientName(),
                            "oauth2/authorization/" + r.getRegistrationId()));
                }
            }
        }
        this.providers = List.copyOf(found);
        this.passwords = settings.passwords();
    }

    public List<Provider> providers() {
        return providers;
    }

    /** Whether the login page shows the password form. */
    public boolean passwords() {
        return passwords || providers.isEmpty();
    }
}
