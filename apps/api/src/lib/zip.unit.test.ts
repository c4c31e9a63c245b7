import { describe, expect, it } from 'vitest';
import { readZipDirectory as readForImport } from '../modules/sector/import/zip';
import { bufferSource } from './byte-source';
import { inspectXlsxZip } from './upload';
import { readZipDirectory, ZipRefusal } from './zip';

/** A stored (uncompressed) zip whose central directory entries can carry an extra field and flags. */
function storedZip(entries: { name: string; data: Buffer; extra?: Buffer; flags?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const extra = entry.extra ?? Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    centrals.push(central, name, extra);
    offset += local.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const parts = (last: { extra?: Buffer; flags?: number } = {}) => [
  { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>'), ...last },
];
/** A ZIP64 extended-information field (id 0x0001) holding one 64-bit size. */
const zip64Extra = () => {
  const extra = Buffer.alloc(12);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8, 2);
  extra.writeBigUInt64LE(10n, 4);
  return extra;
};
const limits = { maxTotalBytes: 1024 * 1024, maxEntries: 100, maxRatio: 100 };

describe('the one ZIP guard (lib/zip.ts) and the two ways it is reported', () => {
  it('reads a plain archive’s directory', async () => {
    const entries = await readZipDirectory(bufferSource(storedZip(parts())), limits);
    expect(entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/workbook.xml']);
  });

  it('refuses a ZIP64 extra field, for uploads and for the pupil import alike', async () => {
    const file = storedZip(parts({ extra: zip64Extra() }));
    await expect(readZipDirectory(bufferSource(file), limits)).rejects.toEqual(new ZipRefusal('zip64'));
    await expect(
      inspectXlsxZip(file, { maxTotalBytes: 1024 * 1024, maxSheetBytes: 1024 * 1024 }),
    ).rejects.toMatchObject({ code: 'FILE_INVALID', details: { reason: 'zip64' } });
    await expect(readForImport(bufferSource(file), limits)).rejects.toMatchObject({
      code: 'IMPORT_FILE_ZIP_UNSAFE',
      details: { reason: 'zip64' },
    });
  });

  it('reports an encrypted entry as a password-protected file in both', async () => {
    const file = storedZip(parts({ flags: 0x1 }));
    await expect(
      inspectXlsxZip(file, { maxTotalBytes: 1024 * 1024, maxSheetBytes: 1024 * 1024 }),
    ).rejects.toMatchObject({ code: 'FILE_INVALID', details: { reason: 'password_protected' } });
    await expect(readForImport(bufferSource(file), limits)).rejects.toMatchObject({
      code: 'IMPORT_FILE_ENCRYPTED',
      details: { reason: 'zip_encrypted' },
    });
  });

  it('reports a damaged archive as corrupt in both', async () => {
    const file = storedZip(parts()).subarray(0, 40);
    await expect(
      inspectXlsxZip(file, { maxTotalBytes: 1024 * 1024, maxSheetBytes: 1024 * 1024 }),
    ).rejects.toMatchObject({ code: 'FILE_INVALID', details: { reason: 'corrupt' } });
    await expect(readForImport(bufferSource(file), limits)).rejects.toMatchObject({
      code: 'IMPORT_FILE_CORRUPT',
      details: { reason: 'no_directory' },
    });
  });
});
