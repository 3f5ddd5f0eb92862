package io.orgkit.spring.boot;

import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.sync.SyncReport;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Published as a Spring application event when a sync started through the auto-configured
 * {@link io.orgkit.core.OrganizationService} ends, applied, held, unchanged or failed. The metrics and the
 * application's own listeners (a sync history, an alert) read it.
 *
 * @param orgId the organization
 * @param operation what ran
 * @param report the report; null when the call threw
 * @param error the exception's type and message (at most 200 characters) when the call threw, else null
 * @param elapsed how long the call took
 */
public record SyncFinishedEvent(
        OrgId orgId,
        Operation operation,
        @Nullable SyncReport report,
        @Nullable String error,
        Duration elapsed) {

    /** The sync calls that are observed. */
    public enum Operation {
        /** {@code sync().run()}: a full sync. */
        RUN,
        /** {@code sync().runChanges()}: the platform's delta feed. */
        RUN_CHANGES,
        /** {@code sync().applyChanges(...)}: changes handed in by the application (or a callback). */
        APPLY_CHANGES,
        /** {@code sync().approve(...)}: a held plan approved. */
        APPROVE,
        /** {@code sync().changeScope(...)}: a full sync with a new sync scope. */
        CHANGE_SCOPE
    }

    /** @return the report, empty when the call threw */
    public Optional<SyncReport> reportIfAny() {
        return Optional.ofNullable(report);
    }

    /** @return whether the call threw */
    public boolean failed() {
        return report == null;
    }
}
