package nl.spiegel360.test;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenID Connect provider that runs in the test, on its own port, speaking the protocol as a real one does:
 * discovery, a sign-in page, the authorization code flow with PKCE (S256 required), client authentication, ID tokens
 * signed with RS256 and published keys, user info and RP-initiated logout. A test can make it misbehave as an
 * attacker would: sign the ID token with a key it does not publish, or issue one that has expired.
 */
public final class OpenIdProvider implements AutoCloseable {

    /** An account at the provider. */
    public record Account(String subject, String email, boolean emailVerified, String name, List<String> groups) {
    }

    /** How the next ID tokens are made. */
    public enum Tokens {
        GENUINE, FORGED_SIGNATURE, EXPIRED
    }

    private record Grant(String clientId, String redirectUri, String challenge, @Nullable String nonce,
            Account account) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey forger;
    private final String clientId;
    private final String clientSecret;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Account> accessTokens = new ConcurrentHashMap<>();
    private final List<String> loggedOut = new CopyOnWriteArrayList<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private volatile Tokens tokens = Tokens.GENUINE;
    private volatile String redirectUriPrefix = "http://localhost:";

    public OpenIdProvider(String clientId, String clientSecret) throws Exception {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.key = new RSAKeyGenerator(2048).keyID("provider-key").generate();
        // the same key id, another key: what a forger who read the published keys would sign with
        this.forger = new RSAKeyGenerator(2048).keyID("provider-key").generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/jwks", e -> send(e, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/userinfo", this::userInfo);
        server.createContext("/logout", this::logout);
        server.start();
    }

    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public void add(Account account) {
        accounts.put(account.subject(), account);
    }

    public void issue(Tokens kind) {
        this.tokens = kind;
    }

    /** Only redirect addresses starting so are accepted. */
    public void allowRedirectsTo(String prefix) {
        this.redirectUriPrefix = prefix;
    }

    /** The ID token hints of the sessions the relying party ended here. */
    public List<String> loggedOut() {
        return List.copyOf(loggedOut);
    }

    /** The code verifiers the relying party sent with its token requests. */
    public List<String> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    private void discovery(HttpExchange e) throws IOException {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("issuer", issuer());
        metadata.put("authorization_endpoint", issuer() + "/authorize");
        metadata.put("token_endpoint", issuer() + "/token");
        metadata.put("userinfo_endpoint", issuer() + "/userinfo");
        metadata.put("jwks_uri", issuer() + "/jwks");
        metadata.put("end_session_endpoint", issuer() + "/logout");
        metadata.put("response_types_supported", List.of("code"));
        metadata.put("subject_types_supported", List.of("public"));
        metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
        metadata.put("scopes_supported", List.of("openid", "email", "profile"));
        metadata.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        metadata.put("grant_types_supported", List.of("authorization_code"));
        metadata.put("code_challenge_methods_supported", List.of("S256"));
        send(e, 200, "application/json", JSON.writeValueAsString(metadata));
    }

    /** GET shows the sign-in page; POST signs the account in and sends the browser back with a code. */
    private void authorize(HttpExchange e) throws IOException {
        Map<String, String> query = form(e.getRequestURI().getRawQuery());
        if ("POST".equals(e.getRequestMethod())) {
            query.putAll(form(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        }
        String redirectUri = query.getOrDefault("redirect_uri", "");
        if (!clientId.equals(query.get("client_id")) || !redirectUri.startsWith(redirectUriPrefix)) {
            send(e, 400, "text/plain", "unknown client or redirect address");
            return;
        }
        if (!"code".equals(query.get("response_type")) || !"S256".equals(query.get("code_challenge_method"))
                || query.get("code_challenge") == null) {
            redirect(e, redirectUri + "?error=invalid_request&state=" + encode(query.getOrDefault("state", "")));
            return;
        }
        if ("GET".equals(e.getRequestMethod())) {
            StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><head><title>Test provider"
                    + "</title></head><body><main><h1>Test provider</h1><form method=\"post\">");
            query.forEach((name, value) -> page.append("<input type=\"hidden\" name=\"").append(escape(name))
                    .append("\" value=\"").append(escape(value)).append("\">"));
            page.append("<label for=\"account\">Account</label> <input id=\"account\" name=\"account\">"
                    + " <button id=\"sign-in\" type=\"submit\">Sign in</button></form></main></body></html>");
            send(e, 200, "text/html; charset=utf-8", page.toString());
            return;
        }
        Account account = accounts.get(query.getOrDefault("account", ""));
        if (account == null) {
            redirect(e, redirectUri + "?error=access_denied&state=" + encode(query.getOrDefault("state", "")));
            return;
        }
        String code = randomText();
        codes.put(code, new Grant(clientId, redirectUri, query.get("code_challenge"), query.get("nonce"), account));
        redirect(e, redirectUri + "?code=" + code + "&state=" + encode(query.getOrDefault("state", "")));
    }

    private void token(HttpExchange e) throws IOException {
        Map<String, String> body = form(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = e.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((encode(clientId) + ":"
                + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(basic)) {
            send(e, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = codes.remove(body.getOrDefault("code", ""));
        String verifier = body.getOrDefault("code_verifier", "");
        tokenRequests.add(verifier);
        if (grant == null || !grant.redirectUri().equals(body.get("redirect_uri"))
                || !grant.challenge().equals(challenge(verifier))) {
            send(e, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String accessToken = randomText();
        accessTokens.put(accessToken, grant.account());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", accessToken);
        response.put("token_type", "Bearer");
        response.put("expires_in", 300);
        response.put("scope", "openid email profile");
        response.put("id_token", idToken(grant));
        send(e, 200, "application/json", JSON.writeValueAsString(response));
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        Instant issued = tokens == Tokens.EXPIRED ? now.minus(Duration.ofHours(2)) : now;
        Account a = grant.account();
        var claims = new JWTClaimsSet.Builder().issuer(issuer()).subject(a.subject()).audience(grant.clientId())
                .issueTime(Date.from(issued)).expirationTime(Date.from(issued.plus(Duration.ofMinutes(5))))
                .claim("email", a.email()).claim("email_verified", a.emailVerified()).claim("name", a.name())
                .claim("groups", a.groups());
        if (grant.nonce() != null) {
            claims.claim("nonce", grant.nonce());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new RSASSASigner(tokens == Tokens.FORGED_SIGNATURE ? forger : key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private void userInfo(HttpExchange e) throws IOException {
        String bearer = e.getRequestHeaders().getFirst("Authorization");
        Account a = bearer == null ? null : accessTokens.get(bearer.replaceFirst("^Bearer ", ""));
        if (a == null) {
            send(e, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        send(e, 200, "application/json", JSON.writeValueAsString(Map.of("sub", a.subject(), "email", a.email(),
                "email_verified", a.emailVerified(), "name", a.name())));
    }

    private void logout(HttpExchange e) throws IOException {
        Map<String, String> query = form(e.getRequestURI().getRawQuery());
        loggedOut.add(query.getOrDefault("id_token_hint", ""));
        String back = query.get("post_logout_redirect_uri");
        if (back != null && back.startsWith(redirectUriPrefix)) {
            redirect(e, back);
        } else {
            send(e, 200, "text/plain", "signed out");
        }
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private String randomText() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Map<String, String> form(@Nullable String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int at = pair.indexOf('=');
            String name = URLDecoder.decode(at < 0 ? pair : pair.substring(0, at), StandardCharsets.UTF_8);
            values.put(name, at < 0 ? "" : URLDecoder.decode(pair.substring(at + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static void redirect(HttpExchange e, String location) throws IOException {
        e.getResponseHeaders().add("Location", location);
        e.sendResponseHeaders(302, -1);
        e.close();
    }

    private static void send(HttpExchange e, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", type);
        e.sendResponseHeaders(status, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
