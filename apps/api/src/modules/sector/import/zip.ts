import { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import type { ByteSource } from '../../../lib/byte-source';
import {
  CORRUPT_ZIP_REASONS,
  readZipDirectory as readDirectory,
  verifyZipEntries as verifyEntries,
  type ZipEntry,
  type ZipGuardLimits,
  ZipRefusal,
} from '../../../lib/zip';
import { importError } from './import.errors';

/**
 * The pupil import's side of the one ZIP guard (lib/zip.ts): its refusals
 * in the import's own error codes, and an archive re-packed in the order the
 * streaming reader needs.
 */
export { entryStream, entryText, type ZipEntry } from '../../../lib/zip';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;

/** A refusal of the guard as the import reports it (codes and reasons the web explains). */
function asImportError(error: unknown): unknown {
  if (!(error instanceof ZipRefusal)) return error;
  if (error.reason === 'encrypted') return importError('IMPORT_FILE_ENCRYPTED', { reason: 'zip_encrypted' });
  if (error.reason === 'xml_entity') return importError('IMPORT_FILE_XML_UNSAFE', { part: error.part });
  if (CORRUPT_ZIP_REASONS.has(error.reason))
    return importError('IMPORT_FILE_CORRUPT', { reason: error.reason });
  return importError('IMPORT_FILE_ZIP_UNSAFE', { reason: error.reason });
}

export async function readZipDirectory(source: ByteSource, limits: ZipGuardLimits): Promise<ZipEntry[]> {
  try {
    return await readDirectory(source, limits);
  } catch (error) {
    throw asImportError(error);
  }
}

export async function verifyZipEntries(source: ByteSource, entries: readonly ZipEntry[]): Promise<void> {
  try {
    await verifyEntries(source, entries);
  } catch (error) {
    throw asImportError(error);
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
