import type { Locale } from '@edushield/core';
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import { foldText } from '../../db/fold';
import { AppError } from '../../lib/errors';
import type { UploadedFile } from '../../lib/multipart';
import { readTabularUpload, safeCell } from '../../lib/upload';
import type { Scope } from '../../plugins/scope';
import { findUnitByCode, listUnitTypes } from './org.repository';
import { type ActionInfo, createUnitInTx, moveUnitInTx, updateUnitInTx } from './org.service';

/** Columns of the org-tree file, matched by name in any order, accent- and case-insensitively. */
const COLUMNS = {
  code: { vi: 'Mã đơn vị', en: 'Unit code', aliases: ['ma don vi', 'unit code', 'ma dv', 'code'] },
  name: { vi: 'Tên đơn vị', en: 'Unit name', aliases: ['ten don vi', 'unit name', 'ten dv', 'name'] },
  type: { vi: 'Loại đơn vị', en: 'Unit type', aliases: ['loai don vi', 'unit type', 'loai', 'type'] },
  parentCode: {
    vi: 'Mã đơn vị cấp trên',
    en: 'Parent unit code',
    aliases: ['ma don vi cap tren', 'parent unit code', 'ma cap tren', 'parent code', 'don vi cap tren'],
  },
  address: { vi: 'Địa chỉ', en: 'Address', aliases: ['dia chi', 'address'] },
  validFrom: {
    vi: 'Ngày hiệu lực',
    en: 'Effective date',
    aliases: ['ngay hieu luc', 'effective date', 'tu ngay'],
  },
} as const;
type Column = keyof typeof COLUMNS;

const MAX_ROWS = 5000;

const MESSAGES = {
  missingColumn: { vi: (c: string) => `Thiếu cột "${c}"`, en: (c: string) => `Missing column "${c}"` },
  required: { vi: () => 'Bắt buộc nhập', en: () => 'Required' },
  badCode: {
    vi: () => 'Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 30 ký tự)',
    en: () => 'Codes use unaccented letters, digits, dot, dash, underscore (max 30)',
  },
  tooLong: { vi: (n: string) => `Tối đa ${n} ký tự`, en: (n: string) => `At most ${n} characters` },
  badType: {
    vi: (v: string) => `Loại đơn vị "${v}" không tồn tại`,
    en: (v: string) => `Unknown unit type "${v}"`,
  },
  badDate: {
    vi: (v: string) => `Ngày "${v}" không hợp lệ (dạng dd/mm/yyyy)`,
    en: (v: string) => `Invalid date "${v}" (use dd/mm/yyyy)`,
  },
  unknownParent: {
    vi: (v: string) => `Không tìm thấy đơn vị cấp trên "${v}" trong phạm vi của bạn`,
    en: (v: string) => `Parent unit "${v}" not found within your scope`,
  },
  outOfScope: {
    vi: (v: string) => `Mã "${v}" đã thuộc một đơn vị ngoài phạm vi của bạn`,
    en: (v: string) => `Code "${v}" belongs to a unit outside your scope`,
  },
  duplicate: {
    vi: (v: string) => `Mã "${v}" lặp lại trong tệp`,
    en: (v: string) => `Code "${v}" appears twice in the file`,
  },
  cycle: {
    vi: () => 'Đơn vị không thể là cấp trên của chính nó',
    en: () => 'A unit cannot be its own ancestor',
  },
} satisfies Record<string, Record<Locale, (arg: string) => string>>;

export interface ImportError {
  row: number;
  column: string;
  message: string;
}

interface ParsedRow {
  row: number;
  code: string;
  name: string;
  typeCode: string;
  parentCode: string | null;
  address: string | null;
  validFrom: string;
}

/** dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd → YYYY-MM-DD. */
export function parseImportDate(value: string): string | null {
  const v = value.trim();
  let y: number;
  let m: number;
  let d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * Imports or updates units from a file. Every row is checked first; any
 * error means nothing is written. Valid files are applied in one
 * transaction: new codes are created (parents before children), existing
 * codes are renamed/readdressed/moved with a new version from the row's date.
 */
export async function importUnits(
  db: Db,
  file: UploadedFile,
  options: {
    dryRun: boolean;
    defaultParentId: string | null;
    scope: Scope;
    locale: Locale;
    info: ActionInfo;
  },
) {
  const { locale } = options;
  const table = await readTabularUpload(file.buffer, file.filename, { maxRows: MAX_ROWS });
  const errors: ImportError[] = [];
  const columnIndex = mapColumns(table.header);
  for (const column of ['code', 'name', 'type'] as Column[]) {
    if (columnIndex[column] === undefined) {
      errors.push({
        row: 1,
        column: COLUMNS[column][locale],
        message: MESSAGES.missingColumn[locale](COLUMNS[column][locale]),
      });
    }
  }
  if (errors.length > 0) return { dryRun: options.dryRun, created: 0, updated: 0, unchanged: 0, errors };

  const types = await listUnitTypes(db);
  const typeByKey = new Map<string, string>();
  for (const t of types)
    for (const label of [t.code, t.nameVi, t.nameEn]) typeByKey.set(foldText(label), t.code);

  const today = new Date().toISOString().slice(0, 10);
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, cells } of table.rows) {
    const cell = (c: Column) => {
      const i = columnIndex[c];
      return i === undefined ? '' : (cells[i] ?? '').normalize('NFC').trim();
    };
    if (cells.every((c) => !c?.trim())) continue;
    const fail = (column: Column, message: string) =>
      errors.push({ row: rowNumber, column: COLUMNS[column][locale], message });
    const code = cell('code');
    const name = cell('name').replace(/\s+/g, ' ');
    const typeRaw = cell('type');
    if (!code) fail('code', MESSAGES.required[locale]());
    else if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/.test(code)) fail('code', MESSAGES.badCode[locale]());
    else if (seen.has(code)) fail('code', MESSAGES.duplicate[locale](code));
    if (!name) fail('name', MESSAGES.required[locale]());
    else if (name.length > 200) fail('name', MESSAGES.tooLong[locale]('200'));
    const typeCode = typeByKey.get(foldText(typeRaw));
    if (!typeRaw) fail('type', MESSAGES.required[locale]());
    else if (!typeCode) fail('type', MESSAGES.badType[locale](typeRaw));
    const dateRaw = cell('validFrom');
    const validFrom = dateRaw ? parseImportDate(dateRaw) : today;
    if (!validFrom) fail('validFrom', MESSAGES.badDate[locale](dateRaw));
    const address = cell('address');
    if (address.length > 300) fail('address', MESSAGES.tooLong[locale]('300'));
    seen.set(code, rowNumber);
    rows.push({
      row: rowNumber,
      code,
      name,
      typeCode: typeCode ?? '',
      parentCode: cell('parentCode') || null,
      address: address || null,
      validFrom: validFrom ?? today,
    });
  }

  // Resolve parents: another row of the file, or an existing unit inside the caller's scope.
  const fileCodes = new Map(rows.map((r) => [r.code, r]));
  const existing = new Map<string, Awaited<ReturnType<typeof findUnitByCode>>>();
  const lookup = async (code: string) => {
    if (!existing.has(code)) existing.set(code, await findUnitByCode(db, code));
    return existing.get(code);
  };
  for (const r of rows) {
    const current = r.code ? await lookup(r.code) : undefined;
    if (current && !options.scope.contains(current)) {
      errors.push({ row: r.row, column: COLUMNS.code[locale], message: MESSAGES.outOfScope[locale](r.code) });
    }
    if (r.parentCode) {
      if (r.parentCode === r.code) {
        errors.push({ row: r.row, column: COLUMNS.parentCode[locale], message: MESSAGES.cycle[locale]() });
        continue;
      }
      if (fileCodes.has(r.parentCode)) continue;
      const parent = await lookup(r.parentCode);
      if (!parent || !options.scope.contains(parent) || parent.status !== 'active') {
        errors.push({
          row: r.row,
          column: COLUMNS.parentCode[locale],
          message: MESSAGES.unknownParent[locale](r.parentCode),
        });
      }
    } else if (!current && !options.defaultParentId) {
      errors.push({ row: r.row, column: COLUMNS.parentCode[locale], message: MESSAGES.required[locale]() });
    }
  }
  const order = topologicalOrder(rows, fileCodes);
  if (!order) {
    errors.push({
      row: rows[0]?.row ?? 2,
      column: COLUMNS.parentCode[locale],
      message: MESSAGES.cycle[locale](),
    });
  }
  const counts = { created: 0, updated: 0, unchanged: 0 };
  if (errors.length > 0 || !order) return { dryRun: options.dryRun, ...counts, errors };
  for (const r of order) {
    const current = await lookup(r.code);
    if (!current) counts.created++;
    else if (
      current.name === r.name &&
      current.typeCode === r.typeCode &&
      (r.address ?? null) === (current.address ?? null) &&
      (!r.parentCode || (await lookup(r.parentCode))?.id === current.parentId)
    ) {
      counts.unchanged++;
    } else counts.updated++;
  }
  if (options.dryRun) return { dryRun: true, ...counts, errors };

  await db.transaction(async (tx) => {
    const idByCode = new Map<string, string>();
    for (const r of order) {
      const current = await findUnitByCode(tx, r.code);
      const parentId = r.parentCode
        ? (idByCode.get(r.parentCode) ?? (await findUnitByCode(tx, r.parentCode))?.id)
        : (current?.parentId ?? options.defaultParentId);
      if (!parentId) throw new AppError('IMPORT_ROWS_INVALID', 400);
      if (!current) {
        const created = await createUnitInTx(
          tx,
          {
            code: r.code,
            name: r.name,
            typeCode: r.typeCode,
            parentId,
            address: r.address,
            validFrom: r.validFrom,
          },
          options.info,
          'imported',
        );
        idByCode.set(r.code, created.id);
        continue;
      }
      idByCode.set(r.code, current.id);
      await updateUnitInTx(
        tx,
        current.id,
        { name: r.name, typeCode: r.typeCode, address: r.address ?? '', validFrom: r.validFrom },
        options.info,
        'imported',
      );
      if (parentId !== current.parentId) {
        await moveUnitInTx(tx, current.id, { newParentId: parentId, validFrom: r.validFrom }, options.info);
      }
    }
  });
  return { dryRun: false, ...counts, errors };
}

