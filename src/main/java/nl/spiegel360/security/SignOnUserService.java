package nl.spiegel360.security;

import java.util.List;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Spring Security has checked the ID token (signature against the provider's keys, issuer, audience, expiry,
 * nonce), matches the identity with a person: the account, its roles and its state are Spiegel360's.
 */
class SignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The error code of a refused sign-on, followed by the refusal's name in lower case. */
    static final String REFUSED = "spiegel360_refused_";

    private final OidcUserService provider = new OidcUserService();
    private final ExternalSignIn accounts;
    private final SignInSettings settings;

    SignOnUserService(ExternalSignIn accounts, SignInSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        Boolean hr = null;
        if (settings.hrGroup() != null) {
            List<String> groups = oidc.getClaimAsStringList(settings.groupsClaim());
            hr = groups != null && groups.contains(settings.hrGroup());
        }
        String name = oidc.getFullName() != null ? oidc.getFullName()
                : oidc.getGivenName() == null ? null : (oidc.getGivenName() + " "
                        + (oidc.getFamilyName() == null ? "" : oidc.getFamilyName())).strip();
        String email = oidc.getEmail() != null ? oidc.getEmail() : null;
        boolean verified = Boolean.TRUE.equals(oidc.getEmailVerified()) || settings.trustEmailClaim();
        var identity = new ExternalSignIn.Identity(oidc.getIssuer().toString(), oidc.getSubject(), email, verified,
                name, hr);
        return switch (accounts.signOn(identity, settings.createAccounts())) {
            case ExternalSignIn.SignedOn on -> new SignedOnUser(on.user(), oidc.getIdToken(), oidc.getUserInfo());
            case ExternalSignIn.Refused refused -> throw new OAuth2AuthenticationException(new OAuth2Error(
                    REFUSED + refused.reason().name().toLowerCase(java.util.Locale.ROOT)));
        };
    }
}
