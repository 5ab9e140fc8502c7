package nl.spiegel360.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.List;

/** Tokens no client was given. */
final class ApiTokens {

    private ApiTokens() {
    }

    /** A token that claims every scope, signed with a key of its own. */
    static String forged() {
        try {
            var key = new RSAKeyGenerator(2048).keyID("current").generate();
            var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    new JWTClaimsSet.Builder().subject("s360c_forged").issuer("http://localhost:8080")
                            .claim("scope", List.of("results:read")).issueTime(new Date())
                            .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