function mapColumns(header: string[]): Partial<Record<Column, number>> {
  const result: Partial<Record<Column, number>> = {};
  header.forEach((raw, index) => {
    const key = foldText(raw ?? '')
      .replace(/[*:()]/g, '')
      .trim();
    for (const [column, spec] of Object.entries(COLUMNS) as [Column, (typeof COLUMNS)[Column]][]) {
      if (result[column] !== undefined) continue;
      if ((spec.aliases as readonly string[]).includes(key)) result[column] = index;
    }
  });
  return result;
}

/** Parents before children among the file's own rows; null when the file contains a cycle. */
function topologicalOrder(rows: ParsedRow[], byCode: Map<string, ParsedRow>): ParsedRow[] | null {
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: ParsedRow[] = [];
  const visit = (r: ParsedRow): boolean => {
    if (done.has(r.code)) return true;
    if (visiting.has(r.code)) return false;
    visiting.add(r.code);
    const parent = r.parentCode ? byCode.get(r.parentCode) : undefined;
    if (parent && !visit(parent)) return false;
    visiting.delete(r.code);
    done.add(r.code);
    out.push(r);
    return true;
  };
  for (const r of rows) if (!visit(r)) return null;
  return out;
}

export async function unitImportTemplate(db: Db, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'vi' ? 'Don vi' : 'Units');
  sheet.columns = (Object.keys(COLUMNS) as Column[]).map((c) => ({
    header: COLUMNS[c][locale],
    key: c,
    width: 28,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow({
    code: 'XA-TANPHU',
    name: 'UBND xã Tân Phú',
    type: locale === 'vi' ? 'UBND xã/phường' : 'Commune/ward',
    parentCode: 'SGDDT',
    address: '',
    validFrom: '01/07/2025',
  });
  const help = workbook.addWorksheet(locale === 'vi' ? 'Huong dan' : 'Help');
  help.columns = [{ width: 30 }, { width: 50 }];
  help.addRow([locale === 'vi' ? 'Loại đơn vị (mã)' : 'Unit type (code)', locale === 'vi' ? 'Tên' : 'Name']);
  for (const t of await listUnitTypes(db))
    help.addRow([safeCell(t.code), safeCell(locale === 'vi' ? t.nameVi : t.nameEn)]);
  help.addRow([]);
  help.addRow([
    locale === 'vi'
      ? 'Ngày hiệu lực dạng dd/mm/yyyy; để trống = hôm nay. Mã đã có sẽ được cập nhật (giữ lịch sử).'
      : 'Effective date as dd/mm/yyyy; empty = today. Existing codes are updated (history kept).',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
