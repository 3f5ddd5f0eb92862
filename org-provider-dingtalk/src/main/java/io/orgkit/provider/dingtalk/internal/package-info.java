/** Implementation of the DingTalk provider; not an API, may change in any release. */
@NullMarked
package io.orgkit.provider.dingtalk.internal;

import org.jspecify.annotations.NullMarked;
