/**
 * XLSX for OrgKit member import and export (Apache POI): streaming read (SAX), streaming write (SXSSF) and the
 * import template. On the classpath, {@link io.orgkit.excel.XlsxFormat} is found by {@link java.util.ServiceLoader};
 * nothing needs to be configured.
 */
@NullMarked
package io.orgkit.excel;

import org.jspecify.annotations.NullMarked;
