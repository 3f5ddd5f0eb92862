/** The WeCom provider's implementation; not API. */
@NullMarked
package io.orgkit.provider.wecom.internal;

import org.jspecify.annotations.NullMarked;
