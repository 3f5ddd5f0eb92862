package io.orgkit.core.internal.sync;

import io.orgkit.core.spi.DirectoryVisitor;
import io.orgkit.core.spi.RemoteDepartment;
import io.orgkit.core.spi.RemoteMember;
import io.orgkit.core.sync.SyncProgress;
import io.orgkit.core.sync.SyncProgressListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one fetch delivered, by external id, with the problems a tree check must report. */
final class RemoteSnapshot implements DirectoryVisitor {
    final Map<String, RemoteDepartment> departments = new LinkedHashMap<>();
    final Map<String, RemoteMember> members = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    private final SyncProgressListener progress;
    private long seen;

    RemoteSnapshot(SyncProgressListener progress) {
        this.progress = progress;
    }

    @Override
    public void department(RemoteDepartment department) {
        if (departments.putIfAbsent(department.externalId(), department) != null) {
            problems.add("department " + department.externalId() + " was delivered twice");
        }
        tick();
    }

    @Override
    public void member(RemoteMember member) {
        if (members.putIfAbsent(member.externalId(), member) != null) {
            problems.add("member " + member.externalId() + " was delivered twice");
        }
        tick();
    }

    private void tick() {
        seen++;
        if (seen % 500 == 0) {
            Progress.tell(progress, new SyncProgress(SyncProgress.Phase.FETCHING, seen, -1));
        }
    }

    long size() {
        return seen;
    }
}
