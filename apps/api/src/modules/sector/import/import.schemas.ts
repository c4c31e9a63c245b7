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
