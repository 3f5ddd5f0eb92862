package io.orgkit.spring.boot;

import io.orgkit.core.io.ImportResult;
import io.orgkit.core.organizations.OrgId;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Published as a Spring application event when an import of members through the auto-configured
 * {@link io.orgkit.core.OrganizationService} ends.
 *
 * @param orgId the organization
 * @param result the result (rows read, created, updated, skipped, failed and their errors); null when the call
 *     threw (an unreadable file, a limit exceeded)
 * @param error the exception's type and message (at most 200 characters) when the call threw, else null
 * @param elapsed how long the import took
 */
public record ImportFinishedEvent(
        OrgId orgId,
        @Nullable ImportResult result,
        @Nullable String error,
        Duration elapsed) {}
