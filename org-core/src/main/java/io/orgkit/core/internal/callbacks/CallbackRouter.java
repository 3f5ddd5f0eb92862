package io.orgkit.core.internal.callbacks;

import io.orgkit.core.ConflictException;
import io.orgkit.core.OrgKitException;
import io.orgkit.core.callbacks.CallbackRequest;
import io.orgkit.core.callbacks.CallbackResponse;
import io.orgkit.core.callbacks.Callbacks;
import io.orgkit.core.internal.OrgOps;
import io.orgkit.core.internal.ServiceContext;
import io.orgkit.core.organizations.Organization;
import io.orgkit.core.spi.CallbackDecoder;
import io.orgkit.core.spi.CallbackMessage;
import io.orgkit.core.spi.CallbackRefusedException;
import io.orgkit.core.spi.OrganizationProvider;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code orgs.callbacks()}: finds the organization whose settings verify a callback, refuses replays, and applies
 * what the callback says. Refusals are answered 403 and logged without any secret or message content.
 */
public final class CallbackRouter implements Callbacks {
    private static final Logger LOG = LoggerFactory.getLogger(CallbackRouter.class);
    private final ServiceContext ctx;

    public CallbackRouter(ServiceContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public CallbackResponse handle(String type, CallbackRequest request) {
        OrganizationProvider provider = ctx.providers().get(type);
        CallbackDecoder decoder = provider == null ? null : provider.callbacks().orElse(null);
        if (decoder == null) {
            return CallbackResponse.text(404, "no callbacks for organization type '" + clip(type) + "'");
        }
        Instant now = ctx.clock().instant();
        List<Organization> candidates = ctx.read(s -> s.organizations()).stream()
                .filter(o -> o.type().equals(type))
                .toList();
        CallbackRefusedException refusal = new CallbackRefusedException(
                CallbackRefusedException.Reason.UNKNOWN_ORGANIZATION, "no " + type + " organization here accepts it");
        for (Organization org : candidates) {
            try {
                CallbackMessage message = decoder.decode(request, OrgOps.settings(ctx, org), now);
                return new CallbackApply(ctx, org, decoder).handle(message, now);
            } catch (CallbackRefusedException e) {
                refusal = strongest(refusal, e);
            } catch (OrgKitException e) {
                LOG.debug("Organization '{}' cannot check callbacks: {}", org.name(), e.getMessage());
            }
        }
        LOG.warn("Refused a {} callback: {} ({})", type, refusal.reason(), refusal.getMessage());
        return CallbackResponse.text(403, "refused: " + refusal.reason().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The most telling refusal: one from an organization whose signature matched beats "unknown organization". */
    private static CallbackRefusedException strongest(CallbackRefusedException a, CallbackRefusedException b) {
        return b.reason().ordinal() > CallbackRefusedException.Reason.SIGNATURE.ordinal()
                                && b.reason() != CallbackRefusedException.Reason.UNKNOWN_ORGANIZATION
                        || a.reason() == CallbackRefusedException.Reason.UNKNOWN_ORGANIZATION
                ? b
                : a;
    }

    static String clip(String s) {
        return s.length() > 50 ? s.substring(0, 50) + "..." : s;
    }

    static ConflictException busy(String orgName) {
        return new ConflictException("a sync of organization '" + orgName + "' is running; the platform will retry");
    }
}
