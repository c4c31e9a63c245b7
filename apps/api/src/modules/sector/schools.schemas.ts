import { type Static, Type } from '@fastify/type-provider-typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const SchoolIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/** The standard's school record (packages/core/src/standard/entities/school.ts). */
export const SchoolProfileView = Type.Object({
  unitId: Type.String(),
  unitCode: Type.String(),
  unitName: Type.String(),
  schoolCode: Nullable(Type.String()),
  levelCode: Nullable(Type.String()),
  schoolTypeCode: Nullable(Type.String()),
  provinceCode: Nullable(Type.String()),
  communeCode: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  website: Nullable(Type.String()),
  principalName: Nullable(Type.String()),
  foundedOn: Nullable(Type.String()),
  updatedAt: Nullable(Type.String()),
});
export type SchoolProfileView = Static<typeof SchoolProfileView>;

export const PutSchoolProfileBody = Type.Object(
  {
    schoolCode: Type.Optional(
      Nullable(
        Type.String({
          minLength: 1,
          maxLength: 15,
          pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
          description: 'Issued once by the managing unit; never changes',
        }),
      ),
    ),
    levelCode: Type.String({ minLength: 1, maxLength: 20, description: 'school-level code list' }),
    schoolTypeCode: Type.String({ minLength: 1, maxLength: 10, description: 'school-type code list' }),
    provinceCode: Type.String({
      minLength: 1,
      maxLength: 10,
      description: 'province code list (34, from 2025)',
    }),
    communeCode: Type.Optional(Nullable(Type.String({ maxLength: 10 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
    email: Type.Optional(Nullable(Type.String({ maxLength: 254 }))),
    website: Type.Optional(Nullable(Type.String({ maxLength: 200, pattern: '^https?://' }))),
    principalName: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    foundedOn: Type.Optional(Nullable(IsoDate)),
  },
  { additionalProperties: false },
);
export type PutSchoolProfileBody = Static<typeof PutSchoolProfileBody>;
