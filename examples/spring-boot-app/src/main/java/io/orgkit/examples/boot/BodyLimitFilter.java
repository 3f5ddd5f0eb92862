package io.orgkit.examples.boot;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds JSON request bodies of the API ({@value #MAX_JSON} bytes); uploads are bounded by
 * {@code spring.servlet.multipart.*}. A body without a declared length is refused: the API's clients send one.
 */
@Component
class BodyLimitFilter extends OncePerRequestFilter {
    static final int MAX_JSON = 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !request.getRequestURI().startsWith("/api/")
                || (type != null && type.startsWith("multipart/"))
                || "GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && request.getHeader("Transfer-Encoding") != null;
        if (length > MAX_JSON || chunked) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Too large\",\"status\":413,\"detail\":\"a JSON body"
                            + " is at most " + MAX_JSON + " bytes, with a Content-Length\",\"field\":\"body\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
