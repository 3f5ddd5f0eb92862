package io.orgkit.provider.teams.internal;

import io.orgkit.provider.teams.TeamsConfig;

/** Checks an organization's settings against Microsoft when it is created. */
public final class TeamsVerifier {
    private TeamsVerifier() {}

    /**
     * Token, then one user (and the root group and one of its members with the GROUPS mapping): a wrong tenant,
     * client id or secret, an expired secret, or a missing permission / admin consent is refused, named.
     */
    public static void verify(TeamsConfig config) {
        try (TeamsDirectory directory = new TeamsDirectory(GraphClient.create(config))) {
            directory.verify();
        }
    }
}
