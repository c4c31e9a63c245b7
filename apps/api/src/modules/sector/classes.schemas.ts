import { type Static, Type } from '@fastify/type-provider-typebox';

const Uuid = Type.String({ format: 'uuid' });
const NullableUuid = Type.Union([Uuid, Type.Null()]);
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const ClassCode = Type.String({
  minLength: 1,
  maxLength: 20,
  pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
  description: 'Mã lớp, string(20); issued (LH + 10 digits) when left out',
});
const ClassName = Type.String({ minLength: 1, maxLength: 50, description: 'Tên lớp, e.g. 1A, 10A1' });
const Grade = Type.Integer({ minimum: 0, maximum: 12, description: '1–12; 0 for preschool groups' });

export const ClassIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const ClassView = Type.Object({
  id: Uuid,
  unitId: Uuid,
  schoolYearId: Uuid,
  schoolYearCode: Type.String(),
  code: Type.String(),
  name: Type.String(),
  grade: Type.Integer(),
  siteUnitId: Nullable(Type.String()),
  siteName: Nullable(Type.String()),
  homeroomStaffId: Nullable(Type.String()),
  homeroomName: Nullable(Type.String()),
  twoSessions: Type.Boolean(),
  combined: Type.Boolean(),
  semiBoarding: Type.Boolean(),
  pupilCount: Type.Integer(),
});
export type ClassView = Static<typeof ClassView>;

export const ClassList = Type.Object({ items: Type.Array(ClassView), total: Type.Integer() });

export const ListClassesQuery = Type.Object(
  {
    unitId: Uuid,
    schoolYearId: Type.Optional(Uuid),
    grade: Type.Optional(Grade),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
export type ListClassesQuery = Static<typeof ListClassesQuery>;

export const CreateClassBody = Type.Object(
  {
    unitId: Uuid,
    schoolYearId: Uuid,
    code: Type.Optional(ClassCode),
    name: ClassName,
    grade: Grade,
    siteUnitId: Type.Optional(NullableUuid),
    homeroomStaffId: Type.Optional(NullableUuid),
    twoSessions: Type.Optional(Type.Boolean()),
    combined: Type.Optional(Type.Boolean()),
    semiBoarding: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateClassBody = Static<typeof CreateClassBody>;

/** The code, school and year of a class never change; a new year has new classes. */
export const UpdateClassBody = Type.Object(
  {
    name: Type.Optional(ClassName),
    grade: Type.Optional(Grade),
    siteUnitId: Type.Optional(NullableUuid),
    homeroomStaffId: Type.Optional(NullableUuid),
    twoSessions: Type.Optional(Type.Boolean()),
    combined: Type.Optional(Type.Boolean()),
    semiBoarding: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UpdateClassBody = Static<typeof UpdateClassBody>;
