import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestLocale } from '../../plugins/locale';
import { type HitInput, recipientByToken, recordHit, type TokenRecipient } from './drills.events';
import {
  CreateDrillBody,
  DrillDetail,
  DrillIdParams,
  DrillList,
  LaunchDrillBody,
  ListDrillsQuery,
  RecipientList,
  ReportBody,
  ReportList,
  ReportResult,
  Results,
  ResultsQuery,
  SubmitBody,
  TemplateList,
  Timeline,
  TimelineQuery,
  TokenParams,
  UpdateDrillBody,
} from './drills.schemas';
import * as drills from './drills.service';

const tags = ['drills'];
const byId = { in: 'params', key: 'id', kind: 'drill' } as const;
const manage = (objects: readonly (typeof byId)[] = []) => ({
  permission: 'drill.manage' as const,
  objects: [...objects],
});

/** A 1×1 transparent GIF: the open-tracking pixel. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

/** Where a click lands: the SPA's explanation page. The token rides in the fragment, never sent to a server or a Referer. */
const landingUrl = (r: TokenRecipient, token: string) =>
  `/p/l/${encodeURIComponent(r.templateCode)}?mode=${r.landing}#${token}`;

/**
 * Phishing drills for adult staff: templates, drills scoped to the
 * officer's subtree, recipients, timeline, results; and the public
 * endpoints the emails point at (click, open pixel, landing submit, report).
 */
