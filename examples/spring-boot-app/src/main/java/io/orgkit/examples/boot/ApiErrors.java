package io.orgkit.examples.boot;

import io.orgkit.core.ConflictException;
import io.orgkit.core.NotFoundException;
import io.orgkit.core.OrgKitException;
import io.orgkit.core.ProviderException;
import io.orgkit.core.ReadOnlyOrganizationException;
import io.orgkit.core.ValidationException;
import io.orgkit.core.signin.SignInRefusedException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): {@code status}, {@code title},
 * {@code detail}, and {@code field} (plus {@code errors}, each with field and message) where the input was
 * wrong. OrgKit's messages quote at most 50 characters of a value and never a secret.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** Bad input found by the API itself, before OrgKit is called. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;

        BadRequest(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        if (field != null) {
            p.setProperty("field", field);
        }
        return p;
    }

    @ExceptionHandler(BadRequest.class)
    ProblemDetail bad(BadRequest e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.field);
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail validation(ValidationException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), e.field());
        List<Map<String, String>> errors = e.errors().stream()
                .map(f -> Map.of("field", f.field(), "message", f.message()))
                .toList();
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), e.field());
    }

    @ExceptionHandler(ReadOnlyOrganizationException.class)
    ProblemDetail readOnly(ReadOnlyOrganizationException e) {
        return problem(HttpStatus.CONFLICT, "Read-only organization", e.getMessage(), null);
    }

    @ExceptionHandler(ProviderException.class)
    ProblemDetail provider(ProviderException e) {
        ProblemDetail p = problem(HttpStatus.BAD_GATEWAY, "The platform refused or failed", e.getMessage(), null);
        p.setProperty("code", e.code());
        return p;
    }

    @ExceptionHandler(SignInRefusedException.class)
    ProblemDetail refused(SignInRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, "Sign-in refused", e.reason().name(), null);
    }

    @ExceptionHandler(OrgKitException.class)
    ProblemDetail other(OrgKitException e) {
        LOG.warn("OrgKit call failed: {}", e.toString());
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "OrgKit failed", e.getClass().getSimpleName(), null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "the request body is not the JSON expected", "body");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "bad value for " + e.getName(), e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Invalid input",
                "the parameter " + e.getParameterName() + " is required",
                e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "Invalid input",
                "the part " + e.getRequestPartName() + " is required",
                e.getRequestPartName());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Too large", "the upload is larger than allowed", "file");
    }
}
