package io.orgkit.provider.teams;

import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.tck.graph.GraphDirectory;
import io.orgkit.tck.graph.GraphSimulator;
import io.orgkit.tck.graph.GraphSimulatorControl;
import io.orgkit.tck.provider.ProviderContractSuite;
import io.orgkit.tck.provider.RemoteDirectoryControl;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** The Teams provider (GROUPS mapping: nested groups as the tree) against the Graph simulator passes the contract. */
class TeamsProviderContractTest extends ProviderContractSuite {
    private static final GraphSimulator SIM = GraphSimulator.start();

    @AfterAll
    static void stop() {
        SIM.close();
    }

    @Override
    protected OrganizationProvider provider() {
        return new TeamsProvider();
    }

    @Override
    protected RemoteDirectoryControl remote() {
        return new GraphSimulatorControl(SIM);
    }

    /** Retries kept short: the suite's failure tests make every call fail until it heals the platform. */
    @Override
    protected NewOrganization newOrganization(String name) {
        return Teams.organization(
                name,
                SIM.tenant(),
                SIM.clientId(),
                SIM.clientSecret(),
                Map.of(
                        Teams.BASE_URL, SIM.baseUrl().toString(),
                        Teams.LOGIN_URL, SIM.baseUrl().toString(),
                        Teams.DEPARTMENT_MAPPING, "GROUPS",
                        Teams.ROOT_GROUP_ID, GraphDirectory.ROOT_GROUP,
                        Teams.MAX_QPS, "0",
                        Teams.MAX_ATTEMPTS, "2",
                        Teams.BACKOFF_MILLIS, "10"));
    }
}
