/**
 * The DingTalk provider: organizations synced from a DingTalk enterprise through an internal (self-built) app.
 * Create one with {@link io.orgkit.provider.dingtalk.DingTalk#organization}; see {@code docs/providers/dingtalk.md}.
 */
@NullMarked
package io.orgkit.provider.dingtalk;

import org.jspecify.annotations.NullMarked;
