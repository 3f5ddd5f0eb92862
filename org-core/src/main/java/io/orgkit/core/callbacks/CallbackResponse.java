package io.orgkit.core.callbacks;

import io.orgkit.core.internal.Check;

/**
 * What the host sends back for a callback.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type header
 * @param body        the response body
 */
public record CallbackResponse(int status, String contentType, String body) {
    /**
     * Validates the response.
     *
     * @throws IllegalArgumentException when the status is outside 100..599
     * @throws io.orgkit.core.ValidationException when the content type or body is missing
     */
    public CallbackResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status 100..599, not " + status);
        }
        Check.notNull(contentType, "contentType");
        Check.notNull(body, "body");
    }

    /** A JSON answer with status 200. */
    public static CallbackResponse json(String body) {
        return new CallbackResponse(200, "application/json; charset=utf-8", body);
    }

    /** A plain-text refusal or failure. */
    public static CallbackResponse text(int status, String body) {
        return new CallbackResponse(status, "text/plain; charset=utf-8", body);
    }

    /** {@return whether the status is 2xx} */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
