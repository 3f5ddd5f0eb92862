package io.orgkit.core.sync;

import io.orgkit.core.ProviderException;
import io.orgkit.core.spi.CredentialField;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.core.spi.ProviderSettings;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A test-only provider (type {@code test}) whose remote directory the tests edit directly. */
final class TestDirectory implements OrganizationProvider {
    static final String ROOT = "1";
    final Map<String, RemoteDepartment> departments = new LinkedHashMap<>();
    final Map<String, RemoteMember> members = new LinkedHashMap<>();
    final AtomicInteger fetches = new AtomicInteger();
    volatile int failAtCall;
    volatile CountDownLatch fetching;
    volatile CountDownLatch release;

    TestDirectory() {
        departments.put(ROOT, new RemoteDepartment(ROOT, null, "ACME", 0, List.of()));
    }

    TestDirectory dept(String id, String parent, String name) {
        departments.put(id, new RemoteDepartment(id, parent, name, departments.size(), List.of()));
        return this;
    }

    TestDirectory managers(String dept, String... memberIds) {
        RemoteDepartment d = departments.get(dept);
        departments.put(dept, new RemoteDepartment(d.externalId(), d.parentExternalId(), d.name(), d.order(),
                List.of(memberIds)));
        return this;
    }

    TestDirectory member(String id, String name, String... depts) {
        return put(new RemoteMember(id, name, "E" + id, null, id + "@acme.example", null, List.of(depts), depts[0],
                true));
    }

    TestDirectory put(RemoteMember m) {
        members.put(m.externalId(), m);
        return this;
    }

    RemoteMember get(String id) {
        return members.get(id);
    }

    @Override
    public String type() {
        return "test";
    }

    @Override
    public String displayName() {
        return "Test platform";
    }

    @Override
    public List<CredentialField> credentialFields() {
        return List.of(CredentialField.required("tenant", "Tenant"), CredentialField.secret("token", "Token"));
    }

    @Override
    public void verify(ProviderSettings settings) {
        settings.value("tenant");
        settings.secret("token");
    }

    @Override
    public DirectorySource openDirectory(ProviderSettings settings) {
        fetches.incrementAndGet();
        List<RemoteDepartment> ds = List.copyOf(departments.values());
        List<RemoteMember> ms = new ArrayList<>(members.values());
        int failAt = failAtCall;
        AtomicInteger calls = new AtomicInteger();
        return new DirectorySource() {
            @Override
            public void fetchAll(DirectoryVisitor visitor) {
                awaitRelease();
                call(calls, failAt);
                ds.forEach(visitor::department);
                for (int i = 0; i < ms.size(); i++) {
                    if (i % 10 == 0) {
                        call(calls, failAt);
                    }
                    visitor.member(ms.get(i));
                }
            }

            @Override
            public long apiCalls() {
                return calls.get();
            }
        };
    }

    private static void call(AtomicInteger calls, int failAt) {
        if (calls.incrementAndGet() == failAt) {
            throw new ProviderException("test", "500", "the test platform failed call " + failAt);
        }
    }

    private void awaitRelease() {
        CountDownLatch started = fetching;
        CountDownLatch gate = release;
        if (started != null && gate != null) {
            started.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
