package nl.spiegel360.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The key the API's access tokens are signed with: made by the first instance that needs it and kept in the
 * database, so that every instance on the same database signs and checks with the same key.
 */
@Component
class ApiSigningKey {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile @Nullable RSAKey key;

    ApiSigningKey(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    RSAKey key() {
        RSAKey known = key;
        if (known == null) {
            known = load();
            key = known;
        }
        return known;
    }

    private RSAKey load() {
        String stored = stored();
        if (stored == null) {
            try {
                RSAKey made = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
                // two instances that start together: the first key stored is everyone's
                jdbc.update("insert into api_signing_key (kid, jwk, created_at) values (?, ?, ?) on conflict do nothing",
                        "current", made.toJSONString(), Timestamp.from(clock.instant()));
            } catch (JOSEException e) {
                throw new IllegalStateException("No key could be made for the API's tokens", e);
            }
            stored = stored();
        }
        if (stored == null) {
            throw new IllegalStateException("The API's signing key is missing");
        }
        try {
            return RSAKey.parse(stored);
        } catch (ParseException e) {
            throw new IllegalStateException("The API's signing key cannot be read", e);
        }
    }

    private @Nullable String stored() {
        return jdbc.query("select jwk from api_signing_key where kid = 'current'", (rs, n) -> rs.getString(1))
                .stream().findFirst().orElse(null);
    }
}
