/**
 * A spreadsheet as the importer sees it, whatever the file format: rows of
 * typed cells, streamed, readable more than once (one pass samples the
 * columns' encodings, the next standardises).
 */
export type CellValue = string | number | boolean | Date;

export interface SheetCell {
  value: CellValue;
  /** Font of the cell (or of its first rich-text run): ".VnTime", "VNI-Times" hint at a legacy encoding. */
  font?: string;
  /** The value is a formula's cached result (formulas are never evaluated). */
  formula?: boolean;
  /** A formula without a cached result: the file was saved by a tool that does not calculate. */
  formulaWithoutValue?: boolean;
}

export interface SheetRow {
  /** The row number the user sees in their spreadsheet (CSV: the line). */
  rowNumber: number;
  /** By 0-based column index; holes are empty cells. */
  cells: (SheetCell | undefined)[];
  hidden: boolean;
}

/** A merged range; rows 1-based as shown, columns 0-based. */
export interface MergeRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export type FileFormat = 'xlsx' | 'xls' | 'csv';

/** Something about the file as a whole worth telling the user (not tied to one cell). */
export interface FileNotice {
  code: string;
  params?: Record<string, string | number>;
}

export interface Spreadsheet {
  format: FileFormat;
  sheetName: string | null;
  /** Merged ranges that touch the header search area. */
  merges: MergeRange[];
  notices: FileNotice[];
  /** Rows the file has, as far as can be told cheaply before reading it (progress totals); may overcount. */
  rowCountHint?: number;
  /** Streams the rows (non-empty or not) in order; may be called again for another pass. */
  rows(): AsyncIterable<SheetRow>;
}
