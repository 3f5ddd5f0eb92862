package io.orgkit.tck.fake;

import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.spi.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link FakeDirectory} the way platform APIs are read: one token call, departments in pages of 50, then
 * each department's members in pages of {@value #PAGE}; a member listed in several departments is delivered once.
 */
final class FakeDirectorySource implements DirectorySource {
    static final int PAGE = 100;
    private static final Logger LOG = LoggerFactory.getLogger(FakeDirectorySource.class);
    private final FakeDirectory directory;
    private final Secret apiKey;
    private long calls;

    FakeDirectorySource(FakeDirectory directory, Secret apiKey) {
        this.directory = directory;
        this.apiKey = apiKey;
    }

    @Override
    public void fetchAll(DirectoryVisitor visitor) {
        LOG.debug("Fetching the fake directory {} with key {}", directory, apiKey);
        call("token");
        FakeDirectory.Snapshot snapshot = directory.snapshot();
        List<RemoteDepartment> departments = snapshot.departments();
        for (int i = 0; i < departments.size(); i += 50) {
            call("departments page " + (i / 50 + 1));
        }
        departments.forEach(visitor::department);
        Map<String, RemoteMember> seen = new LinkedHashMap<>();
        for (RemoteDepartment d : departments) {
            List<RemoteMember> members = snapshot.members(d.externalId());
            for (int i = 0; i == 0 || i < members.size(); i += PAGE) {
                call("members of " + d.externalId() + " page " + (i / PAGE + 1));
            }
            members.forEach(m -> seen.putIfAbsent(m.externalId(), m));
        }
        seen.values().forEach(visitor::member);
        LOG.debug("Fetched {} departments and {} members in {} calls", departments.size(), seen.size(), calls);
    }

    /** The fake platform's delta feed, in pages of {@value #PAGE} changes; one call per page (the start position is free). */
    @Override
    public java.util.Optional<io.orgkit.core.spi.ChangePage> changesSince(
            @org.jspecify.annotations.Nullable String cursor) {
        if (cursor != null) {
            call("changes since " + cursor);
        }
        return java.util.Optional.of(directory.changesSince(cursor, PAGE));
    }

    @Override
    public java.util.Optional<RemoteMember> member(String externalId) {
        call("member " + externalId);
        return directory.member(externalId);
    }

    @Override
    public java.util.Optional<RemoteDepartment> department(String externalId) {
        call("department " + externalId);
        return directory.department(externalId);
    }

    private void call(String what) {
        calls++;
        directory.call(what, apiKey.reveal());
    }

    @Override
    public long apiCalls() {
        return calls;
    }
}
