package io.orgkit.spring.boot.internal;

import io.orgkit.core.OrganizationService;
import io.orgkit.core.callbacks.CallbackRequest;
import io.orgkit.core.callbacks.CallbackResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Passes each platform callback ({@code POST|GET {orgkit.web.callback-path}/{type}}) to
 * {@code orgs.callbacks().handle(type, request)} and sends back its status, content type and body. The body is
 * read up to {@link CallbackRequest#MAX_BODY} bytes; a longer one is refused with 413 before OrgKit sees it.
 */
@Controller
public final class CallbackController {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final int MAX_PARAMS = 100;

    private final OrganizationService orgs;

    public CallbackController(OrganizationService orgs) {
        this.orgs = orgs;
    }

    @RequestMapping(
            path = "${orgkit.web.callback-path:/orgkit/callbacks}/{type}",
            method = {RequestMethod.GET, RequestMethod.POST})
    public ResponseEntity<String> handle(@PathVariable("type") String type, HttpServletRequest http)
            throws IOException {
        if (!TYPE.matcher(type).matches()) {
            return text(404, "no callbacks of that type");
        }
        byte[] body = readBounded(http.getInputStream(), CallbackRequest.MAX_BODY);
        if (body == null) {
            return text(413, "a callback body is at most " + CallbackRequest.MAX_BODY + " bytes");
        }
        Map<String, List<String>> query = query(http.getQueryString());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(http.getHeaderNames())) {
            headers.put(name, Collections.list(http.getHeaders(name)));
        }
        if (query.size() > MAX_PARAMS || headers.size() > MAX_PARAMS) {
            return text(400, "a callback carries at most " + MAX_PARAMS + " parameters and headers");
        }
        CallbackResponse reply = orgs.callbacks().handle(type, new CallbackRequest(query, headers, body));
        return ResponseEntity.status(reply.status())
                .contentType(MediaType.parseMediaType(reply.contentType()))
                .body(reply.body());
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        MultiValueMap<String, String> params =
                UriComponentsBuilder.newInstance().query(raw).build().getQueryParams();
        params.forEach((k, v) -> {
            List<String> decoded = new ArrayList<>();
            v.forEach(s -> decoded.add(s == null ? "" : decode(s)));
            out.put(decode(k), decoded);
        });
        return out;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The stream's bytes, or null when there are more than {@code max}. */
    static byte @Nullable [] readBounded(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (out.size() + n > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static ResponseEntity<String> text(int status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
