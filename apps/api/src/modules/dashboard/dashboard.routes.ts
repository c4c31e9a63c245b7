import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { attachmentHeader, XLSX_MIME } from '../../lib/upload';
import { requestLocale } from '../../plugins/locale';
import { appendAudit } from '../audit/audit.service';
import { dashboardWorkbook } from './dashboard.export';
import { DashboardQuery, DashboardView, PeriodList, TablesView } from './dashboard.schemas';
import * as dashboard from './dashboard.service';

const tags = ['dashboard'];
/**
 * The drill-down node is an org unit the gate must place in the caller's
 * scope. The period is not a gated object: a period belongs to its root unit
 * (the province), yet a commune officer must see it for their commune; the
 * service answers 404 unless the caller's scope meets the period's units,
 * and every figure is then limited to the units in scope.
 */
const node = { in: 'query', key: 'unitId', kind: 'unit', optional: true } as const;

/**
 * The completeness dashboard of reporting periods: the tree valid for the
 * period rolled up with drill-down, a chase list, the standard tables from
 * approved snapshots, and an xlsx export. Read-only.
 */
export async function dashboardRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const context = (request: FastifyRequest): dashboard.DashboardContext => ({
    db: instance.db,
    actor: request.actor!,
    scope: request.scope,
    locale: requestLocale(request),
    now: new Date(),
  });

  // Names and e-mail addresses of the people to chase: not for shared caches.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/api/dashboard/periods',
    {
      config: { access: { permission: 'reporting.read' } },
      schema: {
        tags,
        summary: 'Reporting periods (open or closed) with units in the caller’s scope, newest first',
        response: { 200: PeriodList },
      },
    },
    async (request) => dashboard.listPeriods(context(request)),
  );

  app.get(
    '/api/dashboard',
    {
      config: { access: { permission: 'reporting.read', objects: [node] } },
      schema: {
        tags,
        summary: 'Completeness of a period at one node of its tree, by child, with the chase list',
        description:
          'Rolls up the units that must report under the node by their path in the tree valid for the ' +
          'period; every figure counts only units in the caller’s scope.',
        querystring: DashboardQuery,
        response: { 200: DashboardView },
      },
    },
    async (request) => dashboard.dashboard(context(request), request.query),
  );

  app.get(
    '/api/dashboard/tables',
    {
      config: { access: { permission: 'reporting.read', objects: [node] } },
      schema: {
        tags,
        summary: 'The standard statistical tables from approved snapshots under the node',
        querystring: DashboardQuery,
        response: { 200: TablesView },
      },
    },
    async (request) => dashboard.standardTables(context(request), request.query),
  );

  app.get(
    '/api/dashboard/export.xlsx',
    {
      config: { access: { permission: 'reporting.read', objects: [node] } },
      schema: {
        tags,
        summary: 'The dashboard as .xlsx: rolled-up rows, the chase list and the standard tables',
        description: 'Every text cell is neutralised against formula injection; audited (dashboard.export).',
        querystring: DashboardQuery,
      },
    },
    async (request, reply) => {
      const ctx = context(request);
      const [view, tables] = await Promise.all([
        dashboard.dashboardForExport(ctx, request.query),
        dashboard.standardTables(ctx, request.query),
      ]);
      const body = await dashboardWorkbook(view, tables, ctx.locale);
      await appendAudit(ctx.db, {
        action: 'dashboard.export',
        outcome: 'success',
        actorId: ctx.actor.userId,
        actorName: ctx.actor.username,
        objectType: 'period',
        objectId: view.period.id,
        unitId: view.node.id,
        ip: request.ip,
        requestId: request.id,
        details: { units: view.node.figures.expected, chase: view.chase.length },
      });
      const stamp = ctx.now.toISOString().slice(0, 10);
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachmentHeader(`bang-dieu-khien-${stamp}.xlsx`))
        .header('x-content-type-options', 'nosniff')
        .send(body);
    },
  );
}