export async function drillsRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  app.objectKinds.set('drill', drills.unsafeDrillUnit);
  const ctx = (request: FastifyRequest) =>
    drills.drillContext(app.db, app.deps.settings, request, requestLocale(request));

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/api/drills/templates',
    {
      config: { access: manage() },
      schema: { tags, summary: 'Drill email templates with a preview', response: { 200: TemplateList } },
    },
    async (request) => drills.listTemplates(ctx(request)),
  );

  app.get(
    '/api/drills',
    {
      config: {
        access: {
          permission: 'drill.manage',
          objects: [{ in: 'query', key: 'unitId', kind: 'unit', optional: true }],
        },
      },
      schema: {
        tags,
        summary: 'Drills in the caller’s scope, newest first',
        querystring: ListDrillsQuery,
        response: { 200: DrillList },
      },
    },
    async (request) => drills.listDrills(ctx(request), request.query.unitId),
  );

  app.post(
    '/api/drills',
    {
      config: {
        access: { permission: 'drill.manage', objects: [{ in: 'body', key: 'unitId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: 'Create a draft drill for a unit subtree (staff roles only)',
        body: CreateDrillBody,
        response: { 201: DrillDetail },
      },
    },
    async (request, reply) => reply.status(201).send(await drills.createDrill(ctx(request), request.body)),
  );

  app.get(
    '/api/drills/results',
    {
      config: {
        access: { permission: 'drill.manage', objects: [{ in: 'query', key: 'unitId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: 'Drill results of a unit and its children, rolled up (scanner hits excluded)',
        querystring: ResultsQuery,
        response: { 200: Results },
      },
    },
    async (request) => drills.results(ctx(request), request.query.unitId),
  );

  app.get(
    '/api/drills/reports',
    {
      config: { access: manage() },
      schema: {
        tags,
        summary: 'Suspicious emails reported by staff in scope',
        response: { 200: ReportList },
      },
    },
    async (request) => drills.listReports(ctx(request)),
  );

  app.get(
    '/api/drills/:id',
    {
      config: { access: manage([byId]) },
      schema: {
        tags,
        summary: 'One drill with its figures per unit',
        params: DrillIdParams,
        response: { 200: DrillDetail },
      },
    },
    async (request) => drills.getDrill(ctx(request), request.params.id),
  );

  app.patch(
    '/api/drills/:id',
    {
      config: { access: manage([byId]) },
      schema: {
        tags,
        summary: 'Change a draft drill',
        params: DrillIdParams,
        body: UpdateDrillBody,
        response: { 200: DrillDetail },
      },
    },
    async (request) => drills.updateDrill(ctx(request), request.params.id, request.body),
  );

  app.delete(
    '/api/drills/:id',
    {
      config: { access: manage([byId]) },
      schema: { tags, summary: 'Delete a draft drill', params: DrillIdParams },
    },
    async (request, reply) => {
      await drills.deleteDrill(ctx(request), request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/drills/:id/launch',
    {
      config: { access: manage([byId]) },
      schema: {
        tags,
        summary: 'Fix the recipients and queue the throttled sending (now or at a time)',
        params: DrillIdParams,
        body: LaunchDrillBody,
        response: { 200: DrillDetail },
      },
    },
    async (request) => drills.launchDrill(ctx(request), request.params.id, request.body?.at),
  );

  app.post(
    '/api/drills/:id/cancel',
    {
      config: { access: manage([byId]) },
      schema: {
        tags,
        summary: 'Stop a drill that has not finished sending',
        params: DrillIdParams,
        response: { 200: DrillDetail },
      },
    },
    async (request) => drills.cancelDrill(ctx(request), request.params.id),
  );

  app.get(
    '/api/drills/:id/recipients',
    {
      config: { access: manage([byId]) },
      schema: {
        tags,
        summary: 'Recipients with the first time of each event',
        params: DrillIdParams,
        response: { 200: RecipientList },
      },
    },
    async (request) => drills.listRecipients(ctx(request), request.params.id),
  );

  app.get(
    '/api/drills/:id/timeline',
    {
      config: { access: manage([byId]) },
      schema: {
        tags,
        summary: 'Every event of a drill (or one recipient), newest first; scanner hits flagged',
        params: DrillIdParams,
        querystring: TimelineQuery,
        response: { 200: Timeline },
      },
    },
    async (request) => drills.timeline(ctx(request), request.params.id, request.query.recipientId),
  );

  app.post(
    '/api/drills/report',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'Report a suspicious email by its subject; a drill email counts in the reporter’s favour',
        body: ReportBody,
        response: { 200: ReportResult },
      },
    },
    async (request) =>
      drills.reportSuspicious(
        app.db,
        request.actor!,
        { ip: request.ip, requestId: request.id },
        request.body,
      ),
  );

  // --- public: what the emails point at ---------------------------------------------

  async function hit(
    request: FastifyRequest,
    token: string,
    input: Omit<HitInput, 'method' | 'userAgent' | 'ip'>,
  ) {
    const recipient = await recipientByToken(app.db, token);
    if (!recipient) return null;
    await recordHit(app.db, recipient, {
      ...input,
      method: request.method,
      userAgent: request.headers['user-agent'],
      ip: request.ip,
    });
    return recipient;
  }

  const noReferrer = (reply: FastifyReply) => reply.header('referrer-policy', 'no-referrer');

  app.get(
    '/api/public/drills/t/:token',
    {
      // The token is in the URL (or body): no info-level request log lines for these routes.
      logLevel: 'warn',
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'A drill link: records the click, then shows the explanation page',
        params: TokenParams,
      },
    },
    async (request, reply) => {
      const recipient = await hit(request, request.params.token, { type: 'clicked', via: 'link' });
      noReferrer(reply);
      return reply.redirect(recipient ? landingUrl(recipient, request.params.token) : '/p/about', 302);
    },
  );

  app.get(
    '/api/public/drills/o/:token',
    {
      // The token is in the URL (or body): no info-level request log lines for these routes.
      logLevel: 'warn',
      config: { access: { public: true } },
      schema: { tags, summary: 'The open-tracking pixel of a drill email', params: TokenParams },
    },
    async (request, reply) => {
      await hit(request, request.params.token, { type: 'opened', via: 'pixel' });
      return reply.type('image/gif').send(PIXEL);
    },
  );

  app.get(
    '/api/public/drills/r/:token',
    {
      // The token is in the URL (or body): no info-level request log lines for these routes.
      logLevel: 'warn',
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'The report link of a drill email (X-EduShield-Report header)',
        params: TokenParams,
      },
    },
    async (request, reply) => {
      const recipient = await hit(request, request.params.token, { type: 'reported', via: 'header_link' });
      noReferrer(reply);
      return reply.redirect(recipient ? '/p/reported' : '/p/about', 302);
    },
  );

  app.post(
    '/api/public/drills/submit',
    {
      // The token is in the URL (or body): no info-level request log lines for these routes.
      logLevel: 'warn',
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'The landing form was submitted: records the event only, never a typed value',
        body: SubmitBody,
      },
    },
    async (request, reply) => {
      await hit(request, request.body.token, { type: 'submitted', via: 'form' });
      // Same answer for any token: the page cannot tell whether a token exists.
      return reply.status(204).send();
    },
  );
}
