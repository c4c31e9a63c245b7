import path from 'node:path';
import { type ByteSource, bufferSource, readAll } from '../../../lib/byte-source';
import { importError } from './import.errors';
import type { ImportLimits } from './limits';
import type { FileFormat, Spreadsheet } from './read.types';
import { openCsv } from './read-csv';
import { openXls } from './read-xls';
import { openXlsx } from './read-xlsx';

export const IMPORT_EXTENSIONS: Readonly<Record<string, FileFormat>> = {
  '.xlsx': 'xlsx',
  '.xls': 'xls',
  '.csv': 'csv',
};

export function formatOf(filename: string): FileFormat {
  const format = IMPORT_EXTENSIONS[path.extname(filename).toLowerCase()];
  if (!format)
    throw importError('IMPORT_FILE_TYPE_UNSUPPORTED', { extension: path.extname(filename).slice(0, 10) });
  return format;
}

/**
 * Opens an uploaded spreadsheet by its extension, after checking that the
 * bytes are what the extension claims (each reader checks its magic bytes),
 * so a renamed file is refused before any parser sees it.
 */
export async function openSpreadsheet(
  input: ByteSource | Buffer,
  filename: string,
  limits: ImportLimits,
): Promise<Spreadsheet> {
  const format = formatOf(filename);
  const source = Buffer.isBuffer(input) ? bufferSource(input) : input;
  if (source.size === 0) throw importError('IMPORT_SHEET_EMPTY', { reason: 'empty_file' });
  switch (format) {
    case 'xlsx':
      return openXlsx(source, limits);
    case 'xls':
      return openXls(await readAll(source), limits);
    case 'csv':
      return openCsv(await readAll(source), limits);
  }
}
