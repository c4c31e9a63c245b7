import ExcelJS from 'exceljs';
import { releaseGarbage } from '../../../lib/memory';

/** Beyond this a table grows as it fills (a part this large is far beyond a school list). */
const MAX_PREALLOCATED_BYTES = 512 * 1024 * 1024;

/**
 * An .xlsx keeps every distinct text of the workbook in one shared-strings
 * table that a reader must hold while it reads the sheet. exceljs keeps it
 * as a JavaScript array of strings (~80 bytes a string: a 1,000,000-row
 * school list has ~3.7 million of them, ~300 MB). Here they are UTF-8 bytes
 * in one growing buffer with an offset per string (~15 bytes a string);
 * a string is decoded when a cell asks for it. Rich text (runs with fonts,
 * which the legacy-encoding detection reads) is rare and kept as exceljs
 * gives it.
 */
export class CompactStrings {
  private bytes: Buffer;
  private used = 0;
  private offsets = new Uint32Array(1024);
  private count = 0;
  private readonly rich = new Map<number, unknown>();

  /**
   * `capacityBytes`: the shared-strings part's size, when known. Its text can
   * never be longer than its XML, so one buffer of that size never grows:
   * growing would copy the table into one twice its size, holding both, and
   * pages of the buffer that are never written never take memory.
   */
  constructor(capacityBytes = 0) {
    this.bytes = Buffer.allocUnsafe(Math.max(1 << 16, Math.min(capacityBytes, MAX_PREALLOCATED_BYTES)));
  }

  get length(): number {
    return this.count;
  }

  push(value: unknown) {
    if (this.count + 1 >= this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    if (typeof value === 'string') {
      const need = Buffer.byteLength(value, 'utf8');
      if (this.used + need > this.bytes.length) {
        const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + need));
        this.bytes.copy(grown, 0, 0, this.used);
        this.bytes = grown;
      }
      this.used += this.bytes.write(value, this.used, 'utf8');
    } else {
      this.rich.set(this.count, value);
    }
    this.count++;
    this.offsets[this.count] = this.used;
  }

  get(index: number): unknown {
    if (!(index >= 0 && index < this.count)) return undefined;
    const rich = this.rich.get(index);
    if (rich !== undefined) return rich;
    return this.bytes.toString('utf8', this.offsets[index]!, this.offsets[index + 1]!);
  }
}

type ReaderOptions = ConstructorParameters<typeof ExcelJS.stream.xlsx.WorkbookReader>[1];
interface ReaderInternals {
  options: { sharedStrings: string };
  sharedStrings: unknown;
  _parseSharedStrings(entry: unknown): AsyncGenerator<{ index: number; text: unknown }>;
}

/**
 * exceljs's streaming reader with the shared strings in a CompactStrings.
 * The sheet reader looks strings up as `sharedStrings[index]`; a Proxy
 * answers that from the compact store. (Relies on exceljs 4's internals:
 * its 'emit' mode yields each string once with its index.)
 */
export function compactWorkbookReader(
  input: NodeJS.ReadableStream,
  options: ReaderOptions,
  /** The shared-strings part's uncompressed size, to size the table once. */
  sharedStringsBytes = 0,
): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input as never, {
    ...options,
    sharedStrings: 'cache',
  });
  const internals = reader as unknown as ReaderInternals;
  const parse = internals._parseSharedStrings.bind(reader);
  internals._parseSharedStrings = async function* (entry: unknown) {
    const store = new CompactStrings(sharedStringsBytes);
    internals.options.sharedStrings = 'emit';
    try {
      for await (const { text } of parse(entry)) {
        store.push(text ?? '');
        // Parsing millions of strings is all garbage but the bytes kept: let it go as it goes.
        if (store.length % 65_536 === 0) releaseGarbage();
      }
    } finally {
      internals.options.sharedStrings = 'cache';
    }
    internals.sharedStrings = new Proxy(
      {},
      {
        get: (_target, property) => (typeof property === 'string' ? store.get(Number(property)) : undefined),
      },
    );
  };
  return reader;
}
