/**
 * The simulator kit: the platform-neutral plumbing of OrgKit's platform simulators (real HTTP on 127.0.0.1).
 * {@link io.orgkit.tck.sim.SimServer} serves a {@link io.orgkit.tck.sim.SimPlatform} and applies
 * {@link io.orgkit.tck.sim.SimFaults} (platform error codes, HTTP errors, 429 with {@code Retry-After}, truncated
 * bodies, slow answers, a latency on every call), {@link io.orgkit.tck.sim.SimMeter} counts calls per path and
 * per second and charges a monthly quota, {@link io.orgkit.tck.sim.SimTokens} issues and checks access tokens, and
 * {@link io.orgkit.tck.sim.SimMembers} orders a member's departments as the platforms list them.
 * The DingTalk and WeCom simulators are built on it; see {@code docs/extending.md} for a new platform's.
 */
@NullMarked
package io.orgkit.tck.sim;

import org.jspecify.annotations.NullMarked;
