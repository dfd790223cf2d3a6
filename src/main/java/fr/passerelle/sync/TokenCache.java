package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;

/**
 * OAuth2 client credentials on the /partenaire realm, one token per scope set, kept in memory only and minted again
 * 60 s before it expires (the spec: about 25 minutes, read from {@code expires_in}, never hard-coded).
 */
final class TokenCache {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration EARLY = Duration.ofSeconds(60);

    private final HttpCalls calls;
    private final PartnerConfig config;
    private final Clock clock;
    private final Map<String, Token> tokens = new HashMap<>();
    private int minted;

    private record Token(String value, Instant expires) {
    }

    TokenCache(HttpCalls calls, PartnerConfig config, Clock clock) {
        this.calls = calls;
        this.config = config;
        this.clock = clock;
    }

    synchronized String token(String scopes) throws SyncException {
        Token token = tokens.get(scopes);
        if (token == null || !clock.instant().isBefore(token.expires().minus(EARLY))) {
            token = mint(scopes);
            tokens.put(scopes, token);
        }
        return token.value();
    }

    /** Drops a token the API refused (401): the next call mints a new one. */
    synchronized void invalidate(String scopes) {
        tokens.remove(scopes);
    }

    synchronized int minted() {
        return minted;
    }

    private Token mint(String scopes) throws SyncException {
        if (!config.hasCredentials()) {
            throw new SyncException(Message.of("sync.token.missing"));
        }
        HttpUrl url = HttpUrl.parse(config.tokenUrl()).newBuilder().addQueryParameter("realm", "/partenaire").build();
        String scope = (config.applicationScope() ? "application_" + config.clientId() + " " : "") + scopes;
        FormBody body = new FormBody.Builder().add("grant_type", "client_credentials").add("client_id", config.clientId())
                .add("client_secret", config.clientSecret()).add("scope", scope).build();
        try (Response response = calls.execute(new Request.Builder().url(url).post(body).build())) {
            PartnerDtos.Token answer = response.body() == null ? null
                    : MAPPER.readValue(response.body().bytes(), PartnerDtos.Token.class);
            if (response.code() != 200 || answer == null || answer.access_token == null) {
                // The server's error and description are its own words (data); ours are around them.
                Message why = answer != null && answer.error != null
                        ? answer.error_description == null ? SyncWords.data(answer.error)
                                : Message.of("sync.token.error", Param.label(answer.error), Param.label(answer.error_description))
                        : Message.of("sync.token.http", SyncWords.digits(response.code()));
                throw new SyncException(Message.of("invalid_client".equals(answer == null ? null : answer.error)
                        ? "sync.token.refused.checkClient" : "sync.token.refused", Param.of(why)));
            }
            minted++;
            return new Token(answer.access_token, clock.instant().plusSeconds(Math.max(answer.expires_in, 0)));
        } catch (IOException e) {
            throw new SyncException(Message.of("sync.token.unreadable", Param.label(ManifestJson.firstLine(e.getMessage()))), e);
        }
    }
}
