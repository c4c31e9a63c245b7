import type ExcelJS from 'exceljs';
import type { ByteSource } from '../../../lib/byte-source';
import { importError, isAppError } from './import.errors';
import type { ImportLimits } from './limits';
import type { CellValue, MergeRange, SheetCell, SheetRow, Spreadsheet } from './read.types';
import { compactWorkbookReader } from './shared-strings';
import {
  entryStream,
  entryText,
  readZipDirectory,
  reorderedZip,
  verifyZipEntries,
  type ZipEntry,
} from './zip';

/**
 * .xlsx, streamed: the archive is checked part by part (zip.ts), the first
 * visible worksheet holding data is chosen from workbook.xml, one cheap scan
 * of its XML collects hidden rows and merged ranges (exceljs's streaming
 * reader reports neither), then exceljs's WorkbookReader yields rows one by
 * one with shared strings, styles (fonts, date formats) and formulas' cached
 * results. The object model of the whole sheet is never built.
 */

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const MAX_RATIO = 100;
const MAX_ENTRIES = 10_000;
/** A row of a school list is well under 4 KB of XML; the budget scales with the row limit. */
const XML_BYTES_PER_ROW = 4 * 1024;
const XML_BYTES_BASE = 256 * 1024 * 1024;

interface SheetRef {
  name: string;
  hidden: boolean;
  part: string;
}

export async function openXlsx(source: ByteSource, limits: ImportLimits): Promise<Spreadsheet> {
  const magic = await source.read(0, 8);
  // Office encrypts a password-protected workbook into an OLE container.
  if (magic.equals(OLE_MAGIC)) throw importError('IMPORT_FILE_ENCRYPTED', { format: 'xlsx' });
  if (!magic.subarray(0, 4).equals(ZIP_MAGIC))
    throw importError('IMPORT_FILE_TYPE_MISMATCH', { expected: 'xlsx' });
  const entries = await readZipDirectory(source, {
    maxTotalBytes: XML_BYTES_BASE + limits.maxRows * XML_BYTES_PER_ROW,
    maxEntries: MAX_ENTRIES,
    maxRatio: MAX_RATIO,
  });
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbookEntry = byName.get('xl/workbook.xml');
  if (!byName.has('[Content_Types].xml') || !workbookEntry)
    throw importError('IMPORT_FILE_TYPE_MISMATCH', { expected: 'xlsx' });
  await verifyZipEntries(source, entries);

  const sheets = await listSheets(source, byName, workbookEntry);
  for (const sheet of sheets) {
    if (sheet.hidden) continue;
    const entry = byName.get(sheet.part);
    if (!entry) continue;
    const meta = await scanSheet(source, entry, limits.headerScanRows);
    if (!meta.hasData) continue;
    const parts: ZipPart[] = [
      partOf(byName, 'xl/_rels/workbook.xml.rels'),
      { name: 'xl/workbook.xml', entry: workbookEntry },
      partOf(byName, 'xl/styles.xml'),
      // Without a shared-strings part exceljs would spill the sheet to a temporary file.
      byName.has('xl/sharedStrings.xml')
        ? partOf(byName, 'xl/sharedStrings.xml')
        : {
            name: 'xl/sharedStrings.xml',
            content: Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
          },
      { name: 'xl/worksheets/sheet1.xml', entry },
    ].filter((p): p is ZipPart => p !== null);
    return {
      format: 'xlsx',
      sheetName: sheet.name,
      merges: meta.merges,
      notices: [],
      rowCountHint: meta.rows,
      rows: () => streamRows(source, parts, meta.hiddenRows, limits),
    };
  }
  throw importError('IMPORT_SHEET_EMPTY');
}

type ZipPart = { name: string; entry?: ZipEntry; content?: Buffer };

