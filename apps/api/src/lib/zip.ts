import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { ByteSource } from './byte-source';

/**
 * Just enough ZIP to read an .xlsx safely: the one guard every upload of a
 * spreadsheet goes through (org and user imports in lib/upload.ts, the pupil
 * import in sector/import). It refuses ZIP64 and multi-disk archives,
 * encrypted entries, other compression methods, names escaping the archive,
 * declared totals and ratios of a bomb, entries whose real inflated size
 * differs from the declared one, and XML parts declaring a DOCTYPE or ENTITY.
 * Every entry is inflated as a stream under the declared size as a hard
 * ceiling, and the archive is read by position from a ByteSource, so a 200 MB
 * worksheet is checked without ever sitting in memory.
 *
 * Refusals are `ZipRefusal`s with a neutral reason; each caller maps them to
 * its own error codes and messages.
 */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the compressed data (after the local header). */
  dataOffset: number;
}

export interface ZipGuardLimits {
  maxTotalBytes: number;
  maxEntries: number;
  maxRatio: number;
}

export type ZipRefusalReason =
  // The archive cannot be read: a truncated or damaged file.
  | 'short'
  | 'no_directory'
  | 'directory'
  | 'local_header'
  | 'truncated'
  // The archive is one we refuse to inflate.
  | 'zip64'
  | 'multidisk'
  | 'method'
  | 'path'
  | 'too_large'
  | 'ratio'
  | 'size_mismatch'
  | 'encrypted'
  | 'xml_entity';

/** Reasons that mean a damaged file rather than a refused one. */
export const CORRUPT_ZIP_REASONS: ReadonlySet<ZipRefusalReason> = new Set([
  'short',
  'no_directory',
  'directory',
  'local_header',
  'truncated',
]);

export class ZipRefusal extends Error {
  constructor(
    readonly reason: ZipRefusalReason,
    /** The part at fault, where there is one (an XML part declaring a DOCTYPE). */
    readonly part?: string,
  ) {
    super(`zip refused: ${reason}${part ? ` (${part})` : ''}`);
    this.name = 'ZipRefusal';
  }
}

const refuse = (reason: ZipRefusalReason, part?: string) => new ZipRefusal(reason, part);

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EXTRA = 0x0001;
/** Tiny XML parts compress extremely well: the ratio rule only applies above this size. */
const RATIO_FLOOR_BYTES = 64 * 1024;
/** The end of the archive the directory record can be in: 22 bytes plus a comment of up to 64 KB. */
const EOCD_SEARCH = 22 + 0xffff;

/** The central directory's entries, each checked; the data is not read yet (verifyZipEntries). */
export async function readZipDirectory(source: ByteSource, limits: ZipGuardLimits): Promise<ZipEntry[]> {
  if (source.size < 22) throw refuse('short');
  const tailStart = Math.max(0, source.size - EOCD_SEARCH);
  const tail = await source.read(tailStart, source.size - tailStart);
  const end = findEndOfCentralDirectory(tail);
  const eocd = tailStart + end;
  if (end >= 20 && tail.readUInt32LE(end - 20) === ZIP64_LOCATOR) throw refuse('zip64');
  const count = tail.readUInt16LE(end + 10);
  const cdSize = tail.readUInt32LE(end + 12);
  const cdOffset = tail.readUInt32LE(end + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw refuse('zip64');
  if (tail.readUInt16LE(end + 4) !== 0 || tail.readUInt16LE(end + 6) !== 0) throw refuse('multidisk');
  if (tail.readUInt16LE(end + 8) !== count) throw refuse('multidisk');
  if (count === 0 || count > limits.maxEntries || cdOffset + cdSize > eocd) throw refuse('directory');
  // The directory, addressed from its own start: `at` below is relative to cdOffset.
  const directory = await source.read(cdOffset, eocd - cdOffset);
  const directoryEnd = directory.length;
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directoryEnd || directory.readUInt32LE(at) !== CENTRAL) throw refuse('directory');
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    const crc = directory.readUInt32LE(at + 16);
    const compressedSize = directory.readUInt32LE(at + 20);
    const uncompressedSize = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const localOffset = directory.readUInt32LE(at + 42);
    const extraStart = at + 46 + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directoryEnd) throw refuse('directory');
    if ([compressedSize, uncompressedSize, localOffset].includes(0xffffffff)) throw refuse('zip64');
    if (hasZip64Extra(directory.subarray(extraStart, extraStart + extraLength))) throw refuse('zip64');
    // Encrypted entries (bit 0) are a password-protected archive.
    if (flags & 0x1) throw refuse('encrypted');
    if (method !== 0 && method !== 8) throw refuse('method');
    const name = directory.toString('utf8', at + 46, extraStart);
    checkEntryName(name);
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) throw refuse('too_large');
    if (uncompressedSize >= RATIO_FLOOR_BYTES && uncompressedSize > compressedSize * limits.maxRatio)
      throw refuse('ratio');
    entries.push({
      name,
      method,
      crc,
      compressedSize,
      uncompressedSize,
      dataOffset: await dataOffsetOf(source, localOffset, compressedSize),
    });
    at = next;
  }
  return entries;
}

