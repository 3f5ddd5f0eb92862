package io.orgkit.core.callbacks;

/**
 * Receives platform callbacks ({@code orgs.callbacks()}). Mount one route per platform in any web framework and
 * hand each request here:
 * <pre>{@code
 * CallbackResponse r = orgs.callbacks().handle("dingtalk", new CallbackRequest(query, headers, body));
 * response.setStatus(r.status()); response.setContentType(r.contentType()); response.getWriter().write(r.body());
 * }</pre>
 * The callback is routed to the organization of that type whose settings verify it (DingTalk: the callback token,
 * AES key and the CorpID / AppKey inside the message). A callback no organization verifies (forged signature, old
 * or replayed timestamp, wrong key, unknown corp) is refused with status 403 and nothing is applied.
 */
public interface Callbacks {

    /**
     * Verifies, decodes and applies one callback; never throws for a bad request.
     *
     * @param type the organization type, e.g. {@code dingtalk}
     * @return 200 with the platform's expected answer when handled; 403 when refused; 404 for a type that has no
     *         callbacks; 503 when a sync of the organization is running or the platform could not be read (the
     *         platform retries later; nothing was applied)
     */
    CallbackResponse handle(String type, CallbackRequest request);
}
