package io.orgkit.core.internal.callbacks;

import io.orgkit.core.ConflictException;
import io.orgkit.core.OrgKitException;
import io.orgkit.core.ProviderException;
import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.internal.OrgOps;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.internal.sync.DefaultSync;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.CallbackDecoder;
import io.orgkit.core.spi.CallbackMessage;
import io.orgkit.core.spi.DirectorySource;
import io.orgkit.core.spi.RemoteChange;
import io.orgkit.core.sync.SyncReport;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one verified callback of one organization: records its replay key (single use, kept for the decoder's
 * window, in the store so every instance sees it), re-reads the ids it names, applies the changes. When the platform
 * cannot be read or a sync is running, the replay key is given back and 503 asks the platform to retry.
 */
final class CallbackApply {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackApply.class);
    static final String KIND = "callback";
    private final ServiceContext ctx;
    private final Organization org;
    private final CallbackDecoder decoder;

    CallbackApply(ServiceContext ctx, Organization org, CallbackDecoder decoder) {
        this.ctx = ctx;
        this.org = org;
        this.decoder = decoder;
    }

    CallbackResponse handle(CallbackMessage message, Instant now) {
        if (!remember(message.replayKey(), now)) {
            LOG.warn("Refused a replayed {} callback for organization '{}'", org.type(), org.name());
            return CallbackResponse.text(403, "refused: replayed");
        }
        if (message.isEmpty()) {
            return message.reply();
        }
        try {
            SyncReport report = apply(message);
            LOG.info("Callback {} for organization '{}': {}", message.event(), org.name(), report);
            return message.reply();
        } catch (ConflictException | ProviderException e) {
            forget(message.replayKey(), now);
            LOG.warn(
                    "Callback {} for organization '{}' not applied now: {}",
                    message.event(),
                    org.name(),
                    e.getMessage());
            return CallbackResponse.text(503, "not applied now; retry later");
        }
    }

    private SyncReport apply(CallbackMessage message) {
        List<RemoteChange> changes = new java.util.ArrayList<>(message.changes());
        long calls = 0;
        if (!message.membersToReread().isEmpty()
                || !message.departmentsToReread().isEmpty()) {
            try (DirectorySource source = DefaultSync.provider(ctx, org).openDirectory(OrgOps.settings(ctx, org))) {
                changes.addAll(new Rereads(
                                source,
                                message.version(),
                                id -> ctx.read(s ->
                                        s.departmentByExternalId(org.id(), id).isPresent()))
                        .read(message));
                calls = source.apiCalls();
            }
        }
        return ((DefaultSync) DefaultSync.of(ctx, org.id())).applyRead(changes, calls);
    }

    private boolean remember(String key, Instant now) {
        try {
            return ctx.write(org.id(), tx -> {
                tx.session().deleteExpiredSingleUse(now);
                tx.session()
                        .insertSingleUse(
                                org.id(),
                                KIND,
                                key,
                                "",
                                now.plus(decoder.maxAge()).plus(decoder.maxAge()));
                return true;
            });
        } catch (ConflictException e) {
            return false;
        }
    }

    private void forget(String key, Instant now) {
        try {
            ctx.write(org.id(), tx -> tx.session().takeSingleUse(org.id(), KIND, key, now));
        } catch (OrgKitException e) {
            LOG.debug("Could not release replay key of organization '{}'", org.name(), e);
        }
    }
}
