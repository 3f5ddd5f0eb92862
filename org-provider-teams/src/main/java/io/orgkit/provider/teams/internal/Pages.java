package io.orgkit.provider.teams.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.ProviderException;
import io.orgkit.provider.teams.Teams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a Graph collection to its end by the absolute {@code @odata.nextLink}s, each page at most 999 items. */
final class Pages {
    /** Most items one page may carry ({@code $top} is at most 999). */
    static final int MAX_PAGE_ITEMS = 999;
    /** Most pages one collection may take (100 million items). */
    static final int MAX_PAGES = 100_000;

    private Pages() {}

    static List<JsonNode> all(GraphClient client, String path, Map<String, String> query) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode page = client.get(path, query);
        for (int pages = 1; ; pages++) {
            out.addAll(items(page, path));
            String next = page.path("@odata.nextLink").asText("");
            if (next.isEmpty()) {
                return out;
            }
            if (pages >= MAX_PAGES) {
                throw new ProviderException(
                        Teams.TYPE, "too-many-pages", "Microsoft Graph kept paging " + path + "; nothing was applied");
            }
            page = client.follow(next);
        }
    }

    /** The {@code value} items of one page. @throws ProviderException when there is none or too many */
    static List<JsonNode> items(JsonNode page, String path) {
        JsonNode value = page.path("value");
        if (!value.isArray() || value.size() > MAX_PAGE_ITEMS) {
            throw new ProviderException(
                    Teams.TYPE,
                    "malformed-response",
                    "Microsoft Graph's answer to " + path + " has no 'value' list or more than " + MAX_PAGE_ITEMS
                            + " items; nothing was applied");
        }
        List<JsonNode> out = new ArrayList<>(value.size());
        value.forEach(out::add);
        return out;
    }
}
