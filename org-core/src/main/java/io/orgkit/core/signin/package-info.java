/** Members signing in with their organization's platform (DingTalk, WeCom, Microsoft). */
@NullMarked
package io.orgkit.core.signin;

import org.jspecify.annotations.NullMarked;
