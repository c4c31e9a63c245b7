import { type ErrorCode, errorMessage, type Locale, ROLES, type RoleDefinition } from '@edushield/core';
import { readablePassword } from '../../bootstrap';
import { foldText } from '../../db/fold';
import { badRequest, conflict, isUniqueViolation } from '../../lib/errors';
import { buildXlsx, type TabularData } from '../../lib/upload';
import { hashPassword } from '../auth/passwords';
import * as repo from './users.repository';
import type { ImportPreviewRow, ImportRowError } from './users.schemas';
import {
  type ActorContext,
  auditFor,
  grantRefusal,
  normaliseFullName,
  normaliseUsername,
} from './users.service';

/**
 * Bulk account creation from a spreadsheet. Every row is checked first
 * (dry run or not); a commit writes all rows in one transaction or nothing.
 * Unit codes are looked up only inside the caller's scope, so an existing
 * unit elsewhere gets the same answer as a code that does not exist.
 */

export const MAX_IMPORT_ROWS = 2_000;
/** Argon2 runs on libuv's pool (4 threads): leave one for people signing in meanwhile. */
const HASH_CONCURRENCY = 3;

type ColumnKey = 'username' | 'fullName' | 'email' | 'unitCode' | 'role' | 'scope';

interface ColumnSpec {
  key: ColumnKey;
  vi: string;
  en: string;
  required: boolean;
  /** Folded header texts accepted for this column. */
  aliases: string[];
}

export const IMPORT_COLUMNS: ColumnSpec[] = [
  { key: 'username', vi: 'Tên đăng nhập', en: 'Username', required: true, aliases: ['tai khoan', 'login'] },
  {
    key: 'fullName',
    vi: 'Họ và tên',
    en: 'Full name',
    required: true,
    aliases: ['ho ten', 'fullname', 'name'],
  },
  { key: 'email', vi: 'Email', en: 'Email', required: false, aliases: ['e-mail', 'thu dien tu'] },
  { key: 'unitCode', vi: 'Mã đơn vị', en: 'Unit code', required: true, aliases: ['don vi', 'unit'] },
  { key: 'role', vi: 'Vai trò', en: 'Role', required: true, aliases: ['ma vai tro', 'role code'] },
  { key: 'scope', vi: 'Phạm vi', en: 'Scope', required: false, aliases: [] },
];

export const SCOPE_LABELS = {
  subtree: { vi: 'Toàn bộ đơn vị trực thuộc', en: 'The unit and all units under it' },
  unit: { vi: 'Chỉ đơn vị này', en: 'This unit only' },
} as const;

export interface ImportPlanRow {
  row: number;
  username: string;
  fullName: string;
  email: string | null;
  unit: repo.UnitRow;
  role: RoleDefinition;
  scope: 'subtree' | 'unit';
}

export interface ImportCheck {
  preview: ImportPreviewRow[];
  errors: ImportRowError[];
  /** Complete only when there are no errors. */
  plan: ImportPlanRow[];
}

// ------------------------------------------------------------ checking

