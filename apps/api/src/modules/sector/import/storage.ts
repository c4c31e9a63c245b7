import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { type FileHandle, mkdir, open, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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
  const cipher = createCipheriv('aes-256-gcm', currentKey(ring), iv);
  if (data.length < streamFromBytes) {
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

/**
 * The whole plaintext, authenticated (a modified file fails here, before any
 * parser sees it). Decrypted chunk by chunk into one buffer of the
 * plaintext's size: a large upload is held once, not as ciphertext,
 * plaintext and a concatenated copy at the same time.
 */
export async function readEncrypted(file: string, ring: KeyRing): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(checkedPath(file), 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw importError('IMPORT_UPLOAD_GONE');
    throw error;
  }
  try {
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
    const decipher = createDecipheriv('aes-256-gcm', key, head.subarray(ivStart, dataStart));
    const tag = Buffer.alloc(TAG_BYTES);
    await handle.read(tag, 0, TAG_BYTES, dataEnd);
    decipher.setAuthTag(tag);
    const plain = Buffer.allocUnsafe(dataEnd - dataStart);
    const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, Math.max(plain.length, 1)));
    for (let at = 0; at < plain.length; ) {
      const { bytesRead } = await handle.read(
        chunk,
        0,
        Math.min(chunk.length, plain.length - at),
        dataStart + at,
      );
      if (bytesRead === 0) throw new Error('stored import file: truncated');
      at += decipher.update(chunk.subarray(0, bytesRead)).copy(plain, at);
    }
    decipher.final();
    return plain;
  } finally {
    await handle.close();
  }
}

export async function removeStored(file: string | null | undefined): Promise<void> {
  if (!file) return;
  await rm(checkedPath(file), { force: true });
}
