import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { decodeLegacy, isVietnameseSyllable } from '@edushield/core';
import { parse as parseCsv } from 'csv-parse';
import iconv from 'iconv-lite';
import { importError, isAppError } from './import.errors';
import type { ImportLimits } from './limits';
import type { SheetRow, Spreadsheet } from './read.types';

/**
 * CSV in the encodings school files really come in: UTF-8 with or without a
 * BOM, UTF-16 with a BOM (Excel's "Unicode text"), Windows-1258 (the
 * Vietnamese ANSI code page), or Windows-1252/Latin-1 carrying TCVN3 or VNI
 * bytes (the per-column detection converts those later). Delimiter: ',' ';'
 * or tab, whichever the first lines use most. Decoded and parsed as a stream.
 */

export type CsvEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'windows-1258' | 'windows-1252';

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const SAMPLE_BYTES = 256 * 1024;

export function detectCsvEncoding(buffer: Buffer): CsvEncoding {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return 'utf8';
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return 'utf16le';
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return 'utf16be';
  if (isUtf8(buffer)) return 'utf8';
  const sample = buffer.subarray(0, SAMPLE_BYTES);
  // Windows-1258 writes tones as combining marks after the vowel; TCVN3/VNI
  // bytes read as Windows-1258 put "marks" after consonants and stay
  // gibberish. Whichever reading yields more real Vietnamese syllables wins;
  // a tie goes to 1258, the code page Vietnamese Windows writes by default.
  const as1258 = syllableScore(iconv.decode(sample, 'windows-1258').normalize('NFC'));
  const latin = iconv.decode(sample, 'windows-1252');
  const asLegacy = Math.max(
    syllableScore(decodeLegacy(latin, 'tcvn3', false)),
    syllableScore(decodeLegacy(latin, 'vni', false)),
  );
  return asLegacy > as1258 ? 'windows-1252' : 'windows-1258';
}

/** Words with non-ASCII letters that read as Vietnamese syllables, minus those that do not. */
function syllableScore(text: string): number {
  let score = 0;
  for (const word of text.normalize('NFC').split(/[^\p{L}\p{M}]+/u)) {
    if (!/[\u0080-\uffff]/.test(word)) continue;
    score += isVietnameseSyllable(word.toLowerCase()) ? 1 : -1;
  }
  return score;
}

export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lines = text.split(/\r?\n/).slice(0, 20);
  const counts = { ',': 0, ';': 0, '\t': 0 };
  for (const line of lines) {
    const outside = line.replace(/"[^"]*"/g, '');
    for (const d of [',', ';', '\t'] as const) counts[d] += outside.split(d).length - 1;
  }
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

export function openCsv(buffer: Buffer, limits: ImportLimits): Spreadsheet {
  if (buffer.subarray(0, 4).equals(ZIP_MAGIC) || buffer.subarray(0, 4).equals(OLE_MAGIC))
    throw importError('IMPORT_FILE_TYPE_MISMATCH', { expected: 'csv' });
  const encoding = detectCsvEncoding(buffer);
  // A text file holds no NUL bytes unless it is UTF-16; a renamed binary does.
  if (!encoding.startsWith('utf16') && buffer.includes(0))
    throw importError('IMPORT_FILE_TYPE_MISMATCH', { expected: 'csv' });
  const head = iconv.decode(buffer.subarray(0, 64 * 1024), encoding);
  const delimiter = detectDelimiter(head);
  return {
    format: 'csv',
    sheetName: null,
    merges: [],
    notices: [
      { code: 'CSV_ENCODING', params: { encoding, delimiter: delimiter === '\t' ? 'tab' : delimiter } },
    ],
    rowCountHint: lineCount(buffer),
    rows: () => streamCsv(buffer, encoding, delimiter, limits),
  };
}

/** Line feeds in the file: a quoted cell may hold one (or UTF-16 a 0x0a byte), so it may overcount. */
function lineCount(buffer: Buffer): number {
  let n = 0;
  for (let at = buffer.indexOf(0x0a); at !== -1; at = buffer.indexOf(0x0a, at + 1)) n++;
  return n + 1;
}

function* chunks(buffer: Buffer): Generator<Buffer> {
  for (let at = 0; at < buffer.length; at += 64 * 1024) yield buffer.subarray(at, at + 64 * 1024);
}

async function* streamCsv(
  buffer: Buffer,
  encoding: CsvEncoding,
  delimiter: string,
  limits: ImportLimits,
): AsyncGenerator<SheetRow> {
  const parser = Readable.from(chunks(buffer))
    .pipe(iconv.decodeStream(encoding))
    .pipe(
      parseCsv({
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: false,
        info: true,
        max_record_size: limits.maxCellChars * 4,
      }),
    );
  let previousLines = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // A quoted cell may span lines: the record is numbered by its first line.
      const rowNumber = previousLines + 1;
      previousLines = item.info.lines;
      const cells = item.record.slice(0, limits.maxColumns).map((text) => {
        const value = text.normalize('NFC');
        return value.trim() === '' ? undefined : { value: value.slice(0, limits.maxCellChars) };
      });
      yield { rowNumber, cells, hidden: false };
    }
  } catch (error) {
    if (isAppError(error)) throw error;
    throw importError('IMPORT_FILE_CORRUPT', { reason: 'csv' });
  } finally {
    parser.destroy();
  }
}
