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

export async function planImport(
  sheet: Spreadsheet,
  limits: ImportLimits,
  onRow: (done: number) => Promise<void> | void = () => {},
): Promise<ImportPlan> {
  const top: SheetRow[] = [];
  let header: HeaderResult | null = null;
  let lastHeaderRow = 0;
  let dataRows = 0;
  let hiddenRows = 0;
  let sawAnything = false;
  const samples = new Map<number, ColumnSample>();

  const decideHeader = async () => {
    header = detectHeader({ rows: top, merges: sheet.merges, fillParentsRight: sheet.format === 'csv' });
    if (!header) throw importError(sawAnything ? 'IMPORT_HEADER_NOT_FOUND' : 'IMPORT_SHEET_EMPTY');
    if (header.missing.length > 0)
      throw importError('IMPORT_COLUMNS_MISSING', {
        missing: header.missing,
        found: header.columns.map((c) => c.label),
        headerRows: header.headerRows,
      });
    lastHeaderRow = Math.max(...header.headerRows);
    for (const column of header.columns) samples.set(column.index, { values: new Set(), fonts: new Map() });
    for (const row of top) await consume(row);
  };

  const consume = async (row: SheetRow) => {
    if (row.rowNumber <= lastHeaderRow || isBlankRow(row)) return;
    dataRows++;
    if (dataRows > limits.maxRows) throw importError('IMPORT_ROWS_OVER_LIMIT', { maxRows: limits.maxRows });
    if (row.hidden) hiddenRows++;
    for (const [index, sample] of samples) {
      const cell = row.cells[index];
      if (!cell || typeof cell.value !== 'string') continue;
      const value = nfc(cell.value);
      if (!/[\u0080-\uffff]/.test(value) || hasUnicodeOnlyVietnamese(value)) continue;
      if (sample.values.size < limits.encodingSampleSize) sample.values.add(value);
      if (cell.font) sample.fonts.set(cell.font, (sample.fonts.get(cell.font) ?? 0) + 1);
    }
    if (dataRows % 1000 === 0) await onRow(dataRows);
  };

  for await (const row of sheet.rows()) {
    if (!isBlankRow(row)) sawAnything = true;
    if (header) {
      await consume(row);
      continue;
    }
    if (row.rowNumber <= limits.headerScanRows + 1) {
      top.push(row);
      continue;
    }
    await decideHeader();
    await consume(row);
  }
  if (!header) await decideHeader();
  const found = header as unknown as HeaderResult;
  if (dataRows === 0) throw importError('IMPORT_NO_ROWS');
  await onRow(dataRows);

  const notices: FileNotice[] = [...sheet.notices];
  const columns: ColumnPlan[] = found.columns.map((column) => {
    const sample = samples.get(column.index);
    const font = sample ? [...sample.fonts].sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
    const guess = sample ? detectColumnEncoding([...sample.values], font) : null;
    const encoding =
      guess && (guess.encoding === 'tcvn3' || guess.encoding === 'vni') ? guess.encoding : null;
    if (encoding)
      notices.push({
        code: 'COLUMN_ENCODING',
        params: { column: column.label, encoding: encoding.toUpperCase() },
      });
    return {
      index: column.index,
      label: column.label,
      target: column.target,
      encoding,
      capitals: encoding === 'tcvn3' && guess?.capitals === true,
      personal: isPersonal(column.target),
    };
  });
  if (hiddenRows > 0) notices.push({ code: 'HIDDEN_ROWS', params: { count: hiddenRows } });
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
    format: sheet.format,
    sheetName: sheet.sheetName,
    headerRows: found.headerRows,
    columns,
    ignored: found.ignored,
    notStored,
    dataRows,
    hiddenRows,
    notices,
  };
}
