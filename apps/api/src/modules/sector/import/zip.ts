import { Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import type { ByteSource } from './byte-source';
import { importError, isAppError } from './import.errors';

/**
 * Just enough ZIP to read an .xlsx safely and in order. The checks are those
 * of lib/upload.ts `inspectXlsxZip` (zip64, multi-disk, encrypted entries,
 * path escapes, ratio, declared vs real size, DOCTYPE/ENTITY in XML parts),
 * but every entry is inflated as a stream with a byte counter, so a 200 MB
 * worksheet is checked without ever sitting in memory; the archive itself is
 * read by position from a ByteSource (only the directory and the part being
 * read are held).
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

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
/** Tiny XML parts compress extremely well: the ratio rule only applies above this size. */
const RATIO_FLOOR_BYTES = 64 * 1024;

const unsafe = (reason: string) => importError('IMPORT_FILE_ZIP_UNSAFE', { reason });
const corrupt = (reason: string) => importError('IMPORT_FILE_CORRUPT', { reason });

/** The end of the archive the directory record can be in: 22 bytes plus a comment of up to 64 KB. */
const EOCD_SEARCH = 22 + 0xffff;

export async function readZipDirectory(source: ByteSource, limits: ZipGuardLimits): Promise<ZipEntry[]> {
  if (source.size < 22) throw corrupt('short');
  const tailStart = Math.max(0, source.size - EOCD_SEARCH);
  const tail = await source.read(tailStart, source.size - tailStart);
  const end = findEndOfCentralDirectory(tail);
  const eocd = tailStart + end;
  if (end >= 20 && tail.readUInt32LE(end - 20) === ZIP64_LOCATOR) throw unsafe('zip64');
  const count = tail.readUInt16LE(end + 10);
  const cdSize = tail.readUInt32LE(end + 12);
  const cdOffset = tail.readUInt32LE(end + 16);
  if (tail.readUInt16LE(end + 4) !== 0 || tail.readUInt16LE(end + 6) !== 0) throw unsafe('multidisk');
  if (tail.readUInt16LE(end + 8) !== count) throw unsafe('multidisk');
  if (count === 0xffff || cdOffset === 0xffffffff) throw unsafe('zip64');
  if (count === 0 || count > limits.maxEntries || cdOffset + cdSize > eocd) throw corrupt('directory');
  // The directory, addressed from its own start: `at` below is relative to cdOffset.
  const directory = await source.read(cdOffset, eocd - cdOffset);
  const directoryEnd = directory.length;
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directoryEnd || directory.readUInt32LE(at) !== CENTRAL) throw corrupt('directory');
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    const crc = directory.readUInt32LE(at + 16);
    const compressedSize = directory.readUInt32LE(at + 20);
    const uncompressedSize = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const localOffset = directory.readUInt32LE(at + 42);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > directoryEnd) throw corrupt('directory');
    if ([compressedSize, uncompressedSize, localOffset].includes(0xffffffff)) throw unsafe('zip64');
    // Encrypted entries (bit 0) are a password-protected archive.
    if (flags & 0x1) throw importError('IMPORT_FILE_ENCRYPTED', { reason: 'zip_encrypted' });
    if (method !== 0 && method !== 8) throw unsafe('method');
    const name = directory.toString('utf8', at + 46, at + 46 + nameLength);
    checkEntryName(name);
    total += uncompressedSize;
    if (total > limits.maxTotalBytes) throw unsafe('too_large');
    if (uncompressedSize >= RATIO_FLOOR_BYTES && uncompressedSize > compressedSize * limits.maxRatio)
      throw unsafe('ratio');
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
  throw corrupt('no_directory');
}

async function dataOffsetOf(
  source: ByteSource,
  localOffset: number,
  compressedSize: number,
): Promise<number> {
  const local = localOffset + 30 <= source.size ? await source.read(localOffset, 30) : Buffer.alloc(0);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw corrupt('local_header');
  const start = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + compressedSize > source.size) throw corrupt('truncated');
  return start;
}

function checkEntryName(name: string): void {
  const segments = name.split(/[\\/]/);
  if (/^[\\/]/.test(name) || /^[a-zA-Z]:/.test(name) || segments.includes('..') || name.includes('\0'))
    throw unsafe('path');
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
        if (size > entry.uncompressedSize) throw unsafe('size_mismatch');
        if (isXml) {
          const text = tail + bytes.toString('latin1');
          if (DOCTYPE.test(text)) throw importError('IMPORT_FILE_XML_UNSAFE', { part: entry.name });
          tail = text.slice(-16);
        }
      }
    } catch (error) {
      if (isAppError(error)) throw error;
      throw unsafe('size_mismatch');
    }
    if (size !== entry.uncompressedSize) throw unsafe('size_mismatch');
  }
}

/**
 * A new archive holding the given parts in the given order. exceljs's
 * streaming reader needs the shared strings and relationships before the
 * worksheet; Excel writes them after it, and exceljs would then spill the
 * worksheet (pupils' data) to an unencrypted temporary file. Reordering
 * keeps everything streamed: each part's compressed bytes are copied from
 * the source as they are read.
 */
export function reorderedZip(
  source: ByteSource,
  parts: readonly { name: string; entry?: ZipEntry; content?: Buffer }[],
): Readable {
  async function* records(): AsyncGenerator<Buffer> {
    const central: Buffer[] = [];
    let offset = 0;
    for (const part of parts) {
      const name = Buffer.from(part.name, 'utf8');
      const content = part.content ?? Buffer.alloc(0);
      const length = part.entry ? part.entry.compressedSize : content.length;
      const method = part.entry?.method ?? 0;
      const crc = part.entry?.crc ?? crc32(content);
      const size = part.entry?.uncompressedSize ?? content.length;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(LOCAL, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6); // UTF-8 names, sizes known (no data descriptor)
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(length, 18);
      local.writeUInt32LE(size, 22);
      local.writeUInt16LE(name.length, 26);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(CENTRAL, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(0x0800, 8);
      header.writeUInt16LE(method, 10);
      header.writeUInt32LE(crc, 16);
      header.writeUInt32LE(length, 20);
      header.writeUInt32LE(size, 24);
      header.writeUInt16LE(name.length, 28);
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
      yield Buffer.concat([local, name]);
      if (part.entry) {
        for await (const chunk of source.stream(part.entry.dataOffset, length)) yield chunk as Buffer;
      } else yield content;
      offset += 30 + name.length + length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    yield directory;
    yield end;
  }
  return Readable.from(records());
}
