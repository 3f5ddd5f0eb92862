package io.orgkit.spring.boot;

import io.orgkit.core.Org;
import io.orgkit.core.OrganizationService;
import io.orgkit.provider.dingtalk.DingTalk;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the starter's tests share: the auto-configurations and a DingTalk organization on the simulator. */
final class Fixtures {
    static final String KEY = "test-secret-key-0123456789abcdef";

    static final AutoConfigurations ORGKIT = AutoConfigurations.of(
            OrgKitStoreAutoConfiguration.class,
            OrgKitAutoConfiguration.class,
            OrgKitSyncSchedulingAutoConfiguration.class,
            OrgKitWebMvcAutoConfiguration.class,
            OrgKitHealthAutoConfiguration.class,
            OrgKitMetricsAutoConfiguration.class);

    private Fixtures() {}

    /** A runner on the in-memory store with a secret key. */
    static ApplicationContextRunner memory() {
        return new ApplicationContextRunner()
                .withConfiguration(ORGKIT)
                .withPropertyValues("orgkit.store.type=memory", "orgkit.secret-key=" + KEY);
    }

    static Org dingTalk(OrganizationService orgs, DingTalkSimulator sim, String name) {
        return orgs.create(DingTalk.organization(
                name,
                "dingcorp-test",
                "100001",
                sim.appKey(),
                sim.appSecret(),
                Map.of(DingTalk.BASE_URL, sim.baseUrl().toString(), DingTalk.MAX_QPS, "0")));
    }
}
