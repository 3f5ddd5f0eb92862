/**
 * The provider contract suite: {@link io.orgkit.tck.provider.ProviderContractSuite}, which every provider passes
 * against a simulator of its platform driven through {@link io.orgkit.tck.provider.RemoteDirectoryControl}.
 */
@NullMarked
package io.orgkit.tck.provider;

import org.jspecify.annotations.NullMarked;
