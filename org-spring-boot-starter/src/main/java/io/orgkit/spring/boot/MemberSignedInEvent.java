package io.orgkit.spring.boot;

import io.orgkit.core.members.Member;

/**
 * Published as a Spring application event when the sign-in endpoint completes a platform sign-in. It is
 * published on the request's thread, so a listener can open the application's own session (for example through
 * {@code RequestContextHolder}).
 *
 * @param member the active member who signed in
 */
public record MemberSignedInEvent(Member member) {}
