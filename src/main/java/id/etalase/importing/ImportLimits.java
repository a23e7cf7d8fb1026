package id.etalase.importing;

/**
 * How much one upload may hold. The byte limit is counted on the stream as it is read, so a client
 * that lies about its size still stops there; the row limit counts data rows per sheet.
 */
public record ImportLimits(long maxBytes, int maxRows) {

  /**
   * 50 MB and 300,000 rows a sheet: a large regency's UMKM with three products each fit, a runaway
   * export does not.
   */
  public static final ImportLimits DEFAULT = new ImportLimits(50L * 1024 * 1024, 300_000);

  public ImportLimits {
    if (maxBytes <= 0 || maxRows <= 0) {
      throw new IllegalArgumentException(
          "Import limits must be positive: " + maxBytes + ", " + maxRows);
    }
  }
}
