import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { attachmentHeader } from '../../lib/upload';
import { replyNoStore } from '../../plugins/access';
import { bulletinsContext } from './bulletins.context';
import { dashboard } from './bulletins.dashboard';
import * as reports from './bulletins.report';
import { unsafeBulletinUnit } from './bulletins.repository';
import {
  BulletinList,
  BulletinReport,
  BulletinView,
  CreateBulletinBody,
  Dashboard,
  IdParams,
  InboxList,
  InboxQuery,
  InboxView,
  ListBulletinsQuery,
  PendingList,
  PendingQuery,
  PublicItem,
  PublicList,
  PublicListQuery,
  ReceivedList,
  ReceivedQuery,
  ReportQuery,
  UpdateBulletinBody,
} from './bulletins.schemas';
import * as bulletins from './bulletins.service';

const tags = ['bulletins'];
const byId = { in: 'params', key: 'id', kind: 'bulletin' } as const;
const reportUnit = { in: 'query', key: 'unitId', kind: 'unit' } as const;

/** Public pages may be cached briefly by browsers and proxies, and read by schools' portals from any origin. */
function publicCache(reply: FastifyReply) {
  reply.header('cache-control', 'public, max-age=300');
  reply.header('access-control-allow-origin', '*');
}

/**
 * Bulletins and scam alerts: authoring and publication (awareness.manage),
 * the reader's inbox with read receipts and acknowledgements (any signed-in
 * recipient), reports of who has not acknowledged and the awareness
 * dashboard (awareness.report), and the public news feed with RSS.
 */
