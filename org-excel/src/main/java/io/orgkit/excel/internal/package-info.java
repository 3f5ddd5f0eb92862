/** XLSX reading, writing and file checks behind {@link io.orgkit.excel.XlsxFormat}. */
@NullMarked
package io.orgkit.excel.internal;

import org.jspecify.annotations.NullMarked;
