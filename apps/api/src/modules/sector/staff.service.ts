import { foldKey } from '@edushield/core';
import { badRequest, conflict, notFound } from '../../lib/errors';
import { assertSectorWritable } from '../reporting/reporting.lock';
import { issueStaffCode } from './identifiers';
import {
  audit,
  auditPersonalRead,
  personalScope,
  type SectorContext,
  violatedUniqueIndex,
} from './sector.context';
import * as repo from './staff.repository';
import {
  type CreateStaffBody,
  type ListStaffQuery,
  STAFF_PERSONAL_FIELDS,
  type StaffView,
  type UpdateStaffBody,
} from './staff.schemas';
import { blanksToNull, standardise } from './standardise';

/** API field → field of the standard's staff entity. */
const STAFF_FIELDS = {
  fullName: 'fullName',
  birthDate: 'birthDate',
  genderCode: 'gender',
  ethnicityCode: 'ethnicity',
  religionCode: 'religion',
  personalId: 'personalId',
  phone: 'phone',
  address: 'permanentAddress',
  email: 'email',
  positionCode: 'position',
  qualificationCode: 'qualification',
  contractTypeCode: 'contractType',
  subject: 'mainSubject',
  startedOn: 'recruitmentDate',
} as const;
type StaffField = keyof typeof STAFF_FIELDS;

function view(row: repo.StaffWithUnit, ctx: SectorContext, seesPersonal: boolean): StaffView {
  const open = (value: string | null) => (seesPersonal ? ctx.codec.open(value) : null);
  return {
    id: row.id,
    staffCode: row.staffCode,
    unitId: row.unitId,
    unitName: row.unitName,
    fullName: row.fullName,
    birthDate: row.birthDate,
    genderCode: row.genderCode,
    ethnicityCode: seesPersonal ? row.ethnicityCode : null,
    religionCode: seesPersonal ? row.religionCode : null,
    personalId: open(row.personalIdEnc),
    phone: open(row.phoneEnc),
    address: open(row.addressEnc),
    email: open(row.emailEnc),
    positionCode: row.positionCode,
    qualificationCode: row.qualificationCode,
    contractTypeCode: row.contractTypeCode,
    subject: row.subject,
    status: row.status,
    startedOn: row.startedOn,
    masked: seesPersonal ? [] : [...STAFF_PERSONAL_FIELDS],
  };
}

/** Views masked per unit, with one audit entry for whatever was shown unmasked. */
async function present(ctx: SectorContext, rows: repo.StaffWithUnit[], unitId: string | null = null) {
  const personal = personalScope(ctx);
  const unmasked: string[] = [];
  const items = rows.map((row) => {
    const sees = personal.contains({ id: row.unitId, path: row.unitPath });
    if (sees) unmasked.push(row.id);
    return view(row, ctx, sees);
  });
  await auditPersonalRead(ctx, 'staff', unmasked, unitId);
  return items;
}

export async function listStaff(ctx: SectorContext, query: ListStaffQuery, subtreePath: string | undefined) {
  const term = query.q ? foldKey(query.q) : '';
  const { items, total } = await repo.listStaff(ctx.db, ctx.scope, {
    subtreePath,
    nameTerm: term || undefined,
    codeTerm: term ? query.q!.trim().toUpperCase() : undefined,
    status: query.status,
    positionCode: query.positionCode,
    page: query.page ?? 1,
    pageSize: query.pageSize ?? 50,
  });
  return { items: await present(ctx, items, query.unitId ?? null), total };
}

export async function getStaff(ctx: SectorContext, id: string): Promise<StaffView> {
  const row = await repo.findStaff(ctx.db, id);
  if (!row) throw notFound();
  const [item] = await present(ctx, [row], row.unitId);
  return item!;
}

