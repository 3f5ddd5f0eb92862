package io.orgkit.provider.dingtalk.internal;

import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.provider.dingtalk.DepartmentDetail;
import io.orgkit.provider.dingtalk.DingTalkConfig;
import io.orgkit.provider.support.HttpProviderConfig;
import io.orgkit.provider.support.Sleeper;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Test helpers: a config pointing at a simulator, a recording sleeper, a settable clock, a collecting visitor. */
final class Fixture {
    static final int ATTEMPTS = 4;
    static final Duration BACKOFF = Duration.ofMillis(100);
    /** Jitter that always takes the full pause, so back-off pauses are exact. */
    static final DoubleSupplier NO_JITTER = () -> 1.0;

    private Fixture() {}

    static DingTalkConfig config(DingTalkSimulator sim) {
        return config(sim, sim.appSecret(), Duration.ofSeconds(5));
    }

    static DingTalkConfig config(DingTalkSimulator sim, String secret, Duration timeout) {
        return config(sim, secret, timeout, DepartmentDetail.FULL);
    }

    static DingTalkConfig config(DingTalkSimulator sim, String secret, Duration timeout, DepartmentDetail detail) {
        return config(sim, secret, timeout, detail, 8);
    }

    static DingTalkConfig config(DingTalkSimulator sim, DepartmentDetail detail, int maxInFlight) {
        return config(sim, sim.appSecret(), Duration.ofSeconds(5), detail, maxInFlight);
    }

    static DingTalkConfig config(
            DingTalkSimulator sim, String secret, Duration timeout, DepartmentDetail detail, int maxInFlight) {
        return DingTalkConfig.builder("dingcorp0001", "100001", sim.appKey(), secret)
                .http(HttpProviderConfig.builder(sim.baseUrl())
                        .maxQps(0)
                        .maxAttempts(ATTEMPTS)
                        .backoff(BACKOFF)
                        .timeout(timeout)
                        .maxInFlight(maxInFlight)
                        .build())
                .allHostsAt(sim.baseUrl())
                .departmentDetail(detail)
                .build();
    }

    static Collected fetch(DingTalkClient client) {
        Collected out = new Collected();
        new DingTalkDirectory(client).fetchAll(out);
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
