import { ENTITIES, type FieldSpec, findEntry, formatDateVi } from '@edushield/core';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../lib/errors';
import { MASK } from '../../lib/personal-data';
import { buildXlsx, safeCell } from '../../lib/upload';
import { orgUnits } from '../org/org.table';
import { classesOfSchoolYear } from './classes.repository';
import { requireSchoolYear } from './school-years';
import { audit, auditPersonalRead, type SectorContext, vietnamToday } from './sector.context';
import { schoolProfiles, studentStatusEvents } from './sector.table';
import { type StudentRow, studentsForExport } from './students.repository';
import type { ExportQuery, TemplateQuery } from './students.schemas';
import { personalVisibility } from './students.view';

/**
 * Pupils out of the system: the national student export layout ("C1-HocSinh":
 * the student entity's columns in the standard's order), CSV and JSON, and
 * the import template pre-filled with a school's pupils. Masked exactly like
 * the API; every text cell passes through safeCell (formula injection).
 */

const FIELDS: readonly FieldSpec[] = ENTITIES.student.fields;
/** Columns withheld from callers without sector.read_personal (personal or sensitive in the standard). */
const isPrivate = (field: FieldSpec) => field.personal === true || field.sensitive === true;

/** Protects the server and the spreadsheet program; a province exports by unit or class. */
export const EXPORT_ROW_LIMIT = 100_000;

interface ExportRow {
  row: StudentRow;
  visible: boolean;
  schoolId: string;
  leavingReason: string | null;
}

/** A pupil as the standard's field keys → stored value (codes and ISO dates), before masking. */
function standardValues(x: ExportRow, ctx: SectorContext): Record<string, string | null> {
  const { row } = x;
  const open = (value: string | null) => ctx.codec.open(value);
  return {
    classCode: row.classCode,
    studentId: row.studentCode,
    fullName: row.fullName,
    birthDate: row.birthDate,
    gender: row.genderCode,
    status: row.statusCode,
    statusDate: row.statusDate,
    ethnicity: row.ethnicityCode,
    disabilityType: row.disabilityCode,
    personalId: x.visible ? open(row.personalIdEnc) : null,
    schoolId: x.schoolId,
    religion: row.religionCode,
    healthStatus: x.visible ? open(row.healthNoteEnc) : null,
    placeOfBirth: x.visible ? open(row.birthPlaceEnc) : null,
    permanentAddress: x.visible ? open(row.addressEnc) : null,
    phone: x.visible ? open(row.phoneEnc) : null,
    leavingReason: x.leavingReason,
  };
}

/** What a person reads in a cell: dd/mm/yyyy dates, code-list labels. */
function displayText(field: FieldSpec, value: string | null): string {
  if (value === null || value === '') return '';
  if (field.type === 'date') return formatDateVi(value);
  if (field.type === 'code' && field.codeList) return findEntry(field.codeList, value)?.labelVi ?? value;
  return value;
}

function cells(x: ExportRow, ctx: SectorContext, maskWith: string): string[] {
  const values = standardValues(x, ctx);
  return FIELDS.map((f) => (isPrivate(f) && !x.visible ? maskWith : displayText(f, values[f.key] ?? null)));
}

function jsonRecord(x: ExportRow, ctx: SectorContext): Record<string, unknown> {
  const values = standardValues(x, ctx);
  const record: Record<string, unknown> = {};
  const masked: string[] = [];
  for (const f of FIELDS) {
    const hidden = isPrivate(f) && !x.visible;
    if (hidden) masked.push(f.key);
    record[f.key] = hidden ? null : (values[f.key] ?? null);
  }
  record.masked = masked;
  return record;
}

