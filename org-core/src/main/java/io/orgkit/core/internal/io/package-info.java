/** The import and export pipeline behind {@link io.orgkit.core.io.MemberIo}, and the built-in CSV format. */
@NullMarked
package io.orgkit.core.internal.io;

import org.jspecify.annotations.NullMarked;
