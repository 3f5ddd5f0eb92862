/**
 * The members of an organization: {@link io.orgkit.core.members.Members} (through {@code Org.members()}), the {@link
 * io.orgkit.core.members.Member} record, and {@link io.orgkit.core.members.NewMember} / {@link
 * io.orgkit.core.members.MemberUpdate} to add and change them.
 */
@NullMarked
package io.orgkit.core.members;

import org.jspecify.annotations.NullMarked;
