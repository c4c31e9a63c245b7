import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { KeyRing } from '../../../lib/crypto';
import { openEncrypted, readEncrypted, storedPath, storeEncrypted } from './storage';

const dataDir = mkdtempSync(path.join(tmpdir(), 'edushield-storage-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const ring: KeyRing = { currentId: 'k1', keys: new Map([['k1', randomBytes(32)]]) };

async function stored(plain: Buffer): Promise<string> {
  const file = storedPath(dataDir, crypto.randomUUID(), 'upload');
  // Above 1 KB the file is written as a stream of chunks, as large uploads are.
  await storeEncrypted(file, plain, ring, 1024);
  return file;
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

describe('openEncrypted: ranged reads of a stored upload', () => {
  it('decrypts any range, read or streamed, exactly as the whole file', async () => {
    // Over two read chunks (1 MB) and not a whole number of AES blocks.
    const plain = randomBytes(2 * 1024 * 1024 + 37);
    const file = await stored(plain);
    const { source, sha256 } = await openEncrypted(file, ring);
    expect(source.size).toBe(plain.length);
    expect(sha256).toBe(createHash('sha256').update(plain).digest('hex'));
    const edges = [0, 1, 15, 16, 17, 1024 * 1024 - 1, 1024 * 1024, plain.length - 16, plain.length - 1];
    for (const offset of edges)
      for (const length of [0, 1, 16, 33, 1024 * 1024 + 5]) {
        const want = plain.subarray(offset, offset + length);
        expect((await source.read(offset, length)).equals(want)).toBe(true);
        expect((await collect(source.stream(offset, length))).equals(want)).toBe(true);
      }
    await fc.assert(
      fc.asyncProperty(fc.nat(plain.length), fc.nat(4096), async (offset, length) => {
        expect((await source.read(offset, length)).equals(plain.subarray(offset, offset + length))).toBe(
          true,
        );
      }),
      { numRuns: 200 },
    );
    expect((await source.read(plain.length + 10, 5)).length).toBe(0);
    expect((await readEncrypted(file, ring)).equals(plain)).toBe(true);
  });

  it('refuses a modified file before anything is read from it', async () => {
    const file = await stored(randomBytes(70_000));
    const sealed = readFileSync(file);
    sealed[sealed.length - 100]! ^= 1;
    writeFileSync(file, sealed);
    await expect(openEncrypted(file, ring)).rejects.toThrow();
  });

  it('a small file, written in one go, reads the same way', async () => {
    const plain = Buffer.from('Nguyễn Văn An;05/09/2014;Nam\n');
    const { source } = await openEncrypted(await stored(plain), ring);
    expect((await source.read(0, source.size)).equals(plain)).toBe(true);
    expect((await source.read(3, 7)).equals(plain.subarray(3, 10))).toBe(true);
  });
});
