import { type Static, Type } from '@fastify/type-provider-typebox';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Code = (description: string) => Type.String({ minLength: 1, maxLength: 60, description });
const OptionalText = (maxLength: number, description?: string) =>
  Type.Optional(Nullable(Type.String({ maxLength, ...(description ? { description } : {}) })));

export const STAFF_PERSONAL_FIELDS = [
  'ethnicityCode',
  'religionCode',
  'personalId',
  'phone',
  'address',
  'email',
] as const;

export const StaffIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const StaffView = Type.Object({
  id: Uuid,
  staffCode: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  fullName: Type.String(),
  birthDate: Nullable(Type.String()),
  genderCode: Nullable(Type.String()),
  ethnicityCode: Nullable(Type.String()),
  religionCode: Nullable(Type.String()),
  personalId: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  address: Nullable(Type.String()),
  email: Nullable(Type.String()),
  positionCode: Nullable(Type.String()),
  qualificationCode: Nullable(Type.String()),
  contractTypeCode: Nullable(Type.String()),
  subject: Nullable(Type.String()),
  status: Type.String(),
  startedOn: Nullable(Type.String()),
  masked: Type.Array(Type.String(), {
    description: 'Fields withheld (null) because the caller lacks sector.read_personal over this unit',
  }),
});
export type StaffView = Static<typeof StaffView>;

export const StaffList = Type.Object({ items: Type.Array(StaffView), total: Type.Integer() });

export const ListStaffQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Name (accents ignored) or staff id' })),
    status: Type.Optional(Type.Enum(['working', 'left'])),
    positionCode: Type.Optional(Type.String({ maxLength: 10 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type ListStaffQuery = Static<typeof ListStaffQuery>;

const staffFields = {
  fullName: Type.String({ minLength: 1, maxLength: 200 }),
  birthDate: IsoDate,
  genderCode: Code('gender code list'),
  ethnicityCode: Type.Optional(Nullable(Code('ethnicity code list'))),
  religionCode: Type.Optional(Nullable(Code('religion code list'))),
  personalId: OptionalText(20, '12 digits'),
  phone: OptionalText(30),
  address: OptionalText(200),
  email: OptionalText(254),
  positionCode: Code('staff-position code list'),
  qualificationCode: Type.Optional(Nullable(Code('qualification code list'))),
  contractTypeCode: Type.Optional(Nullable(Code('contract-type code list'))),
  subject: OptionalText(100),
  startedOn: Type.Optional(Nullable(IsoDate)),
};

export const CreateStaffBody = Type.Object(
  {
    unitId: Uuid,
    staffCode: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 20,
        pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
        description: 'An id issued earlier (national system); issued here (CB + 10 digits) when left out',
      }),
    ),
    ...staffFields,
  },
  { additionalProperties: false },
);
export type CreateStaffBody = Static<typeof CreateStaffBody>;

/** The staff id and unit never change here (a move between schools is a separate, audited action). */
export const UpdateStaffBody = Type.Object(
  {
    fullName: Type.Optional(staffFields.fullName),
    birthDate: Type.Optional(staffFields.birthDate),
    genderCode: Type.Optional(staffFields.genderCode),
    ethnicityCode: staffFields.ethnicityCode,
    religionCode: staffFields.religionCode,
    personalId: staffFields.personalId,
    phone: staffFields.phone,
    address: staffFields.address,
    email: staffFields.email,
    positionCode: Type.Optional(staffFields.positionCode),
    qualificationCode: staffFields.qualificationCode,
    contractTypeCode: staffFields.contractTypeCode,
    subject: staffFields.subject,
    startedOn: staffFields.startedOn,
    status: Type.Optional(Type.Enum(['working', 'left'])),
  },
  { additionalProperties: false },
);
export type UpdateStaffBody = Static<typeof UpdateStaffBody>;
