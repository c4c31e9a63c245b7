import * as XLSX from '@e965/xlsx';
import { importError } from './import.errors';
import type { ImportLimits } from './limits';
import type { MergeRange, SheetCell, SheetRow, Spreadsheet } from './read.types';

/**
 * Legacy .xls (Excel 97–2003, BIFF8 in an OLE container) through the
 * maintained SheetJS build. BIFF is not streamable: SheetJS parses the whole
 * workbook, which the format itself bounds (65,536 rows) and the upload
 * limit caps. Formulas are never evaluated (their cached values are read),
 * HTML rendering is off, and only real OLE files are accepted: SheetJS would
 * happily read HTML, SYLK or XML renamed to .xls.
 */

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted .xlsx is an OLE file holding this stream (name stored as UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function openXls(buffer: Buffer, limits: ImportLimits): Spreadsheet {
  if (!buffer.subarray(0, 8).equals(OLE_MAGIC))
    throw importError('IMPORT_FILE_TYPE_MISMATCH', { expected: 'xls' });
  if (buffer.includes(ENCRYPTED_PACKAGE)) throw importError('IMPORT_FILE_ENCRYPTED', { format: 'xls' });
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(buffer, {
      type: 'buffer',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellNF: true,
      cellStyles: true,
      cellDates: false,
      bookVBA: false,
      WTF: false,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/password|encrypt|rc4|filepass/i.test(message))
      throw importError('IMPORT_FILE_ENCRYPTED', { format: 'xls' });
    throw importError('IMPORT_FILE_CORRUPT', { reason: 'xls' });
  }
  const names = workbook.SheetNames;
  for (const [index, name] of names.entries()) {
    if ((workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0) continue;
    const sheet = workbook.Sheets[name];
    const data = sheet?.['!data'];
    if (!sheet || !data?.some((row) => row?.some((cell) => cell && cell.v !== undefined && cell.v !== '')))
      continue;
    const merges: MergeRange[] = (sheet['!merges'] ?? [])
      .filter((m) => m.s.r < limits.headerScanRows + 1)
      .map((m) => ({ top: m.s.r + 1, bottom: m.e.r + 1, left: m.s.c, right: m.e.c }));
    const hidden = new Set((sheet['!rows'] ?? []).flatMap((row, i) => (row?.hidden ? [i + 1] : [])));
    return {
      format: 'xls',
      sheetName: name,
      merges,
      notices: [],
      rowCountHint: data.length,
      rows: () => rowsOf(data, hidden, limits),
    };
  }
  throw importError('IMPORT_SHEET_EMPTY');
}

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function toSheetCell(cell: XLSX.CellObject | undefined, maxChars: number): SheetCell | undefined {
  if (!cell || cell.v === undefined || cell.v === null) return undefined;
  const value = cell.v;
  if (cell.t === 'e') return { value: cell.w ?? '#ERROR' };
  if (typeof value === 'string') return value === '' ? undefined : { value: value.slice(0, maxChars) };
  if (typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    // A date-formatted number is a date, exactly as exceljs reports it for .xlsx (UTC midnight).
    if (cell.t === 'n' && typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z) && value >= 61)
      return { value: new Date(EXCEL_EPOCH + Math.round(value * DAY_MS)) };
    return { value };
  }
  return undefined;
}

async function* rowsOf(
  data: XLSX.CellObject[][],
  hidden: ReadonlySet<number>,
  limits: ImportLimits,
): AsyncGenerator<SheetRow> {
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    const cells: (SheetCell | undefined)[] = [];
    for (let c = 0; c < Math.min(row.length, limits.maxColumns); c++)
      cells[c] = toSheetCell(row[c], limits.maxCellChars);
    yield { rowNumber: r + 1, cells, hidden: hidden.has(r + 1) };
  }
}
