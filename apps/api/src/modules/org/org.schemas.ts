import { Type } from '@fastify/type-provider-typebox';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const UnitCode = Type.String({ minLength: 1, maxLength: 30, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' });
export const UnitName = Type.String({ minLength: 1, maxLength: 200 });

export const UnitSchema = Type.Object({
  id: Uuid,
  code: Type.String(),
  name: Type.String(),
  typeCode: Type.String(),
  parentId: Nullable(Type.String()),
  address: Nullable(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('closed'), Type.Literal('merged')]),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
  mergedInto: Nullable(Type.String()),
});

export const UnitVersionSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  typeCode: Type.String(),
  parentId: Nullable(Type.String()),
  parentName: Nullable(Type.String()),
  address: Nullable(Type.String()),
  status: Type.String(),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
  change: Type.String(),
  note: Nullable(Type.String()),
});

export const ListUnitsQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100 })),
    includeClosed: Type.Optional(Type.Boolean()),
    asOf: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

export const UnitIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const CreateUnitBody = Type.Object(
  {
    code: UnitCode,
    name: UnitName,
    typeCode: Type.String({ minLength: 1, maxLength: 30 }),
    parentId: Uuid,
    address: Type.Optional(Type.String({ maxLength: 300 })),
    validFrom: IsoDate,
  },
  { additionalProperties: false },
);

export const UpdateUnitBody = Type.Object(
  {
    code: Type.Optional(UnitCode),
    name: Type.Optional(UnitName),
    typeCode: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })),
    address: Type.Optional(Type.String({ maxLength: 300 })),
    validFrom: IsoDate,
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const MoveUnitBody = Type.Object(
  { newParentId: Uuid, validFrom: IsoDate, note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

export const CloseUnitBody = Type.Object(
  { validFrom: IsoDate, note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

export const MergeUnitBody = Type.Object(
  { intoUnitId: Uuid, validFrom: IsoDate, note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

export const ImportQuery = Type.Object(
  { dryRun: Type.Optional(Type.Boolean({ default: true })), parentId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const ImportResult = Type.Object({
  dryRun: Type.Boolean(),
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  errors: Type.Array(Type.Object({ row: Type.Integer(), column: Type.String(), message: Type.String() })),
});
