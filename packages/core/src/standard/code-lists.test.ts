import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_LIST_IDS, isEntryValidOn } from './code-list';
import {
  CODE_LISTS,
  codeListIds,
  defaultLabelKey,
  findEntry,
  findEntryByLabel,
  getCodeList,
} from './registry';

const lists = codeListIds.map((id) => getCodeList(id));

describe('code list registry', () => {
  it('registers every id under its own id', () => {
    expect(new Set(codeListIds).size).toBe(CODE_LIST_IDS.length);
    for (const id of codeListIds) expect(CODE_LISTS[id].id).toBe(id);
  });

  it('answers unknown ids and codes with undefined', () => {
    expect(getCodeList('no-such-list')).toBeUndefined();
    expect(findEntry('no-such-list', '01')).toBeUndefined();
    expect(findEntry('ethnicity', '99')).toBeUndefined();
  });

  it('finds entries by exact code', () => {
    expect(findEntry('ethnicity', '01')?.labelVi).toBe('Kinh');
    expect(findEntry('province', '79')?.labelVi).toBe('Thành phố Hồ Chí Minh');
    expect(findEntry('gender', '2')?.labelEn).toBe('Female');
  });
});

describe.each(lists.map((list) => [list.id, list] as const))('code list %s', (_id, list) => {
  it('has a version and a cited source', () => {
    expect(list.version).toMatch(/^\d{4}\.\d+$/);
    expect(list.source.trim()).not.toBe('');
  });

  it('has unique codes and non-empty Vietnamese and English labels', () => {
    const codes = list.entries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of list.entries) {
      expect(entry.code.trim()).toBe(entry.code);
      expect(entry.code).not.toBe('');
      expect(entry.labelVi.trim()).not.toBe('');
      expect(entry.labelEn.trim()).not.toBe('');
      // Stored text is NFC so that equality works without normalising.
      expect(entry.labelVi).toBe(entry.labelVi.normalize('NFC'));
      for (const alias of entry.aliases ?? []) expect(alias).toBe(alias.normalize('NFC'));
    }
  });

  it('never lets one name point at two entries', () => {
    const owner = new Map<string, string>();
    for (const entry of list.entries) {
      const names = new Set(
        [entry.code, entry.labelVi, entry.labelEn, ...(entry.aliases ?? [])].map(defaultLabelKey),
      );
      for (const name of names) {
        expect(owner.get(name) ?? entry.code, `"${name}" in ${list.id}`).toBe(entry.code);
        owner.set(name, entry.code);
      }
    }
  });

  it('has coherent validity windows', () => {
    for (const entry of list.entries) {
      for (const date of [entry.validFrom, entry.validTo]) {
        if (date !== undefined) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      if (entry.validFrom && entry.validTo) expect(entry.validFrom <= entry.validTo).toBe(true);
      if (entry.replacedBy) expect(entry.validTo).toBeDefined();
    }
  });

  it('finds every entry back from its labels and aliases, in NFC or NFD', () => {
    for (const entry of list.entries) {
      for (const name of [entry.labelVi, entry.labelEn, ...(entry.aliases ?? [])]) {
        expect(findEntryByLabel(list.id, name)?.code).toBe(entry.code);
        expect(findEntryByLabel(list.id, `  ${name.normalize('NFD').toUpperCase()} `)?.code).toBe(entry.code);
      }
    }
  });
});

describe('replacedBy links', () => {
  it('point at codes that exist in the same list (provinces: the 2025 list)', () => {
    for (const list of lists) {
      const target = list.id === 'province-pre-2025' ? getCodeList('province') : list;
      for (const entry of list.entries) {
        for (const code of entry.replacedBy ?? []) expect(findEntry(target.id, code), code).toBeDefined();
      }
    }
  });
});

describe('isEntryValidOn', () => {
  it('treats both ends of the window as inclusive', () => {
    const entry = { code: 'x', labelVi: 'x', labelEn: 'x', validFrom: '2025-07-01', validTo: '2025-12-31' };
    expect(isEntryValidOn(entry, '2025-06-30')).toBe(false);
    expect(isEntryValidOn(entry, '2025-07-01')).toBe(true);
    expect(isEntryValidOn(entry, '2025-12-31')).toBe(true);
    expect(isEntryValidOn(entry, '2026-01-01')).toBe(false);
  });
});

describe('findEntryByLabel', () => {
  it('matches common spellings from school files', () => {
    expect(findEntryByLabel('ethnicity', 'Khmer')?.code).toBe('05');
    expect(findEntryByLabel('ethnicity', "H'Mông")?.code).toBe('08');
    expect(findEntryByLabel('ethnicity', 'H’Mông')?.code).toBe('08');
    expect(findEntryByLabel('ethnicity', 'mông')?.code).toBe('08');
    expect(findEntryByLabel('province', 'TP.HCM')?.code).toBe('79');
    expect(findEntryByLabel('gender', 'nữ')?.code).toBe('2');
    expect(findEntryByLabel('school-level', 'THCS')?.code).toBe('THCS');
  });

  it('uses a caller-supplied key on both sides', () => {
    const stripMarks = (s: string) =>
      s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().trim();
    expect(findEntryByLabel('ethnicity', 'Xo Dang', stripMarks)?.code).toBe('14');
  });

  it('returns undefined for blank or unknown text instead of guessing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codeListIds), fc.stringMatching(/^\s*$/), (id, blank) => {
        expect(findEntryByLabel(id, blank)).toBeUndefined();
      }),
    );
    expect(findEntryByLabel('ethnicity', 'Người sao Hỏa')).toBeUndefined();
  });
});
