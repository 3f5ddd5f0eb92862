package io.orgkit.provider.dingtalk.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.orgkit.core.members.PlatformAccount;

/**
 * A DingTalk user's account state. DingTalk's {@code active} (in {@code topapi/v2/user/list} and
 * {@code topapi/v2/user/get}) says whether the person has activated DingTalk (signed in once), not whether the
 * account is disabled: DingTalk lists no disabled users (a departed user leaves the contacts), so a listed user is
 * {@link PlatformAccount#ACTIVATED} or {@link PlatformAccount#NOT_ACTIVATED}, never disabled. A user without the
 * field counts as activated.
 */
final class DingTalkAccounts {
    private DingTalkAccounts() {}

    static PlatformAccount of(JsonNode user) {
        return user.path("active").asBoolean(true) ? PlatformAccount.ACTIVATED : PlatformAccount.NOT_ACTIVATED;
    }
}
