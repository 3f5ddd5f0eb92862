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
    /** When on, {@code fetchAll(visitor, scope)} reads only the included subtrees, as a selective platform would. */
    volatile boolean honourScope;
    /** When on, the source cannot read one department or member (the SPI's default refusal). */
    volatile boolean noSingleReads;
    /** Departments and members the last fetch delivered. */
    final AtomicInteger delivered = new AtomicInteger();

    TestDirectory() {
        departments.put(ROOT, new RemoteDepartment(ROOT, null, "ACME", 0, List.of()));
    }

    TestDirectory dept(String id, String parent, String name) {
        departments.put(id, new RemoteDepartment(id, parent, name, departments.size(), List.of()));
        return this;
    }

    TestDirectory managers(String dept, String... memberIds) {
        RemoteDepartment d = departments.get(dept);
        departments.put(
                dept,
                new RemoteDepartment(d.externalId(), d.parentExternalId(), d.name(), d.order(), List.of(memberIds)));
        return this;
    }

    TestDirectory member(String id, String name, String... depts) {
        return put(
                new RemoteMember(id, name, "E" + id, null, id + "@acme.example", null, List.of(depts), depts[0], true));
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
            public void fetchAll(DirectoryVisitor visitor, io.orgkit.core.sync.SyncScope scope) {
                if (!honourScope) {
                    fetchAll(visitor);
                    return;
                }
                awaitRelease();
                call(calls, failAt);
                List<RemoteDepartment> walked = scopedDepartments(ds, scope);
                java.util.Set<String> ids = new java.util.HashSet<>();
                walked.forEach(d -> ids.add(d.externalId()));
                boolean rootIn = scope.included().isEmpty() || scope.included().contains(ROOT);
                walked.forEach(visitor::department);
                for (RemoteMember m : ms) {
                    if (m.departmentExternalIds().stream()
                            .anyMatch(d -> ids.contains(d) && (rootIn || !d.equals(ROOT)))) {
                        visitor.member(m);
                        delivered.incrementAndGet();
                    }
                }
                delivered.addAndGet(walked.size());
            }

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
                delivered.set(ds.size() + ms.size());
            }

            @Override
            public java.util.Optional<RemoteMember> member(String externalId) {
                calls.incrementAndGet();
                return java.util.Optional.ofNullable(members.get(externalId));
            }

            @Override
            public java.util.Optional<RemoteDepartment> department(String externalId) {
                if (noSingleReads) {
                    return DirectorySource.super.department(externalId);
                }
                calls.incrementAndGet();
                return java.util.Optional.ofNullable(departments.get(externalId));
            }

            @Override
            public long apiCalls() {
                return calls.get();
            }
        };
    }

    /** Callbacks: query {@code sig} must be the token, {@code id} is the replay key; body lines {@code m:id}, {@code d:id}, {@code gone:id}. */
    @Override
    public java.util.Optional<io.orgkit.core.spi.CallbackDecoder> callbacks() {
        return java.util.Optional.of((request, settings, now) -> {
            if (!request.param("sig").orElse("").equals(settings.secret("token").reveal())) {
                throw new io.orgkit.core.spi.CallbackRefusedException(
                        io.orgkit.core.spi.CallbackRefusedException.Reason.SIGNATURE, "bad signature");
            }
            List<String> members = new ArrayList<>();
            List<String> depts = new ArrayList<>();
            List<io.orgkit.core.spi.RemoteChange> changes = new ArrayList<>();
            for (String line : request.bodyText().split("\n")) {
                if (line.startsWith("m:")) {
                    members.add(line.substring(2));
                } else if (line.startsWith("d:")) {
                    depts.add(line.substring(2));
                } else if (line.startsWith("gone:")) {
                    changes.add(new io.orgkit.core.spi.RemoteChange.MemberRemoved(line.substring(5), 0));
                }
            }
            return new io.orgkit.core.spi.CallbackMessage(
                    request.param("id").orElse("x"),
                    "test",
                    changes,
                    members,
                    depts,
                    Long.parseLong(request.param("v").orElse("0")),
                    io.orgkit.core.callbacks.CallbackResponse.json("{\"ok\":true}"));
        });
    }

    /** The sign-in requests core handed to {@code exchange}, in order. */
    final java.util.List<io.orgkit.core.spi.LoginRequest> loginRequests =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Sign-in: code {@code code-<userid>} gives that user; {@code used} is refused as a used code. */
    @Override
    public java.util.Optional<io.orgkit.core.spi.LoginProvider> login(ProviderSettings settings) {
        return java.util.Optional.of(new io.orgkit.core.spi.LoginProvider() {
            @Override
            public java.net.URI authorizeUrl(java.net.URI redirectUri, String state) {
                return java.net.URI.create("https://test.example/auth?state=" + state);
            }

            @Override
            public java.net.URI authorizeUrl(io.orgkit.core.spi.LoginRequest request) {
                return java.net.URI.create(authorizeUrl(request.redirectUri(), request.state()) + "&nonce="
                        + request.nonce() + "&code_challenge=" + request.codeChallenge());
            }

            @Override
            public String exchange(String code, io.orgkit.core.spi.LoginRequest request) {
                loginRequests.add(request);
                return exchange(code);
            }

            @Override
            public String exchange(String code) {
                if (!code.startsWith("code-")) {
                    throw new io.orgkit.core.signin.SignInRefusedException(
                            io.orgkit.core.signin.SignInRefusedException.Reason.CODE_INVALID, "used");
                }
                return code.substring(5);
            }
        });
    }

    /** The root, then each included subtree (the whole tree when none is) without the excluded ones, breadth-first. */
    static List<RemoteDepartment> scopedDepartments(List<RemoteDepartment> ds, io.orgkit.core.sync.SyncScope scope) {
        Map<String, List<RemoteDepartment>> children = new LinkedHashMap<>();
        Map<String, RemoteDepartment> byId = new LinkedHashMap<>();
        for (RemoteDepartment d : ds) {
            byId.put(d.externalId(), d);
            if (d.parentExternalId() != null) {
                children.computeIfAbsent(d.parentExternalId(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        List<RemoteDepartment> out = new ArrayList<>(List.of(byId.get(ROOT)));
        java.util.Set<String> seen = new java.util.HashSet<>(java.util.Set.of(ROOT));
        java.util.ArrayDeque<RemoteDepartment> queue = new java.util.ArrayDeque<>();
        if (scope.included().isEmpty() || scope.included().contains(ROOT)) {
            queue.add(byId.get(ROOT));
        }
        for (String id : scope.included()) {
            RemoteDepartment d = byId.get(id);
            if (d != null && seen.add(id)) {
                out.add(d);
                queue.add(d);
            }
        }
        while (!queue.isEmpty()) {
            for (RemoteDepartment c : children.getOrDefault(queue.poll().externalId(), List.of())) {
                if (!scope.excluded().contains(c.externalId()) && seen.add(c.externalId())) {
                    out.add(c);
                    queue.add(c);
                }
            }
        }
        return out;
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
