package fr.passerelle.sync;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the France Travail APIs are and the partner credentials, from {@code HOME/sync.properties} or the environment
 * ({@code PASSERELLE_FT_CLIENT_ID}, {@code PASSERELLE_FT_CLIENT_SECRET}, which win). The hosts are configurable (they
 * changed twice: emploi-store → pole-emploi.io → francetravail.io). The secret is never printed: {@link #toString()}
 * masks it.
 */
public record PartnerConfig(String apiBase, String tokenUrl, String clientId, String clientSecret, boolean applicationScope) {
    public static final String API = "https://api.francetravail.io/partenaire";
    public static final String TOKEN = "https://entreprise.francetravail.fr/connexion/oauth2/access_token";

    public static PartnerConfig load(Path home, Map<String, String> env) throws IOException {
        Properties p = new Properties();
        Path file = home.resolve("sync.properties");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            }
        }
        return new PartnerConfig(p.getProperty("francetravail.api", API), p.getProperty("francetravail.token", TOKEN),
                env.getOrDefault("PASSERELLE_FT_CLIENT_ID", p.getProperty("francetravail.clientId")),
                env.getOrDefault("PASSERELLE_FT_CLIENT_SECRET", p.getProperty("francetravail.clientSecret")),
                Boolean.parseBoolean(p.getProperty("francetravail.applicationScope", "true")));
    }

    public boolean hasCredentials() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }

    @Override
    public String toString() {
        return "PartnerConfig[api=" + apiBase + ", token=" + tokenUrl + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "absent" : "***") + "]";
    }
}
