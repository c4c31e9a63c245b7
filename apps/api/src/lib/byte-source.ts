import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';

/**
 * The bytes of an uploaded file, read by position: the .xlsx reader needs
 * random access (the zip directory sits at the end) but only ever holds the
 * part it is reading. The upload is stored encrypted (storage.ts
 * `openEncrypted` decrypts just the range asked for); tests and the CLI hand
 * over a buffer.
 */
export interface ByteSource {
  readonly size: number;
  /** `length` bytes from `offset`, fewer at the end of the file. */
  read(offset: number, length: number): Promise<Buffer>;
  /** The same bytes as a stream of chunks, for parts too large to hold. */
  stream(offset: number, length: number): Readable;
}

export function bufferSource(buffer: Buffer): ByteSource {
  const slice = (offset: number, length: number) =>
    buffer.subarray(Math.min(offset, buffer.length), Math.min(buffer.length, offset + length));
  return {
    size: buffer.length,
    read: async (offset, length) => slice(offset, length),
    stream: (offset, length) => Readable.from([slice(offset, length)]),
  };
}

/** A file on disk read by position (the CLI's upload: never read whole into memory). */
export function fileSource(file: string, size: number): ByteSource {
  const clamp = (offset: number, length: number) => {
    const start = Math.min(Math.max(0, offset), size);
    return { start, end: Math.min(size, start + Math.max(0, length)) };
  };
  return {
    size,
    read: async (offset, length) => {
      const { start, end } = clamp(offset, length);
      const buffer = Buffer.alloc(end - start);
      const handle = await open(file, 'r');
      try {
        let at = 0;
        while (at < buffer.length) {
          const { bytesRead } = await handle.read(buffer, at, buffer.length - at, start + at);
          if (bytesRead === 0) break;
          at += bytesRead;
        }
        return buffer.subarray(0, at);
      } finally {
        await handle.close();
      }
    },
    stream: (offset, length) => {
      const { start, end } = clamp(offset, length);
      return end > start ? createReadStream(file, { start, end: end - 1 }) : Readable.from([]);
    },
  };
}

/** The whole file in one buffer (legacy .xls and .csv readers, which are not random-access). */
export function readAll(source: ByteSource): Promise<Buffer> {
  return source.read(0, source.size);
}
