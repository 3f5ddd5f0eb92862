package io.orgkit.core.internal;

import io.orgkit.core.ValidationException;
import io.orgkit.core.spi.ProviderSettings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The https rule for URL-valued provider settings ({@code baseUrl}, {@code apiUrl}, {@code loginUrl}, any setting
 * whose value is an http URL): plain http only to loopback (127.0.0.0/8, ::1, localhost), unless the service
 * ({@code builder().allowInsecureHttp(true)}) or the organization (setting
 * {@value ProviderSettings#ALLOW_INSECURE_HTTP}) allows it.
 */
final class UrlRule {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private UrlRule() {}

    /** @throws ValidationException naming the first setting that breaks the rule */
    static void check(Map<String, String> values, boolean allowedByService) {
        boolean allowed = allowedByService
                || "true"
                        .equalsIgnoreCase(values.getOrDefault(ProviderSettings.ALLOW_INSECURE_HTTP, "")
                                .trim());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(values).entrySet()) {
            String v = e.getValue().trim();
            if (!allowed && v.toLowerCase(Locale.ROOT).startsWith("http://") && !loopback(v)) {
                throw ValidationException.of(
                        e.getKey(),
                        "must be an https URL: plain http would send the"
                                + " organization's credentials unencrypted. It is allowed only to loopback addresses"
                                + " (127.0.0.0/8, ::1, localhost), or with the setting '"
                                + ProviderSettings.ALLOW_INSECURE_HTTP
                                + "'=true or OrganizationService.builder().allowInsecureHttp(true)");
            }
        }
    }

    static boolean loopback(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (IPV4.matcher(literal).matches()) {
            String[] octets = literal.split("\\.");
            return Integer.parseInt(octets[0]) == 127
                    && java.util.Arrays.stream(octets).allMatch(o -> Integer.parseInt(o) <= 255);
        }
        if (!literal.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
