import { detectColumnEncoding, ENTITIES, hasUnicodeOnlyVietnamese, nfc } from '@edushield/core';
import { type ImportTarget, NOT_STORED_FIELDS } from './fields';
import { detectHeader, type HeaderResult, type IgnoredColumn } from './headers';
import { importError } from './import.errors';
import type { ImportLimits } from './limits';
import type { FileFormat, FileNotice, SheetRow, Spreadsheet } from './read.types';

/**
 * The first pass over a file: where the header is, what each column means,
 * and which legacy encoding each column is in. A column is written in one
 * encoding, so the words of many cells decide it (core `detectColumnEncoding`),
 * which one short cell cannot. The plan is stored with the batch so the
 * commit reads the file exactly as the analysis did.
 */
export interface ColumnPlan {
  index: number;
  label: string;
  target: ImportTarget;
  encoding: 'tcvn3' | 'vni' | null;
  capitals: boolean;
  /** Personal data (ids, phones, addresses): findings keep its values encrypted. */
  personal: boolean;
}

export interface ImportPlan {
  format: FileFormat;
  sheetName: string | null;
  headerRows: number[];
  columns: ColumnPlan[];
  ignored: IgnoredColumn[];
  /** Labels of recognised columns that are checked but not stored. */
  notStored: string[];
  dataRows: number;
  hiddenRows: number;
  notices: FileNotice[];
}

export const isBlankRow = (row: SheetRow) =>
  !row.cells.some((c) => c !== undefined && !(typeof c.value === 'string' && c.value.trim() === ''));

function isPersonal(target: ImportTarget): boolean {
  if (target.kind === 'guardian') return target.attribute === 'phone';
  return ENTITIES.student.fields.find((f) => f.key === target.field)?.personal === true;
}

interface ColumnSample {
  values: Set<string>;
  fonts: Map<string, number>;
}

/**
 * The plan, built as rows stream by. The header is decided once the rows
 * that may hold it have been seen; the columns' encodings are decided from
 * the samples gathered until `columns()` is first called (the analysis
 * calls it after a prefix of the file, so the file is read once); rows
 * added after that are only counted.
 */
export class PlanBuilder {
  private readonly top: SheetRow[] = [];
  private header: HeaderResult | null = null;
  private lastHeaderRow = 0;
  private sawAnything = false;
  private readonly samples = new Map<number, ColumnSample>();
  private decided: ColumnPlan[] | null = null;
  dataRows = 0;
  hiddenRows = 0;

  constructor(
    private readonly sheet: Pick<Spreadsheet, 'format' | 'merges' | 'notices' | 'sheetName'>,
    private readonly limits: ImportLimits,
  ) {}

  get headerKnown(): boolean {
    return this.header !== null;
  }

  get headerRows(): number[] {
    return this.header?.headerRows ?? [];
  }

  /** Whether `row` is a data row (after the header, not blank); only meaningful once the header is known. */
  isData(row: SheetRow): boolean {
    return row.rowNumber > this.lastHeaderRow && !isBlankRow(row);
  }

  /** Feeds one row; true when it is a data row. */
  add(row: SheetRow): boolean {
    if (!this.header) {
      if (!isBlankRow(row)) this.sawAnything = true;
      if (row.rowNumber <= this.limits.headerScanRows + 1) {
        this.top.push(row);
        return false;
      }
      this.decideHeader();
    }
    return this.consume(row);
  }

  private decideHeader() {
    const header = detectHeader({
      rows: this.top,
      merges: this.sheet.merges,
      fillParentsRight: this.sheet.format === 'csv',
    });
    if (!header) throw importError(this.sawAnything ? 'IMPORT_HEADER_NOT_FOUND' : 'IMPORT_SHEET_EMPTY');
    if (header.missing.length > 0)
      throw importError('IMPORT_COLUMNS_MISSING', {
        missing: header.missing,
        found: header.columns.map((c) => c.label),
        headerRows: header.headerRows,
      });
    this.header = header;
    this.lastHeaderRow = Math.max(...header.headerRows);
    for (const column of header.columns)
      this.samples.set(column.index, { values: new Set(), fonts: new Map() });
    for (const row of this.top) this.consume(row);
  }

