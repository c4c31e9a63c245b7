import path from 'node:path';
import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import { bufferSource } from './byte-source';
import { AppError } from './errors';
import { readZipDirectory, verifyZipEntries, ZipRefusal, type ZipRefusalReason } from './zip';

/**
 * Reading spreadsheets people upload, and writing spreadsheets they download.
 * An .xlsx is a zip: its central directory is checked (and every entry
 * inflated under a hard cap) before exceljs sees a byte, so zip bombs, zip
 * slip and XML entity tricks never reach the parser.
 */

export interface TabularRow {
  /** The row number the user sees in their spreadsheet (1 = the header). */
  rowNumber: number;
  cells: string[];
}

export interface TabularData {
  header: string[];
  /** Where the header was found (the first non-empty row). */
  headerRow: number;
  rows: TabularRow[];
}

export interface ReadOptions {
  /** Data rows allowed (header excluded); more is IMPORT_TOO_MANY_ROWS. */
  maxRows: number;
  /** Zip guard: total uncompressed bytes of all entries. */
  maxUncompressedBytes?: number;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MB = 1024 * 1024;
const DEFAULT_MAX_UNCOMPRESSED = 100 * MB;
const MAX_RATIO = 100;
const MAX_ENTRIES = 10_000;
/**
 * A worksheet's XML grows with its rows; a row of an import template is well
 * under 1 KB. Capping the sheet at this budget per allowed row refuses a
 * million-row file before exceljs would build it in memory.
 */
const SHEET_BYTES_PER_ROW = 8 * 1024;
const SHEET_BYTES_BASE = 256 * 1024;

const ZIP_LOCAL = 0x04034b50;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const invalid = (reason: string) => new AppError('FILE_INVALID', 400, { reason }, `upload: ${reason}`);
const unsupported = (reason: string) =>
  new AppError('FILE_TYPE_UNSUPPORTED', 415, { reason }, `upload: ${reason}`);

/** Parses an uploaded .xlsx or .csv into trimmed NFC text cells. */
export async function readTabularUpload(
  buffer: Buffer,
  filename: string,
  options: ReadOptions,
): Promise<TabularData> {
  const extension = path.extname(filename).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') throw unsupported('extension');
  if (buffer.length === 0) throw invalid('empty');
  const data = extension === '.xlsx' ? await readXlsx(buffer, options) : await readCsv(buffer, options);
  if (data.header.every((h) => h === '')) throw invalid('no_header');
  return data;
}

// ---------------------------------------------------------------- xlsx

async function readXlsx(buffer: Buffer, options: ReadOptions): Promise<TabularData> {
  // Office encrypts a password-protected workbook into an OLE container.
  if (buffer.subarray(0, 8).equals(OLE_MAGIC)) throw invalid('password_protected');
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== ZIP_LOCAL) throw unsupported('not_xlsx');
  await inspectXlsxZip(buffer, {
    maxTotalBytes: options.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED,
    maxSheetBytes: SHEET_BYTES_BASE + options.maxRows * SHEET_BYTES_PER_ROW,
  });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw invalid('corrupt');
  }
  const sheet = workbook.worksheets.find((s) => s.state === 'visible');
  if (!sheet) throw invalid('no_header');
  return sheetToTable(sheet, options.maxRows);
}

function sheetToTable(sheet: ExcelJS.Worksheet, maxRows: number): TabularData {
  let header: string[] | null = null;
  let headerRow = 1;
  const rows: TabularRow[] = [];
  const columns = sheet.columnCount;
  // eachRow visits only rows that exist: a stray cell at row 1,048,576 costs nothing.
  sheet.eachRow((row, rowNumber) => {
    const cells = Array.from({ length: columns }, (_, c) => cellText(row.getCell(c + 1).value));
    if (cells.every((c) => c === '')) return;
    if (!header) {
      header = cells;
      headerRow = rowNumber;
      return;
    }
    if (rows.length >= maxRows) throw tooManyRows(maxRows);
    rows.push({ rowNumber, cells });
  });
  return { header: header ?? [], headerRow, rows };
}

/** A cell as the text the user sees: formulas by their cached result, dates as dd/mm/yyyy. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value);
  if ('richText' in value) return cellText(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return '';
}

function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // exceljs hands spreadsheet dates over as UTC midnight.
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

const tooManyRows = (maxRows: number) =>
  new AppError('IMPORT_TOO_MANY_ROWS', 400, { maxRows }, `more than ${maxRows} rows`);

// ---------------------------------------------------------------- zip guard

export interface ZipLimits {
  maxTotalBytes: number;
  /** Cap for each worksheet and the shared-strings part. */
  maxSheetBytes: number;
}

