/**
 * Limits of the student import. They are data, not scattered literals, so an
 * operator (or a test) can lower them without touching the readers.
 */
export interface ImportLimits {
  /** Data rows one file may hold (header rows excluded). */
  maxRows: number;
  /** Columns read per row; cells further right are ignored. */
  maxColumns: number;
  /** Rows searched for the header. */
  headerScanRows: number;
  /** Characters kept of one cell: a 1 MB "name" is an attack, not data. */
  maxCellChars: number;
  /** Rows written per transaction by a valid-only commit. */
  commitBatchSize: number;
  /** Findings inserted per statement. */
  findingsBatchSize: number;
  /** Distinct non-ASCII values per column that decide its legacy encoding (core samples 500). */
  encodingSampleSize: number;
  /** Data rows read before the columns' encodings are decided (the rest of the file is not sampled). */
  planPrefixRows: number;
  /** Uploads at least this large are encrypted as a stream rather than in one go. */
  streamEncryptFromBytes: number;
  /** Findings per page of the API. */
  findingsPageSize: number;
}

export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  maxRows: 1_000_000,
  maxColumns: 256,
  headerScanRows: 15,
  maxCellChars: 4_000,
  commitBatchSize: 1_000,
  findingsBatchSize: 500,
  encodingSampleSize: 500,
  planPrefixRows: 5_000,
  streamEncryptFromBytes: 20 * 1024 * 1024,
  findingsPageSize: 100,
};

export function importLimits(overrides: Partial<ImportLimits> = {}): ImportLimits {
  return { ...IMPORT_LIMITS, ...overrides };
}
