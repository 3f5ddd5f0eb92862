/**
 * The one member write path: {@link io.orgkit.core.internal.members.MemberWrites} (with its rules,
 * {@link io.orgkit.core.internal.members.MemberRules}, and its uniqueness owner,
 * {@link io.orgkit.core.internal.members.MemberKeys}) is what the members API, import, full sync and single
 * remote changes call to write a member. Internal: not for users.
 */
@NullMarked
package io.orgkit.core.internal.members;

import org.jspecify.annotations.NullMarked;
