/**
 * A Microsoft Graph / Entra ID simulator on the simulator kit ({@link io.orgkit.tck.sim}): the v2.0 token endpoint
 * (client credentials, authorization code with PKCE), users with paging, groups with members and owners, managers,
 * users delta with {@code @removed} and delta links, JWKS and RS256-signed id tokens. See {@link
 * io.orgkit.tck.graph.GraphSimulator}.
 */
@NullMarked
package io.orgkit.tck.graph;

import org.jspecify.annotations.NullMarked;
