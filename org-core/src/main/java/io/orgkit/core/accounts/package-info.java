/**
 * Members' accounts: passwords, the leader's first sign-in and password changes ({@link
 * io.orgkit.core.accounts.Accounts}, through {@code Org.accounts()}), with bcrypt as the default hasher.
 */
@NullMarked
package io.orgkit.core.accounts;

import org.jspecify.annotations.NullMarked;