/** The guard's refusals (lib/zip.ts) as this module has always reported them. */
const UPLOAD_REASONS: Record<ZipRefusalReason, string> = {
  short: 'corrupt',
  no_directory: 'corrupt',
  directory: 'corrupt',
  local_header: 'corrupt',
  truncated: 'corrupt',
  zip64: 'zip64',
  multidisk: 'zip_multidisk',
  method: 'zip_method',
  path: 'zip_path',
  too_large: 'zip_too_large',
  ratio: 'zip_ratio',
  size_mismatch: 'zip_size_mismatch',
  encrypted: 'password_protected',
  xml_entity: 'xml_doctype',
};

/**
 * Refuses anything exceljs should not inflate (lib/zip.ts: ZIP64 or
 * multi-disk archives, encrypted entries, names escaping the archive,
 * declared totals or ratios of a bomb, entries whose real inflated size
 * differs from the declared one, XML parts declaring a DOCTYPE), a worksheet
 * larger than the row limit allows, and an archive that is not a workbook.
 */
export async function inspectXlsxZip(buffer: Buffer, limits: ZipLimits): Promise<void> {
  const source = bufferSource(buffer);
  try {
    const entries = await readZipDirectory(source, {
      maxTotalBytes: limits.maxTotalBytes,
      maxEntries: MAX_ENTRIES,
      maxRatio: MAX_RATIO,
    });
    for (const entry of entries) {
      if (isSheetPart(entry.name) && entry.uncompressedSize > limits.maxSheetBytes)
        throw new AppError('FILE_TOO_LARGE', 413, { reason: 'sheet_too_large' }, `${entry.name} too large`);
    }
    const names = new Set(entries.map((e) => e.name));
    if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) throw unsupported('not_xlsx');
    await verifyZipEntries(source, entries);
  } catch (error) {
    if (error instanceof ZipRefusal) throw invalid(UPLOAD_REASONS[error.reason]);
    throw error;
  }
}

const isSheetPart = (name: string) =>
  /^xl\/worksheets\/[^/]+\.xml$/i.test(name) || /^xl\/sharedstrings\.xml$/i.test(name);

// ---------------------------------------------------------------- csv

async function readCsv(buffer: Buffer, options: ReadOptions): Promise<TabularData> {
  // A text file never holds NUL bytes; a renamed binary (xlsx, pdf, exe) does.
  if (buffer.includes(0)) throw unsupported('not_csv');
  const text = decodeText(buffer).normalize('NFC');
  const parser = Readable.from([text]).pipe(
    parseCsv({
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  let header: string[] | null = null;
  let headerRow = 1;
  const rows: TabularRow[] = [];
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = record.record.map((c) => c.trim());
      if (cells.every((c) => c === '')) continue;
      if (!header) {
        header = cells;
        headerRow = record.info.lines;
        continue;
      }
      if (rows.length >= options.maxRows) {
        parser.destroy();
        throw tooManyRows(options.maxRows);
      }
      rows.push({ rowNumber: record.info.lines, cells });
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid('corrupt');
  }
  return { header: header ?? [], headerRow, rows };
}

/** UTF-8 (with or without BOM); anything that is not valid UTF-8 is taken as Windows-1258, the Vietnamese ANSI code page. */
export function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('windows-1258').decode(buffer);
  }
}

/** Excel writes ';' where the decimal separator is a comma (Vietnamese regional settings), ',' elsewhere. */
export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const count = (ch: string) => outsideQuotes.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

// ---------------------------------------------------------------- writing

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or
 * carriage return before one) as a formula. A leading quote keeps it text.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export interface SheetSpec {
  name: string;
  header: string[];
  rows: string[][];
  widths?: number[];
}

/** Writes a workbook of text cells, every one of them passed through `safeCell`. */
export async function buildXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'EduShield';
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    sheet.addRow(spec.header.map(safeCell)).font = { bold: true };
    for (const row of spec.rows) sheet.addRow(row.map(safeCell));
    spec.widths?.forEach((width, i) => {
      sheet.getColumn(i + 1).width = width;
    });
    // Text format on every column: Excel then keeps "0123" and "1-2" as typed.
    for (let c = 1; c <= spec.header.length; c++) sheet.getColumn(c).numFmt = '@';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A Content-Disposition value for a download, ASCII-safe. */
export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
