import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { type FileHandle, mkdir, open, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ByteSource } from '../../../lib/byte-source';
import type { KeyRing } from '../../../lib/crypto';
import { importError } from './import.errors';

/**
 * Uploaded files and error workbooks hold pupils' personal data, so they are
 * kept encrypted at rest under DATA_DIR/uploads with the current field key
 * (AES-256-GCM), and removed when their batch ends. Layout:
 *   "ESU1" | key id length (1 byte) | key id | IV (12) | ciphertext | tag (16)
 */
const MAGIC = Buffer.from('ESU1');
const TAG_BYTES = 16;
const IV_BYTES = 12;
const STORED_NAME = /^[0-9a-f-]{36}\.(upload|errors\.xlsx)$/;

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

export function storedPath(dataDir: string, batchId: string, kind: 'upload' | 'errors.xlsx'): string {
  return path.join(uploadsDir(dataDir), `${batchId}.${kind}`);
}

/** A stored path read back from the database must still name one of our files. */
function checkedPath(file: string): string {
  if (path.basename(path.dirname(file)) !== 'uploads' || !STORED_NAME.test(path.basename(file)))
    throw new Error(`refusing to touch ${file}: not an import file`);
  return file;
}

function header(ring: KeyRing, iv: Buffer): Buffer {
  const keyId = Buffer.from(ring.currentId, 'utf8');
  return Buffer.concat([MAGIC, Buffer.from([keyId.length]), keyId, iv]);
}

function currentKey(ring: KeyRing): Buffer {
  const key = ring.keys.get(ring.currentId);
  if (!key) throw new Error('current field key missing');
  return key;
}

/** Small files in one go; larger ones through the cipher as a stream of chunks. */
export async function storeEncrypted(
  file: string,
  data: Buffer,
  ring: KeyRing,
  streamFromBytes: number,
): Promise<void> {
  await mkdir(path.dirname(checkedPath(file)), { recursive: true, mode: 0o700 });
  const iv = randomBytes(IV_BYTES);
  if (data.length < streamFromBytes) {
    const cipher = createCipheriv('aes-256-gcm', currentKey(ring), iv);
    const sealed = Buffer.concat([cipher.update(data), cipher.final()]);
    await writeFile(file, Buffer.concat([header(ring, iv), sealed, cipher.getAuthTag()]), { mode: 0o600 });
    return;
  }
  await pipeline(
    Readable.from(chunks(data)),
    encryptingTransform(ring, iv),
    createWriteStream(file, { mode: 0o600 }),
  );
}

function* chunks(data: Buffer): Generator<Buffer> {
  for (let at = 0; at < data.length; at += 1024 * 1024) yield data.subarray(at, at + 1024 * 1024);
}

/** Header, then ciphertext as it comes, then the tag when the input ends. */
function encryptingTransform(ring: KeyRing, iv: Buffer): Transform {
  const cipher = createCipheriv('aes-256-gcm', currentKey(ring), iv);
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (!started) {
        this.push(header(ring, iv));
        started = true;
      }
      done(null, cipher.update(chunk));
    },
    flush(done) {
      if (!started) this.push(header(ring, iv));
      this.push(cipher.final());
      done(null, cipher.getAuthTag());
    },
  });
}

/**
 * A file already on disk (the CLI's upload) sealed into `file` as it is read,
 * never whole in memory; the SHA-256 of its plaintext.
 */
export async function storeEncryptedFile(file: string, source: string, ring: KeyRing): Promise<string> {
  await mkdir(path.dirname(checkedPath(file)), { recursive: true, mode: 0o700 });
  const hash = createHash('sha256');
  await pipeline(
    createReadStream(source),
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    }),
    encryptingTransform(ring, randomBytes(IV_BYTES)),
    createWriteStream(file, { mode: 0o600 }),
  );
  return hash.digest('hex');
}

/** A writable that encrypts into `file` (for the error workbook, written as a stream). */
export async function encryptedWriteStream(
  file: string,
  ring: KeyRing,
): Promise<{ stream: Writable; done: Promise<void> }> {
  await mkdir(path.dirname(checkedPath(file)), { recursive: true, mode: 0o700 });
  const transform = encryptingTransform(ring, randomBytes(IV_BYTES));
  const done = pipeline(transform, createWriteStream(file, { mode: 0o600 }));
  return { stream: transform, done };
}

/** Bytes of the stored file read (and decrypted) at a time. */
const READ_CHUNK = 1024 * 1024;

interface StoredLayout {
  key: Buffer;
  iv: Buffer;
  /** Where the ciphertext starts and ends in the file (the tag follows it). */
  dataStart: number;
  dataEnd: number;
}

