import { Type } from '@fastify/type-provider-typebox';

const Uuid = Type.String({ format: 'uuid' });

export const StartQuery = Type.Object({ unitId: Uuid, schoolYearId: Uuid }, { additionalProperties: false });

export const BatchParams = Type.Object({ id: Uuid });

export const FindingsQuery = Type.Object(
  {
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    kind: Type.Optional(Type.Union([Type.Literal('change'), Type.Literal('issue')])),
    severity: Type.Optional(Type.Union([Type.Literal('blocking'), Type.Literal('warning')])),
  },
  { additionalProperties: false },
);

export const CommitBody = Type.Object(
  { mode: Type.Union([Type.Literal('all_or_nothing'), Type.Literal('valid_only')]) },
  { additionalProperties: false },
);

export const StartResult = Type.Object({ batchId: Uuid });

export const BatchListQuery = Type.Object(
  {
    unitId: Uuid,
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);

const Counts = Type.Object({
  rows: Type.Integer(),
  valid: Type.Integer(),
  withWarnings: Type.Integer(),
  blocking: Type.Integer(),
});

export const BatchListItem = Type.Object({
  id: Uuid,
  filename: Type.String(),
  status: Type.String(),
  mode: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  createdBy: Type.Union([Type.Object({ id: Uuid, name: Type.String() }), Type.Null()]),
  counts: Type.Union([Counts, Type.Null()]),
  commit: Type.Union([
    Type.Object({
      mode: Type.String(),
      created: Type.Integer(),
      updated: Type.Integer(),
      unchanged: Type.Integer(),
      skipped: Type.Integer(),
    }),
    Type.Null(),
  ]),
  errorWorkbook: Type.Boolean(),
  error: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()]),
});

export const BatchList = Type.Object({
  page: Type.Integer(),
  pageSize: Type.Integer(),
  total: Type.Integer(),
  items: Type.Array(BatchListItem),
});
