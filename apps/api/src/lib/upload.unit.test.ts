import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsx, decodeText, detectDelimiter, readTabularUpload, safeCell } from './upload';

const MAX = { maxRows: 2_000 };

/** An .xlsx written by exceljs, as a spreadsheet program would save it. */
async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Tài khoản'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface RawEntry {
  name: string;
  data: Buffer;
  /** Sizes written into the headers; default: the real ones. */
  declaredSize?: number;
  stored?: boolean;
}

/** A hand-built zip, so headers can lie the way an attacker's would. */
function zip(entries: RawEntry[], eocdCount?: number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.stored ? entry.data : deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.stored ? 0 : 8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.stored ? 0 : 8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(eocdCount ?? entries.length, 8);
  eocd.writeUInt16LE(eocdCount ?? entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const xlsxParts = (): RawEntry[] => [
  { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<?xml version="1.0"?><workbook/>') },
];

/** Encodes text written with explicit combining tone marks into Windows-1258 bytes. */
function cp1258(text: string): Buffer {
  const decoder = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(
    [...text].map((c) => {
      const byte = byChar.get(c);
      if (byte === undefined) throw new Error(`no Windows-1258 byte for ${c}`);
      return byte;
    }),
  );
}

const refusal = (code: string, reason?: string) =>
  expect.objectContaining({ code, ...(reason ? { details: expect.objectContaining({ reason }) } : {}) });

describe('readTabularUpload: xlsx', () => {
  it('reads text, numbers, dates, formulas (cached result) and rich text; skips empty rows', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['Tên đăng nhập', 'Họ và tên', 'Ngày sinh', 'Điểm', 'Ghi chú']);
      sheet.addRow(['an.nguyen', '  Nguyễn Văn An ', new Date(Date.UTC(2012, 8, 5)), 9.5, 'x']);
      sheet.addRow([]);
      sheet.addRow([
        'binh',
        'Trần Thị Bình'.normalize('NFD'),
        null,
        { formula: '1+1', result: 2 },
        { richText: [{ text: 'đậm ' }, { text: 'nhạt' }] },
      ]);
    });
    const table = await readTabularUpload(file, 'Danh sách.XLSX', MAX);
    expect(table.header).toEqual(['Tên đăng nhập', 'Họ và tên', 'Ngày sinh', 'Điểm', 'Ghi chú']);
    expect(table.headerRow).toBe(1);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['an.nguyen', 'Nguyễn Văn An', '05/09/2012', '9.5', 'x'] },
      { rowNumber: 4, cells: ['binh', 'Trần Thị Bình', '', '2', 'đậm nhạt'] },
    ]);
  });

  it('refuses more rows than allowed', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['a']);
      for (let i = 0; i < 6; i++) sheet.addRow([`r${i}`]);
    });
    await expect(readTabularUpload(file, 'a.xlsx', { maxRows: 5 })).rejects.toEqual(
      refusal('IMPORT_TOO_MANY_ROWS'),
    );
  });

  it('refuses a sheet far larger than the row limit needs before parsing it', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['a', 'b']);
      for (let i = 0; i < 20_000; i++) sheet.addRow([`row ${i}`, i]);
    });
    await expect(readTabularUpload(file, 'a.xlsx', { maxRows: 10 })).rejects.toEqual(
      refusal('FILE_TOO_LARGE', 'sheet_too_large'),
    );
  });

  it('refuses an encrypted (OLE) workbook as invalid, and a non-zip as the wrong type', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);
    await expect(readTabularUpload(ole, 'secret.xlsx', MAX)).rejects.toEqual(
      refusal('FILE_INVALID', 'password_protected'),
    );
    await expect(readTabularUpload(Buffer.from('<html></html>'), 'a.xlsx', MAX)).rejects.toEqual(
      refusal('FILE_TYPE_UNSUPPORTED'),
    );
    const docx = zip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }]);
    await expect(readTabularUpload(docx, 'a.xlsx', MAX)).rejects.toEqual(refusal('FILE_TYPE_UNSUPPORTED'));
  });

  it('refuses a zip bomb by its compression ratio', async () => {
    const bomb = zip([
      ...xlsxParts(),
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024) },
    ]);
    expect(bomb.length).toBeLessThan(100_000);
    await expect(readTabularUpload(bomb, 'a.xlsx', MAX)).rejects.toEqual(
      refusal('FILE_INVALID', 'zip_ratio'),
    );
  });

  it('refuses a declared total above 100 MB without inflating anything', async () => {
    const parts = [
      ...xlsxParts(),
      { name: 'xl/media/a.bin', data: Buffer.alloc(10), declaredSize: 0x7fff_ffff },
    ];
    await expect(readTabularUpload(zip(parts), 'a.xlsx', MAX)).rejects.toEqual(
      refusal('FILE_INVALID', 'zip_too_large'),
    );
  });

  it('refuses an entry that inflates beyond its declared size (lying header)', async () => {
    const liar = { name: 'xl/styles.xml', data: Buffer.alloc(60_000, 0x20), declaredSize: 1_000 };
    await expect(readTabularUpload(zip([...xlsxParts(), liar]), 'a.xlsx', MAX)).rejects.toEqual(
      refusal('FILE_INVALID', 'zip_size_mismatch'),
    );
  });

  it('refuses ZIP64 markers', async () => {
    const file = zip(xlsxParts(), 0xffff);
    await expect(readTabularUpload(file, 'a.xlsx', MAX)).rejects.toEqual(refusal('FILE_INVALID', 'zip64'));
  });

  it('refuses entry names that escape the archive (zip slip)', async () => {
    for (const name of ['../../etc/cron.d/x', '/abs/path.xml', 'C:\\evil.xml', 'xl\\..\\..\\x']) {
      const file = zip([...xlsxParts(), { name, data: Buffer.from('x') }]);
      await expect(readTabularUpload(file, 'a.xlsx', MAX)).rejects.toEqual(
        refusal('FILE_INVALID', 'zip_path'),
      );
    }
  });

  it('refuses XML parts with a DOCTYPE (external entities, entity expansion)', async () => {
    const xxe = Buffer.from(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    );
    const file = zip([...xlsxParts(), { name: 'xl/sharedStrings.xml', data: xxe }]);
    await expect(readTabularUpload(file, 'a.xlsx', MAX)).rejects.toEqual(
      refusal('FILE_INVALID', 'xml_doctype'),
    );
  });

  it('refuses a zip that passes the guard but is not a workbook as invalid, not as a crash', async () => {
    await expect(readTabularUpload(zip(xlsxParts()), 'a.xlsx', MAX)).rejects.toEqual(refusal('FILE_INVALID'));
    const truncated = (await workbook((s) => s.addRow(['a']))).subarray(0, 200);
    await expect(readTabularUpload(truncated, 'a.xlsx', MAX)).rejects.toEqual(refusal('FILE_INVALID'));
  });
});

