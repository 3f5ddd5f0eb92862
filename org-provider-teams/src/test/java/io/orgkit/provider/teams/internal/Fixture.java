package io.orgkit.provider.teams.internal;

import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.provider.support.HttpProviderConfig;
import io.orgkit.provider.support.Sleeper;
import io.orgkit.provider.teams.TeamsConfig;
import io.orgkit.tck.graph.GraphSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/** Configs, clients and a collecting visitor against a {@link GraphSimulator}; sleeps are recorded, not slept. */
final class Fixture {
    static final DoubleSupplier NO_JITTER = () -> 0.5;

    private Fixture() {}

    static TeamsConfig.Builder builder(GraphSimulator sim, String secret) {
        return TeamsConfig.builder(sim.tenant(), sim.clientId(), secret)
                .http(HttpProviderConfig.builder(sim.baseUrl())
                        .maxQps(0)
                        .maxAttempts(3)
                        .backoff(Duration.ofMillis(100))
                        .maxBackoff(Duration.ofSeconds(30))
                        .build())
                .allHostsAt(sim.baseUrl());
    }

    static TeamsConfig config(GraphSimulator sim) {
        return builder(sim, sim.clientSecret()).build();
    }

    static GraphClient client(TeamsConfig config, Clock clock, RecordingSleeper sleeper) {
        return new GraphClient(config, clock, sleeper, NO_JITTER);
    }

    static GraphClient client(GraphSimulator sim, RecordingSleeper sleeper) {
        return client(config(sim), Clock.systemUTC(), sleeper);
    }

    static Collected fetch(GraphClient client) {
        Collected c = new Collected();
        new TeamsDirectory(client).fetchAll(c);
        return c;
    }

    /** Departments and members as fetched. */
    static final class Collected implements DirectoryVisitor {
        final List<RemoteDepartment> departments = new ArrayList<>();
        final List<RemoteMember> members = new ArrayList<>();

        @Override
        public void department(RemoteDepartment department) {
            departments.add(department);
        }

        @Override
        public void member(RemoteMember member) {
            members.add(member);
        }

        RemoteMember member(String id) {
            return members.stream()
                    .filter(m -> m.externalId().equals(id))
                    .findFirst()
                    .orElseThrow();
        }

        RemoteDepartment department(String id) {
            return departments.stream()
                    .filter(d -> d.externalId().equals(id))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Records each pause instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> pauses = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            pauses.add(duration);
        }
    }
}
