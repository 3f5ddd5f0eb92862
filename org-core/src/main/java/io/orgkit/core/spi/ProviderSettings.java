package io.orgkit.core.spi;

import io.orgkit.core.ValidationException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of one synced organization: plain values (CorpID, AgentID, ...) and secrets.
 * {@code toString()} lists secret names only.
 */
public record ProviderSettings(Map<String, String> values, Map<String, Secret> secrets) {
    /**
     * The setting that lets this organization's URL settings use plain {@code http} to hosts other than loopback
     * ({@code "true"}); off unless set. Core refuses such URLs otherwise, so credentials only travel over https.
     * Like every setting it is sealed with the organization, so it cannot be switched on in the database.
     */
    public static final String ALLOW_INSECURE_HTTP = "allowInsecureHttp";

    /** Copies the settings. */
    public ProviderSettings {
        values = Map.copyOf(values);
        secrets = Map.copyOf(secrets);
    }

    /** A required plain value; refused with the field's name when absent or blank. */
    public String value(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw ValidationException.of(name, "is required");
        }
        return v;
    }

    /** An optional plain value; empty when absent or blank. */
    public Optional<String> optionalValue(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    /** A required secret; refused with the field's name when absent or blank. */
    public Secret secret(String name) {
        Secret s = secrets.get(name);
        if (s == null || s.isBlank()) {
            throw ValidationException.of(name, "is required");
        }
        return s;
    }

    @Override
    public String toString() {
        return "ProviderSettings[values=" + new TreeMap<>(values) + ", secrets=" + new TreeMap<>(secrets).keySet()
                + "]";
    }
}
