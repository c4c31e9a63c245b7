import { Type } from '@fastify/type-provider-typebox';
import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { foldSql, foldText, likePattern } from '../../db/fold';
import { type Scope, unitInScope } from '../../plugins/scope';
import { orgUnits } from '../org/org.table';
import { auditLog } from './audit.table';
import { verifyAuditChain } from './audit.verify';

const tags = ['audit'];

const AuditQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
    action: Type.Optional(Type.String({ maxLength: 100 })),
    actorName: Type.Optional(Type.String({ maxLength: 100 })),
    unitId: Type.Optional(Type.String({ format: 'uuid' })),
    outcome: Type.Optional(
      Type.Union([Type.Literal('success'), Type.Literal('denied'), Type.Literal('failure')]),
    ),
    page: Type.Optional(Type.Integer({ minimum: 1, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  outcome: Type.String(),
  objectType: Type.Union([Type.String(), Type.Null()]),
  objectId: Type.Union([Type.String(), Type.Null()]),
  unitId: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  details: Type.Unknown(),
});

/**
 * Entries about units in the caller's scope. Entries with no unit (e.g. a
 * failed sign-in to an unknown account) are shown only to those whose scope
 * includes a root of the tree.
 */
function auditScope(scope: Scope): SQL {
  const coversRoot = scope.subtreePaths.some((p) => /^\/[^/]+\/$/.test(p));
  return coversRoot
    ? sql`(${auditLog.unitId} is null or ${unitInScope(scope, auditLog.unitId)})`
    : unitInScope(scope, auditLog.unitId);
}

/** The first instant of the day after `day` in Vietnam (UTC+7), as ISO text. */
const nextDayStart = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00+07:00`) + 86_400_000).toISOString();

export async function auditRoutes(app: FastifyInstance) {
  app.get(
    '/api/audit',
    {
      config: {
        access: {
          permission: 'audit.read',
          objects: [{ in: 'query', key: 'unitId', kind: 'unit', optional: true }],
        },
      },
      schema: {
        tags,
        summary: 'The audit log within the caller’s scope, filtered and paged',
        querystring: AuditQuery,
        response: { 200: Type.Object({ items: Type.Array(AuditEntry), total: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const q = request.query as {
        from?: string;
        to?: string;
        action?: string;
        actorName?: string;
        unitId?: string;
        outcome?: 'success' | 'denied' | 'failure';
        page: number;
        pageSize: number;
      };
      const conditions: SQL[] = [auditScope(request.scope)];
      if (q.from) conditions.push(gte(auditLog.at, `${q.from}T00:00:00+07:00`));
      if (q.to) conditions.push(lt(auditLog.at, nextDayStart(q.to)));
      if (q.action) conditions.push(eq(auditLog.action, q.action));
      if (q.outcome) conditions.push(eq(auditLog.outcome, q.outcome));
      if (q.actorName)
        conditions.push(sql`${foldSql(auditLog.actorName)} like ${likePattern(foldText(q.actorName))}`);
      if (q.unitId) {
        const unit = request.objectUnits[0]!;
        conditions.push(
          sql`${auditLog.unitId} in (select id from org_units where path like ${`${unit.path}%`})`,
        );
      }
      const where = and(...conditions);
      const [total] = await app.db.select({ n: count() }).from(auditLog).where(where);
      const items = await app.db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          actorName: auditLog.actorName,
          action: auditLog.action,
          outcome: auditLog.outcome,
          objectType: auditLog.objectType,
          objectId: auditLog.objectId,
          unitId: auditLog.unitId,
          unitName: orgUnits.name,
          ip: auditLog.ip,
          details: auditLog.details,
        })
        .from(auditLog)
        .leftJoin(orgUnits, eq(orgUnits.id, auditLog.unitId))
        .where(where)
        .orderBy(desc(auditLog.id))
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize);
      reply.header('cache-control', 'no-store');
      return { items: items.map((i) => ({ ...i, at: new Date(i.at).toISOString() })), total: total?.n ?? 0 };
    },
  );

  app.get(
    '/api/audit/actions',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags,
        summary: 'Action names seen in the caller’s scope',
        response: { 200: Type.Array(Type.String()) },
      },
    },
    async (request) => {
      const rows = await app.db
        .selectDistinct({ action: auditLog.action })
        .from(auditLog)
        .where(auditScope(request.scope))
        .orderBy(auditLog.action);
      return rows.map((r) => r.action);
    },
  );

  app.get(
    '/api/audit/verify',
    {
      config: { access: { permission: 'audit.verify' } },
      schema: {
        tags,
        summary: 'Verify the hash chain and signed checkpoints',
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            checked: Type.Integer(),
            checkpoints: Type.Integer(),
            broken: Type.Optional(Type.Object({ id: Type.Integer(), reason: Type.String() })),
          }),
        },
      },
    },
    async () => verifyAuditChain(app.db, app.deps.keys.auditPublicKeyPem),
  );
}
