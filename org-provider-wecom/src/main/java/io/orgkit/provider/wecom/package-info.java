/**
 * The WeCom (企业微信) provider: organizations synced from a WeCom enterprise through a self-built app (自建应用).
 * Create one with {@link io.orgkit.provider.wecom.WeCom#organization}; see {@code docs/providers/wecom.md}.
 */
@NullMarked
package io.orgkit.provider.wecom;

import org.jspecify.annotations.NullMarked;
