/**
 * The Microsoft Teams provider: organizations synced from a Microsoft Entra ID tenant (the directory behind
 * Microsoft Teams) through Microsoft Graph, kept current with Graph delta queries, and Microsoft sign-in for their
 * members. Create one with {@link io.orgkit.provider.teams.Teams#organization}; see {@code docs/providers/teams.md}.
 */
@NullMarked
package io.orgkit.provider.teams;

import org.jspecify.annotations.NullMarked;
