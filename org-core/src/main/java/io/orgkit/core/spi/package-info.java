/**
 * The service provider interfaces: what a platform provider ({@link io.orgkit.core.spi.OrganizationProvider})
 * implements to fetch a directory, read changes, verify callbacks and sign members in, plus the settings, secrets and
 * password hashing it works with. Applications need it only to configure a synced organization.
 */
@NullMarked
package io.orgkit.core.spi;

import org.jspecify.annotations.NullMarked;