function partOf(byName: Map<string, ZipEntry>, name: string): ZipPart | null {
  const entry = byName.get(name);
  return entry ? { name, entry } : null;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const xmlUnescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Sheets in workbook order with their visibility and part name. */
async function listSheets(
  source: ByteSource,
  byName: Map<string, ZipEntry>,
  workbook: ZipEntry,
): Promise<SheetRef[]> {
  const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
  const rels = relsEntry ? await entryText(source, relsEntry) : '';
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const xml = await entryText(source, workbook);
  return (xml.match(/<sheet\b[^>]*>/g) ?? []).map((tag, i) => {
    const rId = attr(tag, 'r:id');
    return {
      name: xmlUnescape(attr(tag, 'name') ?? `Sheet${i + 1}`),
      hidden: (attr(tag, 'state') ?? 'visible') !== 'visible',
      part: (rId && targets.get(rId)) ?? `xl/worksheets/sheet${i + 1}.xml`,
    };
  });
}

interface SheetMeta {
  hasData: boolean;
  /** <row> elements in the sheet (rows with content or formatting). */
  rows: number;
  hiddenRows: Set<number>;
  merges: MergeRange[];
}

/**
 * One pass over the sheet's XML for what exceljs's stream does not report:
 * hidden rows, merged ranges near the top, whether any cell holds a value.
 * Only whole tags are matched: a chunk is cut at its last '<'.
 */
async function scanSheet(source: ByteSource, entry: ZipEntry, headerRows: number): Promise<SheetMeta> {
  const meta: SheetMeta = { hasData: false, rows: 0, hiddenRows: new Set(), merges: [] };
  let carry = '';
  for await (const chunk of entryStream(source, entry)) {
    const text = carry + (chunk as Buffer).toString('utf8');
    const cut = text.lastIndexOf('<');
    const complete = cut > 0 ? text.slice(0, cut) : text;
    carry = cut > 0 ? text.slice(cut) : '';
    if (!meta.hasData && /<v>|<v\s|<is>/.test(complete)) meta.hasData = true;
    for (const tag of complete.match(/<row\b[^>]*>/g) ?? []) {
      meta.rows++;
      const hidden = attr(tag, 'hidden');
      const r = Number(attr(tag, 'r'));
      if ((hidden === '1' || hidden === 'true') && Number.isInteger(r)) meta.hiddenRows.add(r);
    }
    for (const tag of complete.match(/<mergeCell\b[^>]*>/g) ?? []) {
      const range = parseRange(attr(tag, 'ref') ?? '');
      if (range && range.top <= headerRows + 1) meta.merges.push(range);
    }
  }
  return meta;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

function parseRange(ref: string): MergeRange | null {
  const match = /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/.exec(ref.toUpperCase());
  if (!match) return null;
  return {
    left: columnIndex(match[1]!),
    top: Number(match[2]),
    right: columnIndex(match[3]!),
    bottom: Number(match[4]),
  };
}

async function* streamRows(
  source: ByteSource,
  parts: ZipPart[],
  hiddenRows: ReadonlySet<number>,
  limits: ImportLimits,
): AsyncGenerator<SheetRow> {
  const archive = reorderedZip(source, parts);
  const sharedStrings = parts.find((p) => p.name === 'xl/sharedStrings.xml');
  const reader = compactWorkbookReader(
    archive,
    { worksheets: 'emit', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' },
    sharedStrings?.entry?.uncompressedSize ?? 0,
  );
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const cells: (SheetCell | undefined)[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          if (column > limits.maxColumns) return;
          const converted = toSheetCell(cell, limits.maxCellChars);
          if (converted) cells[column - 1] = converted;
        });
        yield { rowNumber: row.number, cells, hidden: hiddenRows.has(row.number) };
      }
      break; // only the chosen sheet is in the archive
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw importError('IMPORT_FILE_CORRUPT', { reason: 'xlsx_stream' });
  } finally {
    // A caller that stops early (the upload's header probe) must not leave the zip stream open.
    archive.destroy();
  }
}

function fontOf(cell: ExcelJS.Cell): string | undefined {
  const name = cell.font?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** exceljs's many value shapes → one typed cell; formulas give their cached result, never run. */
export function toSheetCell(cell: ExcelJS.Cell, maxChars: number): SheetCell | undefined {
  const value = cell.value;
  const font = fontOf(cell);
  const make = (v: CellValue, extra: Partial<SheetCell> = {}): SheetCell => ({
    value: typeof v === 'string' ? clip(v, maxChars) : v,
    ...(font ? { font } : {}),
    ...extra,
  });
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value === '' ? undefined : make(value);
  if (typeof value === 'number') return Number.isFinite(value) ? make(value) : undefined;
  if (typeof value === 'boolean' || value instanceof Date) return make(value);
  if ('richText' in value) {
    const text = value.richText.map((run) => run.text ?? '').join('');
    const runFont = value.richText.find((run) => run.font?.name)?.font?.name;
    if (text === '') return undefined;
    return { value: clip(text, maxChars), ...(runFont || font ? { font: runFont ?? font } : {}) };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null)
      return make('', { formula: true, formulaWithoutValue: true });
    if (typeof result === 'object' && result !== null && 'error' in result)
      return make(String((result as { error: unknown }).error), { formula: true });
    if (
      typeof result === 'string' ||
      typeof result === 'number' ||
      typeof result === 'boolean' ||
      result instanceof Date
    )
      return make(result, { formula: true });
    return undefined;
  }
  if ('error' in value) return make(String(value.error));
  if ('text' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'string' && text !== '' ? make(text) : undefined;
  }
  return undefined;
}
