/**
 * Member import and export: the {@link io.orgkit.core.io.MemberIo} API reached through
 * {@link io.orgkit.core.Org#io()}, its options and results, and the {@link io.orgkit.core.io.MemberFileFormat}
 * SPI (CSV built in, XLSX from the {@code org-excel} module).
 */
@NullMarked
package io.orgkit.core.io;

import org.jspecify.annotations.NullMarked;
