/**
 * The store contract suite: every {@link io.orgkit.core.store.OrgStore} implementation extends
 * {@link io.orgkit.tck.store.StoreContractSuite} and passes it.
 */
@NullMarked
package io.orgkit.tck.store;

import org.jspecify.annotations.NullMarked;
