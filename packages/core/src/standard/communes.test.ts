import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communesToCodeList, loadCommunes } from './communes';
import { COMMUNES_SAMPLE_HA_NOI } from './lists/communes-sample';
import { PROVINCES } from './lists/provinces';

describe('loadCommunes', () => {
  it('accepts the Hà Nội sample unchanged', () => {
    const { communes, issues } = loadCommunes(COMMUNES_SAMPLE_HA_NOI);
    expect(issues).toEqual([]);
    expect(communes).toEqual(COMMUNES_SAMPLE_HA_NOI);
  });

  it('reads the type from the Vietnamese word or the name prefix', () => {
    const { communes, issues } = loadCommunes([
      { code: '00070', name: 'Phường Hoàn Kiếm', provinceCode: '01' },
      { code: '00376', name: 'Xã Sóc Sơn', provinceCode: '01', type: 'Xã' },
      { code: '11311', name: 'Đặc khu Bạch Long Vĩ', provinceCode: '31' },
      { code: '22222', name: 'Cô Tô', provinceCode: '22', type: 'Đặc khu' },
    ]);
    expect(issues).toEqual([]);
    expect(communes.map((c) => c.type)).toEqual(['phuong', 'xa', 'dac-khu', 'dac-khu']);
  });

  it('pads codes that a spreadsheet turned into numbers, and normalises names to NFC', () => {
    const { communes, issues } = loadCommunes([
      { code: 70, name: 'Phường  Hoàn Kiếm'.normalize('NFD'), provinceCode: 1 },
    ]);
    expect(issues).toEqual([]);
    expect(communes[0]).toEqual({
      code: '00070',
      name: 'Phường Hoàn Kiếm',
      provinceCode: '01',
      type: 'phuong',
    });
  });

  it('reports every problem of every row and keeps only valid rows', () => {
    const { communes, issues } = loadCommunes([
      { code: '00004', name: 'Phường Ba Đình', provinceCode: '01' },
      { code: '00004', name: 'Phường Ba Đình', provinceCode: '01' },
      { code: '123', name: '', provinceCode: '02', type: 'thị trấn' },
      { code: '12345', name: 'Không rõ loại', provinceCode: '01' },
      'not a row',
      { code: '54321', name: `Xã ${'A'.repeat(120)}`, provinceCode: '01' },
    ]);
    expect(communes.map((c) => c.code)).toEqual(['00004']);
    expect(issues).toEqual([
      { row: 1, field: 'code', problem: 'duplicate-code' },
      { row: 2, field: 'code', problem: 'invalid-code' },
      { row: 2, field: 'name', problem: 'missing-name' },
      // Old province codes (02 Hà Giang) are not valid after 1/7/2025.
      { row: 2, field: 'provinceCode', problem: 'unknown-province' },
      { row: 2, field: 'type', problem: 'unknown-type' },
      { row: 3, field: 'type', problem: 'unknown-type' },
      { row: 4, field: 'row', problem: 'not-an-object' },
      { row: 5, field: 'name', problem: 'name-too-long' },
    ]);
  });

  it('accepts any well-formed row and rejects any code that is not 5 digits', () => {
    const provinceCode = fc.constantFrom(...PROVINCES.entries.map((e) => e.code));
    const prefix = fc.constantFrom('Xã', 'Phường', 'Đặc khu');
    const name = fc.stringMatching(/^[A-Za-zÀ-ỹ][A-Za-zÀ-ỹ ]{0,40}$/);
    fc.assert(
      fc.property(fc.stringMatching(/^\d{5}$/), prefix, name, provinceCode, (code, p, n, province) => {
        const { communes, issues } = loadCommunes([{ code, name: `${p} ${n}`, provinceCode: province }]);
        expect(issues).toEqual([]);
        expect(communes).toHaveLength(1);
      }),
    );
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^\s*\d{5}\s*$/.test(s)),
        (code) => {
          const { issues } = loadCommunes([{ code, name: 'Xã A', provinceCode: '01' }]);
          expect(issues).toContainEqual({ row: 0, field: 'code', problem: 'invalid-code' });
        },
      ),
    );
  });
});

describe('communesToCodeList', () => {
  it('produces a code list with the commune names as labels', () => {
    const list = communesToCodeList(COMMUNES_SAMPLE_HA_NOI, { version: '2025.1', source: 'sample' });
    expect(list.id).toBe('commune');
    expect(list.entries).toHaveLength(COMMUNES_SAMPLE_HA_NOI.length);
    expect(list.entries.find((e) => e.code === '00070')?.labelVi).toBe('Phường Hoàn Kiếm');
  });
});
