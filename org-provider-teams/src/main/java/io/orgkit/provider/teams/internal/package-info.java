/** The Microsoft Graph client, directory reader, delta reader and sign-in of the Teams provider; not API. */
@NullMarked
package io.orgkit.provider.teams.internal;

import org.jspecify.annotations.NullMarked;
