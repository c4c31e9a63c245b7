import { describe, expect, it } from 'vitest';
import { zip } from '../../test/fixtures/zip-writer';
import { readZipDirectory as readForImport } from '../modules/sector/import/zip';
import { bufferSource } from './byte-source';
import { inspectXlsxZip } from './upload';
import { readZipDirectory, ZipRefusal } from './zip';

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
/** The org/user upload path's guard. */
const inspectUpload = (file: Buffer) =>
  inspectXlsxZip(file, { maxTotalBytes: 1024 * 1024, maxSheetBytes: 1024 * 1024 });

describe('the one ZIP guard (lib/zip.ts) and the two ways it is reported', () => {
  it('reads a plain archive’s directory', async () => {
    const entries = await readZipDirectory(bufferSource(zip(parts())), limits);
    expect(entries.map((e) => e.name)).toEqual(['[Content_Types].xml', 'xl/workbook.xml']);
  });

  it('refuses a ZIP64 extra field in the directory', async () => {
    const file = zip(parts({ extra: zip64Extra() }));
    await expect(readZipDirectory(bufferSource(file), limits)).rejects.toEqual(new ZipRefusal('zip64'));
  });

  // One refusal, reported in each caller's own codes: org/user uploads and the pupil import.
  it.each([
    {
      refused: 'a ZIP64 extra field',
      file: () => zip(parts({ extra: zip64Extra() })),
      upload: 'zip64',
      imported: { code: 'IMPORT_FILE_ZIP_UNSAFE', details: { reason: 'zip64' } },
    },
    {
      refused: 'an encrypted entry',
      file: () => zip(parts({ flags: 0x1 })),
      upload: 'password_protected',
      imported: { code: 'IMPORT_FILE_ENCRYPTED', details: { reason: 'zip_encrypted' } },
    },
    {
      refused: 'a damaged archive',
      file: () => zip(parts()).subarray(0, 40),
      upload: 'corrupt',
      imported: { code: 'IMPORT_FILE_CORRUPT', details: { reason: 'no_directory' } },
    },
  ])(
    'reports $refused to uploads and to the import in their own codes',
    async ({ file, upload, imported }) => {
      const bytes = file();
      await expect(inspectUpload(bytes)).rejects.toMatchObject({
        code: 'FILE_INVALID',
        details: { reason: upload },
      });
      await expect(readForImport(bufferSource(bytes), limits)).rejects.toMatchObject(imported);
    },
  );
});
