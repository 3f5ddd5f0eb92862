package io.orgkit.spring.boot.internal;

import io.orgkit.core.NotFoundException;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.ValidationException;
import io.orgkit.core.members.Member;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.signin.SignInRefusedException;
import io.orgkit.core.signin.SignInStart;
import io.orgkit.spring.boot.MemberSignedInEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Platform sign-in (QR code / the platform's sign-in page): {@code GET {path}/{orgId}/start} redirects to the
 * platform, which sends the person back to {@code GET {path}/{orgId}/complete?code&state}; that completes the
 * sign-in, publishes a {@link MemberSignedInEvent} and answers the member as JSON. Refusals answer 403 with the
 * reason, an unknown organization 404.
 */
@Controller
public final class SignInController {
    private static final int MAX_PARAM = 512;

    private final OrganizationService orgs;
    private final ApplicationEventPublisher publisher;

    public SignInController(OrganizationService orgs, ApplicationEventPublisher publisher) {
        this.orgs = orgs;
        this.publisher = publisher;
    }

    @GetMapping("${orgkit.web.sign-in-path:/orgkit/sign-in}/{orgId}/start")
    public ResponseEntity<String> start(@PathVariable("orgId") String orgId, HttpServletRequest http) {
        try {
            OrgId id = OrgId.of(orgId);
            URI back = UriComponentsBuilder.fromUriString(http.getRequestURL().toString())
                    .replacePath(http.getRequestURI().replaceFirst("/start$", "/complete"))
                    .replaceQuery(null)
                    .build()
                    .toUri();
            SignInStart start = orgs.org(id).signIn().start(back);
            return ResponseEntity.status(302)
                    .header(HttpHeaders.LOCATION, start.authorizeUrl().toString())
                    .build();
        } catch (NotFoundException | ValidationException e) {
            return problem(404, "no such organization");
        }
    }

    @GetMapping("${orgkit.web.sign-in-path:/orgkit/sign-in}/{orgId}/complete")
    public ResponseEntity<String> complete(
            @PathVariable("orgId") String orgId,
            @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "state", required = false) String state) {
        if (code == null || state == null || code.length() > MAX_PARAM || state.length() > MAX_PARAM) {
            return problem(400, "code and state are required (at most " + MAX_PARAM + " characters each)");
        }
        OrgId id;
        try {
            id = OrgId.of(orgId);
            orgs.org(id);
        } catch (NotFoundException | ValidationException e) {
            return problem(404, "no such organization");
        }
        try {
            Member member = orgs.org(id).signIn().complete(code, state);
            publisher.publishEvent(new MemberSignedInEvent(member));
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body("{\"orgId\":" + Json.string(member.orgId().value()) + ",\"memberId\":"
                            + Json.string(member.id().value()) + ",\"name\":" + Json.string(member.name()) + "}");
        } catch (SignInRefusedException e) {
            return problem(403, "sign-in refused: " + e.reason());
        } catch (ValidationException e) {
            return problem(400, Observer.cut(e.getMessage(), 200));
        }
    }

    private static ResponseEntity<String> problem(int status, String detail) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"status\":" + status + ",\"detail\":" + Json.string(detail) + "}");
    }
}