  private consume(row: SheetRow): boolean {
    if (!this.isData(row)) return false;
    this.dataRows++;
    if (this.dataRows > this.limits.maxRows)
      throw importError('IMPORT_ROWS_OVER_LIMIT', { maxRows: this.limits.maxRows });
    if (row.hidden) this.hiddenRows++;
    if (this.decided) return true;
    for (const [index, sample] of this.samples) {
      const cell = row.cells[index];
      if (!cell || typeof cell.value !== 'string') continue;
      const value = nfc(cell.value);
      if (!/[\u0080-\uffff]/.test(value) || hasUnicodeOnlyVietnamese(value)) continue;
      if (sample.values.size < this.limits.encodingSampleSize) sample.values.add(value);
      if (cell.font) sample.fonts.set(cell.font, (sample.fonts.get(cell.font) ?? 0) + 1);
    }
    return true;
  }

  /** Every column's sample is full: more rows would not change the encodings. */
  get samplesFull(): boolean {
    return [...this.samples.values()].every((s) => s.values.size >= this.limits.encodingSampleSize);
  }

  /** The columns and their encodings, decided on first call (the header must be known by then, or the file ended). */
  columns(): ColumnPlan[] {
    if (this.decided) return this.decided;
    if (!this.header) this.decideHeader();
    const found = this.header as unknown as HeaderResult;
    this.decided = found.columns.map((column) => {
      const sample = this.samples.get(column.index);
      const font = sample ? [...sample.fonts].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
      const guess = sample ? detectColumnEncoding([...sample.values], font) : null;
      const encoding =
        guess && (guess.encoding === 'tcvn3' || guess.encoding === 'vni') ? guess.encoding : null;
      return {
        index: column.index,
        label: column.label,
        target: column.target,
        encoding,
        capitals: encoding === 'tcvn3' && guess?.capitals === true,
        personal: isPersonal(column.target),
      };
    });
    this.samples.clear();
    return this.decided;
  }

  /** The finished plan, after the last row. */
  finish(): ImportPlan {
    const columns = this.columns();
    const found = this.header as unknown as HeaderResult;
    if (this.dataRows === 0) throw importError('IMPORT_NO_ROWS');
    const notices: FileNotice[] = [...this.sheet.notices];
    for (const column of columns)
      if (column.encoding)
        notices.push({
          code: 'COLUMN_ENCODING',
          params: { column: column.label, encoding: column.encoding.toUpperCase() },
        });
    if (this.hiddenRows > 0) notices.push({ code: 'HIDDEN_ROWS', params: { count: this.hiddenRows } });
    for (const column of found.ignored)
      notices.push({
        code: column.reason === 'duplicate' ? 'DUPLICATE_COLUMN' : 'IGNORED_COLUMN',
        params: { column: column.label },
      });
    const notStored = columns
      .filter((c) => c.target.kind === 'student' && NOT_STORED_FIELDS.has(c.target.field))
      .map((c) => c.label);
    for (const column of notStored) notices.push({ code: 'NOT_STORED_COLUMN', params: { column } });
    return {
      format: this.sheet.format,
      sheetName: this.sheet.sheetName,
      headerRows: found.headerRows,
      columns,
      ignored: found.ignored,
      notStored,
      dataRows: this.dataRows,
      hiddenRows: this.hiddenRows,
      notices,
    };
  }
}

/** A whole pass over the file for its plan (encodings sampled from every row). */
export async function planImport(
  sheet: Spreadsheet,
  limits: ImportLimits,
  onRow: (done: number) => Promise<void> | void = () => {},
): Promise<ImportPlan> {
  const builder = new PlanBuilder(sheet, limits);
  for await (const row of sheet.rows()) {
    if (builder.add(row) && builder.dataRows % 1000 === 0) await onRow(builder.dataRows);
  }
  await onRow(builder.dataRows);
  return builder.finish();
}
