package io.orgkit.tck.fake;

import io.orgkit.core.organizations.NewOrganization;
import io.orgkit.core.spi.OrganizationProvider;
import io.orgkit.tck.provider.ProviderContractSuite;
import io.orgkit.tck.provider.RemoteDirectoryControl;

class FakeProviderContractTest extends ProviderContractSuite {
    private final FakeDirectory remote = new FakeDirectory("tck", "tck-api-key-7f3a9c");

    @Override
    protected OrganizationProvider provider() {
        return new FakeProvider(remote);
    }

    @Override
    protected RemoteDirectoryControl remote() {
        return remote;
    }

    @Override
    protected NewOrganization newOrganization(String name) {
        return remote.organization(name);
    }
}