/** RFC 4180 quoting, after formula neutralising. */
function csvCell(value: string): string {
  const safe = safeCell(value);
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** UTF-8 with a byte-order mark: without it Excel reads Vietnamese as Windows-1252 mojibake. */
export function toCsv(header: string[], rows: string[][]): Buffer {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The school id of each school (its profile's code, else the unit code) and the latest leaving reason of leavers. */
async function enrich(
  db: DbOrTx,
  rows: StudentRow[],
  sees: (r: StudentRow) => boolean,
): Promise<ExportRow[]> {
  const unitIds = [...new Set(rows.map((r) => r.unitId))];
  const schoolIds = new Map<string, string>();
  for (let i = 0; i < unitIds.length; i += 1_000) {
    const chunk = unitIds.slice(i, i + 1_000);
    const found = await db
      .select({ id: orgUnits.id, code: orgUnits.code, schoolCode: schoolProfiles.schoolCode })
      .from(orgUnits)
      .leftJoin(schoolProfiles, eq(schoolProfiles.unitId, orgUnits.id))
      .where(inArray(orgUnits.id, chunk));
    for (const u of found) schoolIds.set(u.id, u.schoolCode ?? u.code);
  }
  const leavers = rows.filter((r) => r.statusCode === '04').map((r) => r.id);
  const reasons = new Map<string, string | null>();
  for (let i = 0; i < leavers.length; i += 1_000) {
    const events = await db
      .select({ studentId: studentStatusEvents.studentId, reasonCode: studentStatusEvents.reasonCode })
      .from(studentStatusEvents)
      .where(
        and(
          inArray(studentStatusEvents.studentId, leavers.slice(i, i + 1_000)),
          eq(studentStatusEvents.statusCode, '04'),
        ),
      )
      .orderBy(desc(studentStatusEvents.eventDate), desc(studentStatusEvents.recordedAt));
    for (const e of events) if (!reasons.has(e.studentId)) reasons.set(e.studentId, e.reasonCode);
  }
  return rows.map((row) => ({
    row,
    visible: sees(row),
    schoolId: schoolIds.get(row.unitId) ?? '',
    leavingReason: reasons.get(row.id) ?? null,
  }));
}

export interface ExportFile {
  body: Buffer;
  contentType: string;
  filename: string;
}

const stamp = () => vietnamToday().replaceAll('-', '');

export async function exportStudents(
  ctx: SectorContext,
  query: ExportQuery,
  subtreePath: string | undefined,
): Promise<ExportFile> {
  const rows = await studentsForExport(
    ctx.db,
    ctx.scope,
    { subtreePath, classId: query.classId, status: query.status },
    EXPORT_ROW_LIMIT + 1,
  );
  if (rows.length > EXPORT_ROW_LIMIT) throw badRequest('EXPORT_TOO_LARGE', { maxRows: EXPORT_ROW_LIMIT });
  const data = await enrich(ctx.db, rows, personalVisibility(ctx));
  const format = query.format ?? 'xlsx';
  const header = FIELDS.map((f) => f.exportHeaderVi);
  let file: ExportFile;
  if (format === 'json') {
    const body = {
      entity: 'student',
      fields: FIELDS.map((f) => f.key),
      records: data.map((x) => jsonRecord(x, ctx)),
    };
    file = {
      body: Buffer.from(JSON.stringify(body), 'utf8'),
      contentType: 'application/json; charset=utf-8',
      filename: `hoc-sinh-${stamp()}.json`,
    };
  } else if (format === 'csv') {
    file = {
      body: toCsv(
        header,
        data.map((x) => cells(x, ctx, MASK)),
      ),
      contentType: 'text/csv; charset=utf-8',
      filename: `hoc-sinh-${stamp()}.csv`,
    };
  } else {
    file = {
      body: await buildXlsx([
        { name: 'HocSinh', header, rows: data.map((x) => cells(x, ctx, MASK)), widths: header.map(() => 18) },
      ]),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename: `hoc-sinh-${stamp()}.xlsx`,
    };
  }
  const unmasked = data.filter((x) => x.visible).map((x) => x.row.id);
  await audit(
    ctx.db,
    ctx,
    'student.export',
    { type: 'student', unitId: query.unitId ?? null },
    {
      format,
      count: data.length,
      masked: data.length - unmasked.length,
      classId: query.classId ?? null,
      status: query.status ?? null,
    },
  );
  await auditPersonalRead(ctx, 'student', unmasked, query.unitId ?? null);
  return file;
}

const AT_SCHOOL = ['01', '02', '05', '08'];

const INSTRUCTIONS = [
  'Sheet "HocSinh": mỗi dòng một học sinh, theo mẫu xuất dữ liệu học sinh của CSDL ngành.',
  'Giữ nguyên cột "Mã học sinh" của học sinh đã có; để trống với học sinh mới (hệ thống cấp mã).',
  'Cột "Mã lớp": mã lớp hoặc tên lớp trong sheet "DanhSachLop" của năm học này.',
  'Ngày ghi theo dạng dd/mm/yyyy. Giới tính, dân tộc, trạng thái… ghi tên hoặc mã trong danh mục.',
  'Ô để trống không xóa dữ liệu đã lưu; ô của trường thông tin cá nhân bạn không được xem cũng để trống.',
];

/**
 * The student template for one school and year: its classes, and its current
 * pupils in the national layout, for the clerk to correct and upload again.
 * Cells the caller may not see are left empty (never a mask a re-upload could
 * store), and an empty cell never erases a stored value on import.
 */
export async function studentTemplate(ctx: SectorContext, query: TemplateQuery): Promise<ExportFile> {
  const year = await requireSchoolYear(ctx.db, query.schoolYearId);
  const classRows = year ? await classesOfSchoolYear(ctx.db, query.unitId, year.id) : [];
  const yearClassIds = new Set(classRows.map((c) => c.id));
  const rows = await studentsForExport(
    ctx.db,
    ctx.scope,
    { unitId: query.unitId, statuses: AT_SCHOOL },
    EXPORT_ROW_LIMIT,
  );
  const data = await enrich(ctx.db, rows, personalVisibility(ctx));
  const pupils = data.map((x) => {
    const line = cells(x, ctx, '');
    // A class of another year would be wrong in this year's file: the clerk picks this year's class.
    if (x.row.classId && !yearClassIds.has(x.row.classId)) line[0] = '';
    return line;
  });
  const body = await buildXlsx([
    {
      name: 'HocSinh',
      header: FIELDS.map((f) => f.exportHeaderVi),
      rows: pupils,
      widths: FIELDS.map(() => 18),
    },
    {
      name: 'DanhSachLop',
      header: ['Mã lớp', 'Tên lớp', 'Khối', 'Năm học'],
      rows: classRows.map((c) => [c.code, c.name, String(c.grade), year?.code ?? '']),
      widths: [16, 12, 8, 12],
    },
    { name: 'HuongDan', header: ['Hướng dẫn'], rows: INSTRUCTIONS.map((line) => [line]), widths: [110] },
  ]);
  const unmasked = data.filter((x) => x.visible).map((x) => x.row.id);
  await audit(
    ctx.db,
    ctx,
    'student.template',
    { type: 'school', id: query.unitId, unitId: query.unitId },
    {
      schoolYearId: year?.id ?? null,
      count: data.length,
    },
  );
  await auditPersonalRead(ctx, 'student', unmasked, query.unitId);
  return {
    body,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: `mau-hoc-sinh-${year?.code ?? stamp()}.xlsx`,
  };
}