describe('readTabularUpload: csv', () => {
  it('decodes Windows-1258 (combining tone marks) when the bytes are not UTF-8', async () => {
    const bytes = cp1258('Tên đăng nhâ\u0323p,Ho\u0323 va\u0300 tên\r\nduc,Nguyê\u0303n Văn Đư\u0301c\r\n');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const table = await readTabularUpload(bytes, 'ds.csv', MAX);
    expect(table.header).toEqual(['Tên đăng nhập', 'Họ và tên']);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['duc', 'Nguyễn Văn Đức'] }]);
  });

  it('reads UTF-8 with a BOM and a ; delimiter, with quoted fields', async () => {
    const text = '\uFEFFTên đăng nhập;Họ và tên;Ghi chú\n\nan;"Nguyễn; Văn An";"hai\ndòng"\nbinh;Bình;\n';
    const table = await readTabularUpload(Buffer.from(text, 'utf8'), 'ds.csv', MAX);
    expect(table.header).toEqual(['Tên đăng nhập', 'Họ và tên', 'Ghi chú']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['an', 'Nguyễn; Văn An', 'hai\ndòng'],
      ['binh', 'Bình', ''],
    ]);
  });

  it('refuses NUL bytes, other extensions, empty files, broken quoting and too many rows', async () => {
    await expect(readTabularUpload(Buffer.from('a,b\0'), 'a.csv', MAX)).rejects.toEqual(
      refusal('FILE_TYPE_UNSUPPORTED'),
    );
    await expect(readTabularUpload(Buffer.from('a,b'), 'a.xls', MAX)).rejects.toEqual(
      refusal('FILE_TYPE_UNSUPPORTED'),
    );
    await expect(readTabularUpload(Buffer.alloc(0), 'a.csv', MAX)).rejects.toEqual(
      refusal('FILE_INVALID', 'empty'),
    );
    await expect(readTabularUpload(Buffer.from(' , \n'), 'a.csv', MAX)).rejects.toEqual(
      refusal('FILE_INVALID', 'no_header'),
    );
    await expect(readTabularUpload(Buffer.from('a,b\n"x,y\n'), 'a.csv', MAX)).rejects.toEqual(
      refusal('FILE_INVALID', 'corrupt'),
    );
    const many = `h\n${'x\n'.repeat(50)}`;
    await expect(readTabularUpload(Buffer.from(many), 'a.csv', { maxRows: 49 })).rejects.toEqual(
      refusal('IMPORT_TOO_MANY_ROWS'),
    );
  });

  it('guesses the delimiter from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('a;b;c\n1,5;2,5;3')).toBe(';');
    expect(detectDelimiter('"x;y;z",b\n')).toBe(',');
    expect(decodeText(Buffer.from('\uFEFFchào', 'utf8'))).toBe('chào');
  });
});

describe('safeCell and buildXlsx', () => {
  it('prefixes formula triggers with a quote and leaves other text alone', () => {
    for (const value of ['=1+1', '+84 912', '-2', '@SUM(A1)', '\t=x', '\r=x'])
      expect(safeCell(value)).toBe(`'${value}`);
    for (const value of ['Nguyễn', '', "'=already", ' =x', '1=1']) expect(safeCell(value)).toBe(value);
  });

  it('writes every text cell through safeCell: a formula comes back as text', async () => {
    const file = await buildXlsx([
      { name: 'A', header: ['Họ và tên'], rows: [['=HYPERLINK("http://evil.example","bấm")'], ['An']] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
    const cell = wb.worksheets[0]!.getCell('A2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('\'=HYPERLINK("http://evil.example","bấm")');
    const table = await readTabularUpload(file, 'round-trip.xlsx', MAX);
    expect(table.rows.map((r) => r.cells[0])).toEqual(['\'=HYPERLINK("http://evil.example","bấm")', 'An']);
  });
});
