import { toTcvn3 } from '@edushield/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetId } from '../src/modules/sector/import/fields';
import { detectHeader } from '../src/modules/sector/import/headers';
import type { ColumnPlan, ImportPlan } from '../src/modules/sector/import/plan';
import type { SheetCell, SheetRow } from '../src/modules/sector/import/read.types';
import { RowStandardiser, type StandardiseContext } from '../src/modules/sector/import/standardise';
import { dmy, excelSerialOf, PUPILS, shortDmy } from './fixtures/make-fixtures';

/**
 * Properties of the pure parts of the import: the header maps the same
 * whatever the order and spelling of its columns, and standardising is
 * idempotent (a standardised row standardises to itself, with no changes).
 */

/** Header labels as files write them, with the target each must map to (null: ignored). */
const LABELS: [string, string | null][] = [
  ['Họ và tên', 'fullName'],
  ['Ngày sinh', 'birthDate'],
  ['Giới tính', 'gender'],
  ['Dân tộc', 'ethnicity'],
  ['Lớp', 'classCode'],
  ['Số điện thoại', 'phone'],
  ['Số CCCD', 'personalId'],
  ['Nơi sinh', 'placeOfBirth'],
  ['Mã học sinh', 'studentId'],
  ['Họ tên cha', 'guardian.father.fullName'],
  ['SĐT mẹ', 'guardian.mother.phone'],
  ['Trạng thái', 'status'],
  ['STT', null],
  ['Cột lạ', null],
  ['__proto__', null],
];

/** The same label as another clerk would type it: case, spaces, NFD, a trailing "(*)". */
const spelling = (label: string) =>
  fc
    .record({ upper: fc.boolean(), nfd: fc.boolean(), pad: fc.boolean(), star: fc.boolean() })
    .map(({ upper, nfd, pad, star }) => {
      let text = upper ? label.toUpperCase() : label;
      if (nfd) text = text.normalize('NFD');
      if (pad) text = `  ${text.replace(/ /g, '  ')} `;
      return star ? `${text} (*)` : text;
    });

const cell = (value: string): SheetCell => ({ value });