export async function checkImport(
  ctx: ActorContext,
  table: TabularData,
  locale: Locale,
): Promise<ImportCheck> {
  const errors: ImportRowError[] = [];
  const columnIndex = mapColumns(table.header);
  const missing = IMPORT_COLUMNS.filter((c) => c.required && columnIndex.get(c.key) === undefined);
  for (const column of missing)
    errors.push(rowError(table.headerRow, column[locale], 'IMPORT_COLUMN_MISSING', locale));
  if (missing.length > 0) return { preview: [], errors, plan: [] };
  if (table.rows.length === 0)
    return { preview: [], errors: [rowError(table.headerRow, '', 'IMPORT_NO_ROWS', locale)], plan: [] };

  const cell = (cells: string[], key: ColumnKey) => {
    const index = columnIndex.get(key);
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const raw = table.rows.map((r) => ({
    row: r.rowNumber,
    username: cell(r.cells, 'username'),
    fullName: cell(r.cells, 'fullName'),
    email: cell(r.cells, 'email'),
    unitCode: cell(r.cells, 'unitCode'),
    role: cell(r.cells, 'role'),
    scope: cell(r.cells, 'scope'),
  }));
  const units = await repo.unitsInScopeByCodes(ctx.db, ctx.scope, [...new Set(raw.map((r) => r.unitCode))]);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const usernames = raw.map((r) => normaliseUsername(r.username)).filter((u): u is string => u !== null);
  const taken = await repo.existingUsernames(ctx.db, [...new Set(usernames)]);
  const seen = new Set<string>();

  const preview: ImportPreviewRow[] = [];
  const plan: ImportPlanRow[] = [];
  for (const r of raw) {
    const problems: [ColumnKey, ErrorCode][] = [];
    const username = checkUsername(r.username, seen, taken, problems);
    const fullName = normaliseFullName(r.fullName);
    if (!fullName) problems.push(['fullName', r.fullName ? 'FULL_NAME_INVALID' : 'IMPORT_VALUE_REQUIRED']);
    const email = r.email === '' ? null : r.email;
    if (email !== null && !EMAIL.test(email)) problems.push(['email', 'EMAIL_INVALID']);
    const unit = checkUnit(r.unitCode, unitByCode, problems);
    const role = r.role ? findRole(r.role) : null;
    if (!role) problems.push(['role', r.role ? 'IMPORT_ROLE_UNKNOWN' : 'IMPORT_VALUE_REQUIRED']);
    const scope = findScope(r.scope);
    if (!scope) problems.push(['scope', 'IMPORT_SCOPE_INVALID']);
    const refusal = unit && role && scope ? grantRefusal(ctx.actor, unit, role.code, scope) : null;
    if (refusal) problems.push([refusal === 'SCOPE_ABOVE_OWN' ? 'scope' : 'role', refusal]);

    for (const [key, code] of problems)
      errors.push(rowError(r.row, headerOf(key, table, columnIndex, locale), code, locale));
    preview.push({
      row: r.row,
      username: username ?? r.username,
      fullName: fullName ?? r.fullName,
      email,
      unitCode: r.unitCode,
      unitName: unit?.name ?? null,
      roleCode: role?.code ?? null,
      scope,
    });
    if (problems.length === 0)
      plan.push({
        row: r.row,
        username: username!,
        fullName: fullName!,
        email,
        unit: unit!,
        role: role!,
        scope: scope!,
      });
  }
  return { preview, errors, plan };
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/;

function checkUsername(
  raw: string,
  seen: Set<string>,
  taken: Set<string>,
  problems: [ColumnKey, ErrorCode][],
): string | null {
  if (raw === '') {
    problems.push(['username', 'IMPORT_VALUE_REQUIRED']);
    return null;
  }
  const username = normaliseUsername(raw);
  if (!username) problems.push(['username', 'USERNAME_INVALID']);
  else if (seen.has(username)) problems.push(['username', 'IMPORT_USERNAME_DUPLICATE']);
  else if (taken.has(username)) problems.push(['username', 'USERNAME_TAKEN']);
  if (username) seen.add(username);
  return username;
}

function checkUnit(
  code: string,
  unitByCode: Map<string, repo.UnitRow>,
  problems: [ColumnKey, ErrorCode][],
): repo.UnitRow | null {
  if (code === '') {
    problems.push(['unitCode', 'IMPORT_VALUE_REQUIRED']);
    return null;
  }
  const unit = unitByCode.get(code);
  if (!unit) problems.push(['unitCode', 'IMPORT_UNIT_UNKNOWN']);
  else if (unit.status !== 'active') problems.push(['unitCode', 'UNIT_CLOSED']);
  return unit && unit.status === 'active' ? unit : null;
}

/** Header text → column, by any accepted name in either language, accents and case ignored. */
function mapColumns(header: string[]): Map<ColumnKey, number> {
  const byName = new Map<string, ColumnKey>();
  for (const column of IMPORT_COLUMNS) {
    for (const name of [column.vi, column.en, column.key, ...column.aliases])
      byName.set(foldText(name), column.key);
  }
  const index = new Map<ColumnKey, number>();
  header.forEach((text, i) => {
    const key = byName.get(foldText(text));
    // The first column of a name wins: merged header cells repeat their text.
    if (key && !index.has(key)) index.set(key, i);
  });
  return index;
}

function headerOf(
  key: ColumnKey,
  table: TabularData,
  columnIndex: Map<ColumnKey, number>,
  locale: Locale,
): string {
  const index = columnIndex.get(key);
  const spec = IMPORT_COLUMNS.find((c) => c.key === key)!;
  return index === undefined ? spec[locale] : table.header[index] || spec[locale];
}

const ROLE_BY_NAME = new Map<string, RoleDefinition>(
  ROLES.flatMap((role) => [
    [foldText(role.code), role],
    [foldText(role.nameVi), role],
    [foldText(role.nameEn), role],
  ]),
);

export const findRole = (text: string): RoleDefinition | null => ROLE_BY_NAME.get(foldText(text)) ?? null;

const SCOPE_BY_NAME = new Map<string, 'subtree' | 'unit'>([
  ['subtree', 'subtree'],
  [foldText(SCOPE_LABELS.subtree.vi), 'subtree'],
  [foldText(SCOPE_LABELS.subtree.en), 'subtree'],
  ['unit', 'unit'],
  [foldText(SCOPE_LABELS.unit.vi), 'unit'],
  [foldText(SCOPE_LABELS.unit.en), 'unit'],
]);

/** Empty means the whole subtree, the same default as a role assignment. */
export const findScope = (text: string): 'subtree' | 'unit' | null =>
  text === '' ? 'subtree' : (SCOPE_BY_NAME.get(foldText(text)) ?? null);

function rowError(row: number, column: string, code: ErrorCode, locale: Locale): ImportRowError {
  return { row, column, code, message: errorMessage(code, locale) };
}

// ------------------------------------------------------------ committing

export interface CreatedAccount {
  username: string;
  fullName: string;
  unitCode: string;
  roleName: string;
  oneTimePassword: string;
}

/** Creates every planned account in one transaction; nothing is written if any row fails. */
export async function commitImport(ctx: ActorContext, check: ImportCheck): Promise<CreatedAccount[]> {
  if (check.errors.length > 0) throw badRequest('IMPORT_ROWS_INVALID', { errors: check.errors });
  const passwords = check.plan.map(() => readablePassword());
  const hashes = await mapLimited(passwords, HASH_CONCURRENCY, hashPassword);
  const accounts: repo.NewAccount[] = check.plan.map((p, i) => ({
    username: p.username,
    fullName: p.fullName,
    email: p.email,
    unitId: p.unit.id,
    passwordHash: hashes[i]!,
    createdBy: ctx.actor.userId,
    role: { roleCode: p.role.code, unitId: p.unit.id, scope: p.scope },
  }));
  try {
    await ctx.db.transaction(async (tx) => {
      const ids = await repo.insertAccounts(tx, accounts);
      for (const [i, p] of check.plan.entries()) {
        await auditFor(
          tx,
          ctx,
          'user.create',
          { type: 'user', id: ids[i]!, unitId: p.unit.id },
          { username: p.username, roleCode: p.role.code, unitId: p.unit.id, scope: p.scope, via: 'import' },
        );
      }
    });
  } catch (error) {
    // Someone took a username between the check and the commit.
    if (isUniqueViolation(error)) throw conflict('USERNAME_TAKEN');
    throw error;
  }
  return check.plan.map((p, i) => ({
    username: p.username,
    fullName: p.fullName,
    unitCode: p.unit.code,
    roleName: p.role.nameVi,
    oneTimePassword: passwords[i]!,
  }));
}

async function mapLimited<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// ------------------------------------------------------------ spreadsheets

/** The accounts just created with their one-time passwords: handed over once, never stored. */
export function createdAccountsXlsx(accounts: CreatedAccount[]): Promise<Buffer> {
  return buildXlsx([
    {
      name: 'Tài khoản mới',
      header: ['Tên đăng nhập', 'Họ và tên', 'Mã đơn vị', 'Vai trò', 'Mật khẩu dùng một lần'],
      rows: accounts.map((a) => [a.username, a.fullName, a.unitCode, a.roleName, a.oneTimePassword]),
      widths: [24, 32, 16, 32, 24],
    },
    {
      name: 'Lưu ý',
      header: ['Lưu ý'],
      rows: [
        ['Mỗi mật khẩu chỉ dùng cho lần đăng nhập đầu tiên; hệ thống bắt buộc đổi mật khẩu ngay sau đó.'],
        ['Giao mật khẩu riêng cho từng người; không gửi cả tệp qua email hay nhóm chat.'],
        ['Xóa tệp này sau khi đã giao xong mật khẩu.'],
      ],
      widths: [100],
    },
  ]);
}

/** The template: the columns to fill, and an instructions sheet with the valid roles and scopes. */
export function templateXlsx(grantable: Set<string>): Promise<Buffer> {
  const instructions: string[][] = [
    [
      'Tên đăng nhập',
      'Có',
      '3–50 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang; bắt đầu bằng chữ hoặc số.',
    ],
    ['Họ và tên', 'Có', 'Tối đa 100 ký tự.'],
    ['Email', 'Không', 'Địa chỉ email của người dùng.'],
    ['Mã đơn vị', 'Có', 'Mã của đơn vị thuộc phạm vi bạn quản lý.'],
    [
      'Vai trò',
      'Có',
      'Mã hoặc tên vai trò trong bảng dưới. Chỉ cấp được vai trò ngang hoặc thấp hơn vai trò của bạn.',
    ],
    ['Phạm vi', 'Không', 'subtree hoặc unit (xem bảng dưới); để trống là subtree.'],
    [],
    ['Mã vai trò', 'Tên vai trò', 'Bạn được cấp vai trò này'],
    ...ROLES.map((r) => [r.code, r.nameVi, grantable.has(r.code) ? 'Có' : 'Không']),
    [],
    ['Phạm vi', 'Ý nghĩa'],
    ['subtree', SCOPE_LABELS.subtree.vi],
    ['unit', SCOPE_LABELS.unit.vi],
    [],
    [
      'Mỗi tệp tối đa ' +
        MAX_IMPORT_ROWS.toLocaleString('vi-VN') +
        ' dòng. Mật khẩu dùng một lần được trả về trong tệp kết quả.',
    ],
  ];
  return buildXlsx([
    {
      name: 'Tài khoản',
      header: IMPORT_COLUMNS.map((c) => c.vi),
      rows: [],
      widths: [24, 32, 28, 16, 32, 16],
    },
    { name: 'Hướng dẫn', header: ['Cột', 'Bắt buộc', 'Cách điền'], rows: instructions, widths: [28, 40, 90] },
  ]);
}