async function openStored(file: string): Promise<FileHandle> {
  try {
    return await open(checkedPath(file), 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw importError('IMPORT_UPLOAD_GONE');
    throw error;
  }
}

async function layoutOf(handle: FileHandle, ring: KeyRing): Promise<StoredLayout> {
  const { size } = await handle.stat();
  const head = Buffer.alloc(Math.min(size, 5 + 255 + IV_BYTES));
  await handle.read(head, 0, head.length, 0);
  if (!head.subarray(0, 4).equals(MAGIC)) throw new Error('stored import file: bad header');
  const idLength = head[4] ?? 0;
  const keyId = head.toString('utf8', 5, 5 + idLength);
  const key = ring.keys.get(keyId);
  if (!key) throw new Error(`stored import file: key ${keyId} not in the key ring`);
  const ivStart = 5 + idLength;
  const dataStart = ivStart + IV_BYTES;
  const dataEnd = size - TAG_BYTES;
  if (dataEnd < dataStart) throw new Error('stored import file: truncated');
  return { key, iv: Buffer.from(head.subarray(ivStart, dataStart)), dataStart, dataEnd };
}

/**
 * Decrypts the stored file chunk by chunk through AES-256-GCM, handing each
 * plaintext chunk to `take` (which must copy what it keeps), and checks the
 * tag at the end: a modified file fails here.
 */
async function decryptAll(
  handle: FileHandle,
  layout: StoredLayout,
  take: (plain: Buffer, at: number) => void,
): Promise<void> {
  const decipher = createDecipheriv('aes-256-gcm', layout.key, layout.iv);
  const tag = Buffer.alloc(TAG_BYTES);
  await handle.read(tag, 0, TAG_BYTES, layout.dataEnd);
  decipher.setAuthTag(tag);
  const length = layout.dataEnd - layout.dataStart;
  const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(length, 1)));
  for (let at = 0; at < length; ) {
    const want = Math.min(chunk.length, length - at);
    const { bytesRead } = await handle.read(chunk, 0, want, layout.dataStart + at);
    if (bytesRead === 0) throw new Error('stored import file: truncated');
    const plain = decipher.update(chunk.subarray(0, bytesRead));
    take(plain, at);
    at += plain.length;
  }
  decipher.final();
}

/**
 * The whole plaintext, authenticated (a modified file fails here, before any
 * parser sees it), in one buffer of the plaintext's size. For small files
 * (the error workbook); uploads are read with openEncrypted.
 */
export async function readEncrypted(file: string, ring: KeyRing): Promise<Buffer> {
  const handle = await openStored(file);
  try {
    const layout = await layoutOf(handle, ring);
    const plain = Buffer.allocUnsafe(layout.dataEnd - layout.dataStart);
    await decryptAll(handle, layout, (chunk, at) => chunk.copy(plain, at));
    return plain;
  } finally {
    await handle.close();
  }
}

/** GCM's counter block for the 16-byte block `index` of the plaintext (NIST SP 800-38D: J0 = IV ‖ 1, data from inc32(J0)). */
function counterBlock(iv: Buffer, index: number): Buffer {
  const counter = Buffer.alloc(16);
  iv.copy(counter, 0);
  counter.writeUInt32BE((index + 2) % 0x1_0000_0000, 12);
  return counter;
}

/**
 * The stored upload as a ByteSource, without its plaintext in memory: the
 * file is first decrypted once through AES-256-GCM to check its tag (and to
 * hash the plaintext for the caller's integrity check), then every range the
 * reader asks for is decrypted on its own. GCM encrypts with AES in counter
 * mode, so block i of the plaintext is AES-CTR from the counter IV ‖ (i + 2):
 * a range needs only its own blocks. Reads after the check trust the file
 * not to change underneath, as the uploads directory is the server's alone.
 */
export async function openEncrypted(
  file: string,
  ring: KeyRing,
): Promise<{ source: ByteSource; sha256: string }> {
  const handle = await openStored(file);
  let layout: StoredLayout;
  const hash = createHash('sha256');
  try {
    layout = await layoutOf(handle, ring);
    await decryptAll(handle, layout, (chunk) => hash.update(chunk));
  } finally {
    await handle.close();
  }
  const { key, iv, dataStart, dataEnd } = layout;
  const size = dataEnd - dataStart;
  // Node's CTR carries into the IV after 2^32 blocks, GCM's does not: 64 GB, far beyond any upload.
  if (size > (0x1_0000_0000 - 2) * 16) throw new Error('stored import file: too large for ranged reads');

  async function* range(offset: number, length: number): AsyncGenerator<Buffer> {
    const start = Math.min(Math.max(0, offset), size);
    const end = Math.min(size, start + Math.max(0, length));
    if (end <= start) return;
    const block = Math.floor(start / 16);
    const decipher = createDecipheriv('aes-256-ctr', key, counterBlock(iv, block));
    let skip = start - block * 16;
    const ranged = await openStored(file);
    try {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, end - block * 16));
      for (let at = block * 16; at < end; ) {
        const want = Math.min(chunk.length, end - at);
        const { bytesRead } = await ranged.read(chunk, 0, want, dataStart + at);
        if (bytesRead === 0) throw new Error('stored import file: truncated');
        const plain = decipher.update(chunk.subarray(0, bytesRead));
        at += bytesRead;
        // A fresh buffer per chunk: `chunk` is reused by the next read.
        yield skip > 0 ? plain.subarray(skip) : plain;
        skip = 0;
      }
    } finally {
      await ranged.close();
    }
  }

  const source: ByteSource = {
    size,
    read: async (offset, length) => {
      const parts: Buffer[] = [];
      for await (const part of range(offset, length)) parts.push(part);
      return Buffer.concat(parts);
    },
    stream: (offset, length) => Readable.from(range(offset, length)),
  };
  return { source, sha256: hash.digest('hex') };
}

export async function removeStored(file: string | null | undefined): Promise<void> {
  if (!file) return;
  await rm(checkedPath(file), { force: true });
}
