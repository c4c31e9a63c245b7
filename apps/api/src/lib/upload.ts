import path from 'node:path';
import { Readable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import { AppError } from './errors';

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
/** Below this an entry cannot amplify anything, whatever its ratio (tiny XML parts compress very well). */
const RATIO_FLOOR_BYTES = 64 * 1024;
const MAX_ENTRIES = 10_000;
/**
 * A worksheet's XML grows with its rows; a row of an import template is well
 * under 1 KB. Capping the sheet at this budget per allowed row refuses a
 * million-row file before exceljs would build it in memory.
 */
const SHEET_BYTES_PER_ROW = 8 * 1024;
const SHEET_BYTES_BASE = 256 * 1024;

const ZIP_LOCAL = 0x04034b50;
const ZIP_CENTRAL = 0x02014b50;
const ZIP_EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
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
  inspectXlsxZip(buffer, {
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

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/**
 * Refuses anything exceljs should not inflate: ZIP64 or multi-disk archives,
 * encrypted entries, names escaping the archive, declared totals or ratios
 * of a bomb, and entries whose real inflated size differs from the declared
 * one (each is inflated with the declared size as a hard ceiling), and XML
 * parts declaring a DOCTYPE (entity expansion, external entities).
 */
export function inspectXlsxZip(buffer: Buffer, limits: ZipLimits): void {
  const entries = readCentralDirectory(buffer);
  let total = 0;
  for (const entry of entries) {
    checkEntryName(entry.name);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) throw invalid('zip_too_large');
    if (
      entry.uncompressedSize >= RATIO_FLOOR_BYTES &&
      entry.uncompressedSize > entry.compressedSize * MAX_RATIO
    )
      throw invalid('zip_ratio');
    if (isSheetPart(entry.name) && entry.uncompressedSize > limits.maxSheetBytes)
      throw new AppError('FILE_TOO_LARGE', 413, { reason: 'sheet_too_large' }, `${entry.name} too large`);
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) throw unsupported('not_xlsx');
  for (const entry of entries) verifyEntryData(buffer, entry);
}

function readCentralDirectory(buffer: Buffer): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd >= 20 && buffer.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) throw invalid('zip64');
  const disk = buffer.readUInt16LE(eocd + 4);
  const cdDisk = buffer.readUInt16LE(eocd + 6);
  const entriesOnDisk = buffer.readUInt16LE(eocd + 8);
  const count = buffer.readUInt16LE(eocd + 10);
  const cdSize = buffer.readUInt32LE(eocd + 12);
  const cdOffset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw invalid('zip64');
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== count) throw invalid('zip_multidisk');
  if (count === 0 || count > MAX_ENTRIES || cdOffset + cdSize > eocd) throw invalid('corrupt');
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || buffer.readUInt32LE(at) !== ZIP_CENTRAL) throw invalid('corrupt');
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const uncompressedSize = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > eocd) throw invalid('corrupt');
    if ([compressedSize, uncompressedSize, localOffset].includes(0xffffffff)) throw invalid('zip64');
    if (hasZip64Extra(buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength)))
      throw invalid('zip64');
    if (flags & 0x1) throw invalid('password_protected');
    if (method !== 0 && method !== 8) throw invalid('zip_method');
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({ name, method, compressedSize, uncompressedSize, localOffset });
    at = end;
  }
  return entries;
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let at = buffer.length - 22; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === ZIP_EOCD) return at;
  }
  throw invalid('corrupt');
}

function hasZip64Extra(extra: Buffer): boolean {
  for (let at = 0; at + 4 <= extra.length; ) {
    if (extra.readUInt16LE(at) === 0x0001) return true;
    at += 4 + extra.readUInt16LE(at + 2);
  }
  return false;
}

function checkEntryName(name: string): void {
  const segments = name.split(/[\\/]/);
  if (
    name.startsWith('/') ||
    name.startsWith('\\') ||
    /^[a-zA-Z]:/.test(name) ||
    segments.includes('..') ||
    name.includes('\0')
  )
    throw invalid('zip_path');
}

const isSheetPart = (name: string) =>
  /^xl\/worksheets\/[^/]+\.xml$/i.test(name) || /^xl\/sharedstrings\.xml$/i.test(name);

function verifyEntryData(buffer: Buffer, entry: ZipEntry): void {
  const at = entry.localOffset;
  if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== ZIP_LOCAL) throw invalid('corrupt');
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw invalid('corrupt');
  const raw = buffer.subarray(start, end);
  let content: Buffer;
  if (entry.method === 0) {
    content = raw;
  } else {
    try {
      // The declared size is the ceiling: a lying header cannot make us inflate more.
      content = inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize + 1 });
    } catch {
      throw invalid('zip_size_mismatch');
    }
  }
  if (content.length !== entry.uncompressedSize) throw invalid('zip_size_mismatch');
  if (/\.(xml|rels|vml)$/i.test(entry.name) && /<!(DOCTYPE|ENTITY)/i.test(content.toString('latin1')))
    throw invalid('xml_doctype');
}

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
