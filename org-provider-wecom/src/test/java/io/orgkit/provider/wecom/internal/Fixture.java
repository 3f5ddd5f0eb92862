package io.orgkit.provider.wecom.internal;

import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.provider.support.HttpProviderConfig;
import io.orgkit.provider.support.Sleeper;
import io.orgkit.provider.wecom.Listing;
import io.orgkit.provider.wecom.WeComConfig;
import io.orgkit.tck.wecom.WeComSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Test helpers: a config pointing at a simulator, a recording sleeper, a movable clock, a collecting visitor. */
final class Fixture {
    static final int ATTEMPTS = 4;
    static final Duration BACKOFF = Duration.ofMillis(100);
    /** Jitter that always takes the full pause, so back-off pauses are exact. */
    static final DoubleSupplier NO_JITTER = () -> 1.0;

    private Fixture() {}

    static WeComConfig config(WeComSimulator sim) {
        return config(sim, sim.secret(), Listing.AUTO, Listing.AUTO, 8);
    }

    static WeComConfig config(WeComSimulator sim, Listing departments, Listing members) {
        return config(sim, sim.secret(), departments, members, 8);
    }

    static WeComConfig config(
            WeComSimulator sim, String secret, Listing departments, Listing members, int maxInFlight) {
        return config(sim, sim.corpId(), secret, departments, members, maxInFlight);
    }

    static WeComConfig config(
            WeComSimulator sim, String corpId, String secret, Listing departments, Listing members, int maxInFlight) {
        return WeComConfig.builder(corpId, "1000002", secret)
                .http(HttpProviderConfig.builder(sim.baseUrl())
                        .maxQps(0)
                        .maxAttempts(ATTEMPTS)
                        .backoff(BACKOFF)
                        .timeout(Duration.ofSeconds(5))
                        .maxInFlight(maxInFlight)
                        .build())
                .allHostsAt(sim.baseUrl())
                .departmentListing(departments)
                .memberListing(members)
                .build();
    }

    static WeComClient client(WeComConfig config, Sleeper sleeper) {
        return new WeComClient(config, Clock.systemUTC(), sleeper, NO_JITTER);
    }

    static Collected fetch(WeComClient client) {
        Collected out = new Collected();
        new WeComDirectory(client).fetchAll(out);
        return out;
    }

    /** Remembers the pauses asked for instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> pauses = new ArrayList<>();

        @Override
        public synchronized void sleep(Duration duration) {
            pauses.add(duration);
        }
    }

    /** Where a test's {@link io.orgkit.tck.store.MutableClock} starts. */
    static final Instant CLOCK_START = Instant.parse("2026-01-05T08:00:00Z");

    /** Everything a fetch handed over, in order. */
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

        Map<String, RemoteMember> membersById() {
            return members.stream().collect(Collectors.toMap(RemoteMember::externalId, Function.identity()));
        }

        Map<String, RemoteDepartment> departmentsById() {
            return departments.stream().collect(Collectors.toMap(RemoteDepartment::externalId, Function.identity()));
        }
    }
}
