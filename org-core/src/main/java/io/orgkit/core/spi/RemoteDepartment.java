package io.orgkit.core.spi;

import io.orgkit.core.internal.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A department as the platform reports it.
 *
 * @param parentExternalId null for the platform's root department (DingTalk 1, WeCom 1)
 * @param order            position among siblings as the platform orders them
 * @param managerExternalIds the platform user ids of the department's leaders
 */
public record RemoteDepartment(
        String externalId,
        @Nullable String parentExternalId,
        String name,
        long order,
        List<String> managerExternalIds) {

    /**
     * Validates the department and copies its manager list.
     *
     * @throws io.orgkit.core.ValidationException when the external id or name is missing
     */
    public RemoteDepartment {
        Check.notNull(externalId, "externalId");
        Check.notNull(name, "name");
        managerExternalIds = List.copyOf(managerExternalIds);
    }
}
