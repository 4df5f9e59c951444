package fr.tremplin.holdings;

/**
 * How to import one file.
 *
 * @param format      the MARC dialect, or null to tell it from the records
 * @param fullExport  the file is the whole catalogue: records missing from it are retired
 * @param staffUserId who uploaded it (null for the watched folder)
 */
public record ImportRequest(ImportSource source, MarcFormat format, boolean fullExport, Long staffUserId) {
}