describe('header matching', () => {
  it('any permutation and spelling of the columns maps each column to the same field', () => {
    const required = LABELS.slice(0, 3);
    const optional = LABELS.slice(3);
    const columns = fc
      .subarray(optional)
      .chain((extra) =>
        fc.shuffledSubarray([...required, ...extra], { minLength: required.length + extra.length }),
      )
      .chain((chosen) =>
        fc.tuple(fc.constant(chosen), fc.tuple(...chosen.map(([label]) => spelling(label)))),
      );
    fc.assert(
      fc.property(columns, fc.integer({ min: 0, max: 3 }), ([chosen, spelled], titleRows) => {
        const rows: SheetRow[] = [];
        for (let r = 1; r <= titleRows; r++)
          rows.push({ rowNumber: r, cells: [cell(`DANH SÁCH HỌC SINH ${r}`)], hidden: false });
        rows.push({ rowNumber: titleRows + 1, cells: spelled.map(cell), hidden: false });
        rows.push({ rowNumber: titleRows + 2, cells: chosen.map(() => cell('x')), hidden: false });
        const header = detectHeader({ rows, merges: [], fillParentsRight: false });
        expect(header).not.toBeNull();
        expect(header!.headerRows).toEqual([titleRows + 1]);
        expect(header!.missing).toEqual([]);
        const mapped = new Map(header!.columns.map((c) => [c.index, targetId(c.target)]));
        chosen.forEach(([, target], index) => {
          expect(mapped.get(index) ?? null).toBe(target);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a header written in TCVN3 maps like its Unicode original', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(LABELS.slice(0, 8), { minLength: 8 }), (chosen) => {
        const unicode = detectHeader({
          rows: [{ rowNumber: 1, cells: chosen.map(([l]) => cell(l)), hidden: false }],
          merges: [],
          fillParentsRight: false,
        });
        const legacy = detectHeader({
          rows: [
            {
              rowNumber: 1,
              cells: chosen.map(([l]) => ({ value: toTcvn3(l), font: '.VnTime' })),
              hidden: false,
            },
          ],
          merges: [],
          fillParentsRight: false,
        });
        const ids = (h: typeof unicode) => h!.columns.map((c) => [c.index, targetId(c.target)]);
        expect(ids(legacy)).toEqual(ids(unicode));
      }),
      { numRuns: 100 },
    );
  });
});

const FIELDS: [string, string][] = [
  ['Họ và tên', 'fullName'],
  ['Ngày sinh', 'birthDate'],
  ['Giới tính', 'gender'],
  ['Dân tộc', 'ethnicity'],
  ['Số điện thoại', 'phone'],
  ['Số CCCD', 'personalId'],
];

const PLAN: ImportPlan = {
  format: 'xlsx',
  sheetName: 'DS',
  headerRows: [1],
  columns: FIELDS.map(
    ([label, field], index): ColumnPlan => ({
      index,
      label,
      target: { kind: 'student', field },
      encoding: null,
      capitals: false,
      personal: field === 'phone' || field === 'personalId',
    }),
  ),
  ignored: [],
  notStored: [],
  dataRows: 1,
  hiddenRows: 0,
  notices: [],
};

const CONTEXT: StandardiseContext = {
  schoolYear: '2025-2026',
  schoolYearStart: '2025-09-05',
  today: '2025-10-01',
  schoolCodes: [],
  schoolClasses: [],
  classNameOf: () => undefined,
};

/** A messy but valid row: the pupil's values in any of the ways files write them. */
const messyRow = fc
  .record({
    pupil: fc.constantFrom(...PUPILS),
    nameCase: fc.constantFrom('as is', 'lower', 'upper'),
    nameNfd: fc.boolean(),
    namePad: fc.boolean(),
    date: fc.constantFrom('dmy', 'short', 'serial', 'serial text', 'iso', 'date'),
    gender: fc.constantFrom('label', 'lower', 'code'),
    phone: fc.constantFrom('plain', 'dots', 'spaces', '+84', 'number'),
    pidNumber: fc.boolean(),
  })
  .map((m): SheetRow => {
    const p = m.pupil;
    let name =
      m.nameCase === 'lower' ? p.name.toLowerCase() : m.nameCase === 'upper' ? p.name.toUpperCase() : p.name;
    if (m.nameNfd) name = name.normalize('NFD');
    if (m.namePad) name = ` ${name.replace(/ /g, '   ')}  `;
    const date: SheetCell['value'] = {
      dmy: dmy(p.birth),
      short: shortDmy(p.birth),
      serial: excelSerialOf(p.birth),
      'serial text': String(excelSerialOf(p.birth)),
      iso: p.birth,
      date: new Date(`${p.birth}T00:00:00Z`),
    }[m.date];
    const gender = { label: p.gender, lower: p.gender.toLowerCase(), code: p.gender === 'Nam' ? '1' : '2' }[
      m.gender
    ];
    const phone: SheetCell['value'] = {
      plain: p.phone,
      dots: `${p.phone.slice(0, 4)}.${p.phone.slice(4, 7)}.${p.phone.slice(7)}`,
      spaces: `${p.phone.slice(0, 4)} ${p.phone.slice(4)}`,
      '+84': `+84 ${p.phone.slice(1)}`,
      number: Number(p.phone),
    }[m.phone];
    const pid: SheetCell['value'] = m.pidNumber ? Number(p.pid) : p.pid!;
    return {
      rowNumber: 2,
      cells: [name, date, gender, p.ethnicity, phone, pid].map((value) => ({ value })),
      hidden: false,
    };
  });

describe('row standardisation', () => {
  it('is idempotent: the standardised row standardises to itself, with nothing left to change', () => {
    const standardiser = new RowStandardiser(PLAN, CONTEXT);
    fc.assert(
      fc.property(messyRow, (row) => {
        const first = standardiser.standardise(row);
        expect(first.issues).toEqual([]);
        expect(first.record).not.toBeNull();
        const r = first.record!;
        const clean: SheetRow = {
          rowNumber: 2,
          cells: [
            r.fullName,
            dmy(r.birthDate),
            r.genderCode === '1' ? 'Nam' : 'Nữ',
            row.cells[3]!.value,
            r.phone!,
            r.personalId!,
          ].map((value) => ({ value: value as string })),
          hidden: false,
        };
        const second = standardiser.standardise(clean);
        expect(second.record).toEqual(r);
        expect(second.changes).toEqual([]);
        // And deterministic: the same row gives the same answer.
        expect(standardiser.standardise(row)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});
