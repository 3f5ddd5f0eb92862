package io.orgkit.provider.dingtalk;

import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.tck.dingtalk.DingTalkSimulator;
import io.orgkit.tck.dingtalk.DingTalkSimulatorControl;
import io.orgkit.tck.provider.ProviderContractSuite;
import io.orgkit.tck.provider.RemoteDirectoryControl;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** The DingTalk provider against the DingTalk simulator passes the provider contract. */
class DingTalkProviderContractTest extends ProviderContractSuite {
    private static final DingTalkSimulator SIM = DingTalkSimulator.start();

    @AfterAll
    static void stop() {
        SIM.close();
    }

    @Override
    protected OrganizationProvider provider() {
        return new DingTalkProvider();
    }

    @Override
    protected RemoteDirectoryControl remote() {
        return new DingTalkSimulatorControl(SIM);
    }

    /** Retries kept short: the suite's failure tests make every call fail until it heals the platform. */
    @Override
    protected NewOrganization newOrganization(String name) {
        return DingTalk.organization(
                name,
                "dingtckcorp",
                "100001",
                SIM.appKey(),
                SIM.appSecret(),
                Map.of(
                        DingTalk.BASE_URL,
                        SIM.baseUrl().toString(),
                        DingTalk.MAX_QPS,
                        "0",
                        DingTalk.MAX_ATTEMPTS,
                        "2",
                        DingTalk.BACKOFF_MILLIS,
                        "10"));
    }
}
