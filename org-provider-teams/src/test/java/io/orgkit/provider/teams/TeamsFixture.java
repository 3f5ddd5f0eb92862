package io.orgkit.provider.teams;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.core.members.Member;
import io.orgkit.core.store.InMemoryStore;
import io.orgkit.tck.graph.GraphSimulator;
import io.orgkit.tck.store.MutableClock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** A service with the Teams provider and an organization on a {@link GraphSimulator}. */
final class TeamsFixture implements AutoCloseable {
    final GraphSimulator sim = GraphSimulator.start();
    final MutableClock clock = new MutableClock(Instant.now());
    final OrganizationService orgs = OrganizationService.builder()
            .store(new InMemoryStore())
            .clock(clock)
            .secretKey(Base64.getEncoder().encodeToString(new byte[32]))
            .discoverProviders(false)
            .provider(new TeamsProvider())
            .build();

    Org create(Map<String, String> options) {
        Map<String, String> all = new HashMap<>(Map.of(
                Teams.BASE_URL, sim.baseUrl().toString(),
                Teams.LOGIN_URL, sim.baseUrl().toString(),
                Teams.MAX_QPS, "0",
                Teams.MAX_ATTEMPTS, "2",
                Teams.BACKOFF_MILLIS, "10"));
        all.putAll(options);
        return orgs.create(Teams.organization("ACME", sim.tenant(), sim.clientId(), sim.clientSecret(), all));
    }

    static Member member(Org org, String externalId) {
        return java.util.stream.Stream.concat(org.members().list().stream(), org.members().resigned().stream())
                .filter(m -> externalId.equals(m.externalId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no member " + externalId));
    }

    @Override
    public void close() {
        orgs.close();
        sim.close();
    }
}