export async function bulletinsRoutes(instance: FastifyInstance) {
  instance.objectKinds.set('bulletin', unsafeBulletinUnit);
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const context = (request: Parameters<typeof bulletinsContext>[2]) =>
    bulletinsContext(app.db, app.deps.settings, request);

  // ------------------------------------------------------------ authoring

  app.get(
    '/api/bulletins',
    {
      config: {
        access: { permission: 'awareness.manage', objects: [{ ...reportUnit, optional: true }] },
      },
      schema: {
        tags,
        summary: 'Bulletins authored by units in scope (drafts first), paged',
        querystring: ListBulletinsQuery,
        response: { 200: BulletinList },
      },
    },
    async (request) => bulletins.listBulletins(context(request), request.query),
  );

  app.post(
    '/api/bulletins',
    {
      config: {
        access: { permission: 'awareness.manage', objects: [{ in: 'body', key: 'unitId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: 'Write a draft bulletin or scam alert',
        description:
          'Title and summary are plain text (markup dropped); the body is sanitised rich text. Audience units ' +
          'must lie in the authoring unit’s subtree (default: the authoring unit).',
        body: CreateBulletinBody,
        response: { 201: BulletinView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await bulletins.createBulletin(context(request), request.body)),
  );

  app.get(
    '/api/bulletins/:id',
    {
      config: { access: { permission: 'awareness.manage', objects: [byId] } },
      schema: {
        tags,
        summary: 'One bulletin with its counts',
        params: IdParams,
        response: { 200: BulletinView },
      },
    },
    async (request) => bulletins.getBulletin(context(request), request.params.id),
  );

  app.patch(
    '/api/bulletins/:id',
    {
      config: { access: { permission: 'awareness.manage', objects: [byId] } },
      schema: {
        tags,
        summary: 'Edit a draft (409 BULLETIN_NOT_DRAFT once published)',
        params: IdParams,
        body: UpdateBulletinBody,
        response: { 200: BulletinView },
      },
    },
    async (request) => bulletins.updateBulletin(context(request), request.params.id, request.body),
  );

  app.delete(
    '/api/bulletins/:id',
    {
      config: { access: { permission: 'awareness.manage', objects: [byId] } },
      schema: { tags, summary: 'Delete a draft', params: IdParams },
    },
    async (request, reply) => {
      await bulletins.deleteBulletin(context(request), request.params.id);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/bulletins/:id/publish',
    {
      config: { access: { permission: 'awareness.manage', objects: [byId] } },
      schema: {
        tags,
        summary: 'Publish a draft: fix its recipients and notify them',
        params: IdParams,
        response: { 200: BulletinView },
      },
    },
    async (request) => bulletins.publishBulletin(context(request), request.params.id),
  );

  app.post(
    '/api/bulletins/:id/archive',
    {
      config: { access: { permission: 'awareness.manage', objects: [byId] } },
      schema: {
        tags,
        summary: 'Archive a published bulletin (leaves inboxes and the public page; receipts are kept)',
        params: IdParams,
        response: { 200: BulletinView },
      },
    },
    async (request) => bulletins.archiveBulletin(context(request), request.params.id),
  );

  // ------------------------------------------------------------ the reader's inbox

  app.get(
    '/api/bulletins/inbox',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'Published bulletins addressed to the caller (those awaiting acknowledgement first)',
        querystring: InboxQuery,
        response: { 200: InboxList },
      },
    },
    async (request) => bulletins.inbox(context(request), request.query),
  );

  app.get(
    '/api/bulletins/inbox/:id',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'One bulletin addressed to the caller',
        params: IdParams,
        response: { 200: InboxView },
      },
    },
    async (request) => bulletins.inboxItem(context(request), request.params.id),
  );

  app.post(
    '/api/bulletins/inbox/:id/read',
    {
      config: { access: { authenticated: true } },
      schema: { tags, summary: 'Mark as read', params: IdParams, response: { 200: InboxView } },
    },
    async (request) => bulletins.markRead(context(request), request.params.id),
  );

  app.post(
    '/api/bulletins/inbox/:id/acknowledge',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: '“Tôi đã đọc và sẽ phổ biến” — acknowledge (idempotent)',
        params: IdParams,
        response: { 200: InboxView },
      },
    },
    async (request) => bulletins.acknowledge(context(request), request.params.id),
  );

  // ------------------------------------------------------------ reports

  app.get(
    '/api/bulletins/received',
    {
      config: { access: { permission: 'awareness.report', objects: [reportUnit] } },
      schema: {
        tags,
        summary: 'Bulletins that reached the unit’s subtree, with read and acknowledged counts there',
        querystring: ReceivedQuery,
        response: { 200: ReceivedList },
      },
    },
    async (request) => reports.received(context(request), request.query),
  );

  app.get(
    '/api/bulletins/:id/report',
    {
      config: { access: { permission: 'awareness.report', objects: [reportUnit] } },
      schema: {
        tags,
        summary:
          'Read and acknowledged counts of one bulletin for a unit and its direct children (drill down)',
        description:
          '404 BULLETIN_NOT_FOUND when the bulletin did not reach the unit’s subtree within scope.',
        params: IdParams,
        querystring: ReportQuery,
        response: { 200: BulletinReport },
      },
    },
    async (request) => reports.report(context(request), request.params.id, request.query.unitId),
  );

  app.get(
    '/api/bulletins/:id/pending',
    {
      config: { access: { permission: 'awareness.report', objects: [reportUnit] } },
      schema: {
        tags,
        summary: 'Recipients in the unit’s subtree (in scope) who have not acknowledged',
        params: IdParams,
        querystring: PendingQuery,
        response: { 200: PendingList },
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      return reports.pending(context(request), request.params.id, request.query);
    },
  );

  app.get(
    '/api/bulletins/:id/pending.xlsx',
    {
      config: { access: { permission: 'awareness.report', objects: [reportUnit] } },
      schema: {
        tags,
        summary: 'The same list as an .xlsx workbook (cells formula-safe; audited)',
        params: IdParams,
        querystring: ReportQuery,
      },
    },
    async (request, reply) => {
      const file = await reports.pendingWorkbook(context(request), request.params.id, request.query.unitId);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentHeader(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.buffer);
    },
  );

  app.get(
    '/api/bulletins/dashboard',
    {
      config: { access: { permission: 'awareness.report', objects: [reportUnit] } },
      schema: {
        tags,
        summary: 'Awareness dashboard: courses, drills and acknowledgements for a unit and its children',
        querystring: ReportQuery,
        response: { 200: Dashboard },
      },
    },
    async (request) => dashboard(context(request), request.query.unitId),
  );

  // ------------------------------------------------------------ public (no sign-in)

  app.get(
    '/api/public/bulletins',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Published public bulletins, newest first, paged',
        querystring: PublicListQuery,
        response: { 200: PublicList },
      },
    },
    async (request, reply) => {
      publicCache(reply);
      return reports.publicList(app.db, request.query);
    },
  );

  app.get(
    '/api/public/bulletins.rss',
    {
      config: { access: { public: true } },
      schema: { tags, summary: 'RSS 2.0 feed of published public bulletins (for schools’ portals)' },
    },
    async (_request, reply) => {
      publicCache(reply);
      return reply
        .header('content-type', 'application/rss+xml; charset=utf-8')
        .send(await reports.rssFeed(app.db, app.deps.settings));
    },
  );

  app.get(
    '/api/public/bulletins/:id',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'One published public bulletin',
        params: IdParams,
        response: { 200: PublicItem },
      },
    },
    async (request, reply) => {
      publicCache(reply);
      return reports.publicItem(app.db, request.params.id);
    },
  );
}
