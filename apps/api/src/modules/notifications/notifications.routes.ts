import type { Locale } from '@edushield/core';
import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { replyNoStore } from '../../plugins/access';
import { requestLocale } from '../../plugins/locale';
import * as notices from './notifications.service';

const tags = ['notifications'];
const Uuid = Type.String({ format: 'uuid' });
const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const UserIdParams = Type.Object({ userId: Uuid }, { additionalProperties: false });

const ListQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    unread: Type.Optional(Type.Boolean({ description: 'Only unread notices' })),
  },
  { additionalProperties: false },
);
const ChannelStatus = Type.Object({ channel: Type.String(), status: Type.String() });
const NoticeView = Type.Object({
  id: Uuid,
  kind: Type.String(),
  title: Type.String(),
  body: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  unitName: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  readAt: Type.Union([Type.String(), Type.Null()]),
  channels: Type.Array(ChannelStatus),
});
const NoticeList = Type.Object({
  items: Type.Array(NoticeView),
  total: Type.Integer(),
  unread: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
const DeliveryView = Type.Object({
  id: Uuid,
  channel: Type.String(),
  status: Type.String(),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  sentAt: Type.Union([Type.String(), Type.Null()]),
  updatedAt: Type.String(),
});
const ZaloLinkView = Type.Object({ userId: Uuid, zaloUserId: Type.Union([Type.String(), Type.Null()]) });
const ZaloLinkBody = Type.Object(
  { zaloUserId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

/** The language the page is shown in (the web client says it explicitly), else the account's. */
function pageLocale(request: FastifyRequest): Locale {
  const header = request.headers['accept-language'];
  if (typeof header === 'string') {
    if (/^en\b/i.test(header.trim())) return 'en';
    if (/^vi\b/i.test(header.trim())) return 'vi';
  }
  return requestLocale(request);
}

/** Routes of the notifications feature (registered in app.ts). */
export async function notifyRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  app.objectKinds.set('notification', notices.unsafeNotificationUnit);
  const info = (request: FastifyRequest): notices.ActionInfo => ({
    actor: request.actor!,
    ip: request.ip,
    requestId: request.id,
  });

  app.get(
    '/api/notifications',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: "The caller's own notifications, newest first, with the unread count",
        querystring: ListQuery,
        response: { 200: NoticeList },
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      return notices.listMine(app.db, request.actor!, pageLocale(request), request.query);
    },
  );

  app.get(
    '/api/notifications/unread-count',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'How many of my notifications are unread (the bell)',
        response: { 200: Type.Object({ unread: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      return notices.unreadCount(app.db, request.actor!);
    },
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: Type.Object({ updated: Type.Integer() }) },
      },
    },
    async (request) => notices.markAllRead(app.db, request.actor!),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'Mark one of my notifications read (someone else’s is not found)',
        params: IdParams,
        response: { 200: Type.Object({ id: Uuid, readAt: Type.String() }) },
      },
    },
    async (request) => notices.markRead(app.db, request.actor!, request.params.id),
  );

  app.get(
    '/api/notifications/:id/deliveries',
    {
      config: {
        access: { permission: 'user.manage', objects: [{ in: 'params', key: 'id', kind: 'notification' }] },
      },
      schema: {
        tags,
        summary: 'Email/Zalo delivery record of one notification (account administrators of the recipient)',
        params: IdParams,
        response: { 200: Type.Object({ items: Type.Array(DeliveryView) }) },
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      return notices.deliveriesOf(app.db, request.params.id);
    },
  );

  const userObject = { in: 'params', key: 'userId', kind: 'user' } as const;
  app.get(
    '/api/notifications/zalo-links/:userId',
    {
      config: { access: { permission: 'user.read', objects: [userObject] } },
      schema: {
        tags,
        summary: 'The Zalo user id an account receives OA messages at',
        params: UserIdParams,
        response: { 200: ZaloLinkView },
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      return notices.getZaloLink(app.db, request.params.userId);
    },
  );

  app.put(
    '/api/notifications/zalo-links/:userId',
    {
      config: { access: { permission: 'user.manage', objects: [userObject] } },
      schema: {
        tags,
        summary: 'Link an account to its Zalo user id (of the EduShield OA); audited',
        params: UserIdParams,
        body: ZaloLinkBody,
        response: { 200: ZaloLinkView },
      },
    },
    async (request) =>
      notices.setZaloLink(app.db, info(request), request.params.userId, request.body.zaloUserId),
  );

  app.delete(
    '/api/notifications/zalo-links/:userId',
    {
      config: { access: { permission: 'user.manage', objects: [userObject] } },
      schema: { tags, summary: 'Remove the Zalo link of an account; audited', params: UserIdParams },
    },
    async (request, reply) => {
      await notices.removeZaloLink(app.db, info(request), request.params.userId);
      return reply.status(204).send();
    },
  );
}