/** The directory record's offset in `tail` (the last bytes of the archive). */
function findEndOfCentralDirectory(tail: Buffer): number {
  for (let at = tail.length - 22; at >= 0; at--) if (tail.readUInt32LE(at) === EOCD) return at;
  throw refuse('no_directory');
}

/** A ZIP64 extended-information field: sizes or offsets beyond what the 32-bit fields say. */
function hasZip64Extra(extra: Buffer): boolean {
  for (let at = 0; at + 4 <= extra.length; ) {
    if (extra.readUInt16LE(at) === ZIP64_EXTRA) return true;
    at += 4 + extra.readUInt16LE(at + 2);
  }
  return false;
}

async function dataOffsetOf(
  source: ByteSource,
  localOffset: number,
  compressedSize: number,
): Promise<number> {
  const local = localOffset + 30 <= source.size ? await source.read(localOffset, 30) : Buffer.alloc(0);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw refuse('local_header');
  const start = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + compressedSize > source.size) throw refuse('truncated');
  return start;
}

/** Zip slip: absolute paths, drive letters, `..` segments and NUL bytes. */
function checkEntryName(name: string): void {
  const segments = name.split(/[\\/]/);
  if (/^[\\/]/.test(name) || /^[a-zA-Z]:/.test(name) || segments.includes('..') || name.includes('\0'))
    throw refuse('path');
}

/** The entry's bytes, inflated as a stream that refuses to produce more than the declared size. */
export function entryStream(source: ByteSource, entry: ZipEntry): Readable {
  const raw = source.stream(entry.dataOffset, entry.compressedSize);
  if (entry.method === 0) return raw;
  const inflate = createInflateRaw({ maxOutputLength: entry.uncompressedSize + 1 });
  raw.on('error', (error) => inflate.destroy(error));
  return raw.pipe(inflate);
}

/** Small parts (workbook.xml, rels) in one piece. */
export async function entryText(source: ByteSource, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of entryStream(source, entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const DOCTYPE = /<!(DOCTYPE|ENTITY)/i;

/**
 * Inflates every entry once as a stream: its real size must equal the
 * declared one (a lying header is a bomb or corruption) and no XML part may
 * declare a DOCTYPE or ENTITY (billion laughs, external entities).
 */
export async function verifyZipEntries(source: ByteSource, entries: readonly ZipEntry[]): Promise<void> {
  for (const entry of entries) {
    const isXml = /\.(xml|rels|vml)$/i.test(entry.name);
    let size = 0;
    let tail = '';
    try {
      for await (const chunk of entryStream(source, entry)) {
        const bytes = chunk as Buffer;
        size += bytes.length;
        if (size > entry.uncompressedSize) throw refuse('size_mismatch');
        if (isXml) {
          const text = tail + bytes.toString('latin1');
          if (DOCTYPE.test(text)) throw refuse('xml_entity', entry.name);
          tail = text.slice(-16);
        }
      }
    } catch (error) {
      if (error instanceof ZipRefusal) throw error;
      // zlib's own errors: a damaged stream or more output than the declared size.
      throw refuse('size_mismatch');
    }
    if (size !== entry.uncompressedSize) throw refuse('size_mismatch');
  }
}
