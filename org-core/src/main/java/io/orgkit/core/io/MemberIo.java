package io.orgkit.core.io;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Bulk import and export of one organization's members ({@code org.io()}):
 * <pre>{@code
 * ImportResult r = acme.io().importMembers(Path.of("members.xlsx"), ImportOptions.defaults());
 * acme.io().exportMembers(ExportScope.department(rnd.id(), true), FileFormat.XLSX, out);
 * acme.io().writeTemplate(FileFormat.XLSX, out);
 * }</pre>
 * Every row is validated (same rules as {@link io.orgkit.core.members.Members#add}) before anything is written;
 * the writing happens in one transaction. A file the import refuses as a whole (too large, damaged, encrypted,
 * legacy .xls, no header) raises {@link io.orgkit.core.ValidationException} and writes nothing; invalid rows are
 * reported in the {@link ImportResult}. Import into a synced organization is refused with
 * {@link io.orgkit.core.ReadOnlyOrganizationException}; export works for every organization. XLSX needs the
 * {@code io.orgkit:org-excel} module on the classpath.
 */
public interface MemberIo {

    /**
     * Imports a file; its format comes from the extension ({@code .csv}, {@code .xlsx}) or its content.
     *
     * @throws io.orgkit.core.ValidationException when the file is refused as a whole (too large, damaged, encrypted,
     *     legacy .xls, no header) or XLSX is read without org-excel; nothing is written
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    ImportResult importMembers(Path file, ImportOptions options);

    /**
     * Imports from a stream (copied to a temporary file first, within the size limit).
     *
     * @throws io.orgkit.core.ValidationException when the file is refused as a whole (too large, damaged, encrypted,
     *     legacy .xls, no header) or XLSX is read without org-excel; nothing is written
     * @throws io.orgkit.core.ReadOnlyOrganizationException for a synced organization
     * @throws java.io.UncheckedIOException when the stream cannot be read
     */
    ImportResult importMembers(InputStream in, FileFormat format, ImportOptions options);

    /**
     * Exports the scope's active members with the standard columns and English headers.
     *
     * @throws io.orgkit.core.NotFoundException when the scope names a department or member this organization does not
     *     have
     * @throws io.orgkit.core.ValidationException when the format is not available (XLSX without org-excel)
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     */
    void exportMembers(ExportScope scope, FileFormat format, OutputStream out);

    /**
     * Exports the scope's members with chosen columns, header language and resigned members or not.
     *
     * @param scope which members
     * @param format CSV or XLSX
     * @param options columns, header language, resigned members
     * @param out receives the file; not closed
     * @throws io.orgkit.core.NotFoundException when the scope names a department or member this organization does not
     *     have
     * @throws io.orgkit.core.ValidationException when the format is not available (XLSX without org-excel)
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     */
    void exportMembers(ExportScope scope, FileFormat format, ExportOptions options, OutputStream out);

    /**
     * Writes the import template (English headers) with this organization's departments in the dropdown.
     *
     * @throws io.orgkit.core.ValidationException when the format is not available (XLSX without org-excel)
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     */
    void writeTemplate(FileFormat format, OutputStream out);

    /**
     * Writes the import template with headers in a language and this organization's departments in the dropdown.
     *
     * @param format CSV or XLSX
     * @param language the header language
     * @param out receives the file; not closed
     * @throws io.orgkit.core.ValidationException when the format is not available (XLSX without org-excel)
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     */
    void writeTemplate(FileFormat format, HeaderLanguage language, OutputStream out);

    /**
     * Writes the result's {@link ImportResult#rowsToFix() rows to fix} as uploaded, plus a last column naming
     * each row's errors; fixed and uploaded again, the extra column is ignored.
     *
     * @throws io.orgkit.core.ValidationException when the format is not available (XLSX without org-excel)
     * @throws java.io.UncheckedIOException when writing to {@code out} fails
     */
    void writeErrorReport(ImportResult result, FileFormat format, OutputStream out);
}