type Standardised = Record<string, string | number | boolean | null>;
const text = (values: Standardised, key: StaffField) => {
  const value = values[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** Storage columns for the standardised fields present in `values` (encrypting personal ones). */
function columnsOf(ctx: SectorContext, values: Standardised): Partial<repo.NewStaff> {
  const has = (key: StaffField) => key in values;
  const out: Partial<repo.NewStaff> = {};
  if (has('fullName')) {
    out.fullName = text(values, 'fullName')!;
    out.nameKey = foldKey(out.fullName);
  }
  if (has('birthDate')) out.birthDate = text(values, 'birthDate');
  if (has('genderCode')) out.genderCode = text(values, 'genderCode');
  if (has('ethnicityCode')) out.ethnicityCode = text(values, 'ethnicityCode');
  if (has('religionCode')) out.religionCode = text(values, 'religionCode');
  if (has('personalId')) {
    const pid = text(values, 'personalId');
    out.personalIdEnc = ctx.codec.seal(pid);
    out.personalIdBidx = ctx.codec.personalIdIndex(pid);
  }
  if (has('phone')) out.phoneEnc = ctx.codec.seal(text(values, 'phone'));
  if (has('address')) out.addressEnc = ctx.codec.seal(text(values, 'address'));
  if (has('email')) out.emailEnc = ctx.codec.seal(text(values, 'email'));
  if (has('positionCode')) out.positionCode = text(values, 'positionCode');
  if (has('qualificationCode')) out.qualificationCode = text(values, 'qualificationCode');
  if (has('contractTypeCode')) out.contractTypeCode = text(values, 'contractTypeCode');
  if (has('subject')) out.subject = text(values, 'subject');
  if (has('startedOn')) out.startedOn = text(values, 'startedOn');
  return out;
}

export async function createStaff(ctx: SectorContext, input: CreateStaffBody): Promise<StaffView> {
  const body = blanksToNull(input);
  const values = standardise('staff', body, STAFF_FIELDS, { locale: ctx.locale });
  try {
    const id = await ctx.db.transaction(async (tx) => {
      await assertSectorWritable(tx, body.unitId);
      const row = await repo.insertStaff(tx, {
        ...(columnsOf(ctx, values) as repo.NewStaff),
        unitId: body.unitId,
        staffCode: body.staffCode ?? (await issueStaffCode(tx)),
      });
      await audit(
        tx,
        ctx,
        'staff.create',
        { type: 'staff', id: row.id, unitId: row.unitId },
        {
          staffCode: row.staffCode,
        },
      );
      return row.id;
    });
    return getStaff(ctx, id);
  } catch (error) {
    if (violatedUniqueIndex(error) !== undefined)
      throw conflict('STAFF_CODE_TAKEN', [{ field: 'staffCode', code: 'STAFF_CODE_TAKEN' }]);
    throw error;
  }
}

export async function updateStaff(
  ctx: SectorContext,
  id: string,
  input: UpdateStaffBody,
): Promise<StaffView> {
  const body = blanksToNull(input);
  const current = await repo.findStaff(ctx.db, id);
  if (!current) throw notFound();
  const { status, ...fields } = body;
  if (fields.fullName === null || fields.birthDate === null || fields.genderCode === null)
    throw badRequest('VALIDATION_FAILED', [{ field: 'fullName', code: 'FIELD_REQUIRED' }]);
  // The record as it will be, so that rules comparing fields (personal id vs birth date) see both.
  const merged = {
    fullName: current.fullName,
    birthDate: current.birthDate,
    genderCode: current.genderCode,
    personalId: ctx.codec.open(current.personalIdEnc),
    ...fields,
  };
  const changed = new Set(Object.keys(fields));
  const values = standardise('staff', merged, STAFF_FIELDS, { locale: ctx.locale, changed });
  const patch = columnsOf(
    ctx,
    Object.fromEntries(Object.entries(values).filter(([key]) => changed.has(key))),
  );
  await ctx.db.transaction(async (tx) => {
    await assertSectorWritable(tx, current.unitId);
    await repo.updateStaff(tx, id, { ...patch, ...(status ? { status } : {}) });
    await audit(
      tx,
      ctx,
      'staff.update',
      { type: 'staff', id, unitId: current.unitId },
      {
        fields: Object.keys(body),
      },
    );
  });
  return getStaff(ctx, id);
}
