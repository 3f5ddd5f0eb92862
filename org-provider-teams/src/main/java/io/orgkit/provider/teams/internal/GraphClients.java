package io.orgkit.provider.teams.internal;

import io.orgkit.provider.teams.TeamsConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link GraphClient} per organization's config, shared by its syncs, delta rounds and sign-ins, so the app
 * token is fetched once per lifetime rather than once per sync (a delta round with no change is then one call).
 * Keyed by the config's settings and a SHA-256 of the secret (never the secret itself); at most
 * {@value #MAX_CLIENTS} kept (all dropped when full).
 */
public final class GraphClients {
    static final int MAX_CLIENTS = 1_000;
    private static final Map<String, GraphClient> CLIENTS = new ConcurrentHashMap<>();

    private GraphClients() {}

    /** The shared client of {@code config}. */
    public static GraphClient shared(TeamsConfig config) {
        String key = config.toSettings() + "|" + digest(config.clientSecret().reveal());
        GraphClient client = CLIENTS.get(key);
        if (client != null) {
            return client;
        }
        if (CLIENTS.size() >= MAX_CLIENTS) {
            CLIENTS.clear();
        }
        return CLIENTS.computeIfAbsent(key, k -> GraphClient.create(config));
    }

    private static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
