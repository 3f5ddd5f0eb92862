package io.orgkit.provider.dingtalk.internal;

import io.orgkit.provider.dingtalk.DingTalkConfig;

/** Checks an organization's settings against DingTalk when it is created. */
public final class DingTalkVerifier {
    private DingTalkVerifier() {}

    /** Token, then department and user reads: a wrong AppKey / AppSecret or a missing permission is refused, named. */
    public static void verify(DingTalkConfig config) {
        try (DingTalkDirectory directory = new DingTalkDirectory(DingTalkClient.create(config))) {
            directory.verify();
        }
    }
}
