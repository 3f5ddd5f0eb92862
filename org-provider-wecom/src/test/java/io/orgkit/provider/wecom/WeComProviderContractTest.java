package io.orgkit.provider.wecom;

import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.tck.provider.ProviderContractSuite;
import io.orgkit.tck.provider.RemoteDirectoryControl;
import io.orgkit.tck.wecom.WeComSimulator;
import io.orgkit.tck.wecom.WeComSimulatorControl;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** The WeCom provider against the WeCom simulator passes the provider contract. */
class WeComProviderContractTest extends ProviderContractSuite {
    private static final WeComSimulator SIM = WeComSimulator.start();

    @AfterAll
    static void stop() {
        SIM.close();
    }

    @Override
    protected OrganizationProvider provider() {
        return new WeComProvider();
    }

    @Override
    protected RemoteDirectoryControl remote() {
        return new WeComSimulatorControl(SIM);
    }

    /** Retries kept short: the suite's failure tests make every call fail until it heals the platform. */
    @Override
    protected NewOrganization newOrganization(String name) {
        return WeCom.organization(
                name,
                SIM.corpId(),
                "1000002",
                SIM.secret(),
                Map.of(
                        WeCom.BASE_URL,
                        SIM.baseUrl().toString(),
                        WeCom.MAX_QPS,
                        "0",
                        WeCom.MAX_ATTEMPTS,
                        "2",
                        WeCom.BACKOFF_MILLIS,
                        "10"));
    }
}
