import { type Static, Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { foldText } from '../../db/fold';
import { readUploadedFile } from '../../lib/multipart';
import { attachmentHeader, readTabularUpload, XLSX_MIME } from '../../lib/upload';
import { replyNoStore } from '../../plugins/access';
import { requestLocale } from '../../plugins/locale';
import {
  checkImport,
  commitImport,
  createdAccountsXlsx,
  MAX_IMPORT_ROWS,
  templateXlsx,
} from './users.import';
import { unsafeAssignmentUnit, unsafeUserHomeUnit } from './users.repository';
import {
  CreatedUser,
  CreateUserBody,
  GrantBody,
  GrantedAssignment,
  IdParams,
  type ImportDryRun,
  ImportQuery,
  ListUsersQuery,
  ResetLink,
  RoleView,
  UpdateUserBody,
  UserList,
  UserView,
} from './users.schemas';
import * as users from './users.service';

const tags = ['users'];

export async function usersRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  registerObjectKinds(app);
  const { publicUrl } = app.deps.settings;
  const context = (request: FastifyRequest): users.ActorContext => ({
    db: app.db,
    actor: request.actor!,
    scope: request.scope,
    ip: request.ip,
    requestId: request.id,
  });

  app.get(
    '/api/roles',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'Every role, with whether the caller may grant it',
        response: { 200: Type.Array(RoleView) },
      },
    },
    async (request) => users.listRoles(request.actor!),
  );

  app.get(
    '/api/users',
    {
      config: {
        access: {
          permission: 'user.read',
          objects: [{ in: 'query', key: 'unitId', kind: 'unit', optional: true }],
        },
      },
      schema: {
        tags,
        summary: 'Accounts whose home unit is in scope (optionally one subtree), paged',
        querystring: ListUsersQuery,
        response: { 200: UserList },
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      const { q, status, page, pageSize } = request.query;
      const folded = q ? foldText(q) : '';
      return users.listUsers(context(request), {
        subtreePath: request.query.unitId ? request.objectUnits[0]?.path : undefined,
        foldedQuery: folded || undefined,
        status,
        page: page ?? 1,
        pageSize: pageSize ?? 50,
      });
    },
  );

  app.get(
    '/api/users/import/template',
    {
      config: { access: { permission: 'user.manage' } },
      schema: { tags, summary: 'The .xlsx template for bulk account creation, with instructions' },
    },
    async (request, reply) => {
      const grantable = users.listRoles(request.actor!).filter((r) => r.grantable);
      const file = await templateXlsx(new Set(grantable.map((r) => r.code)));
      return sendXlsx(reply, file, 'mau-nhap-tai-khoan.xlsx');
    },
  );

  app.post(
    '/api/users/import',
    {
      config: { access: { permission: 'user.manage' } },
      schema: {
        tags,
        summary: 'Bulk account creation from .xlsx or .csv (multipart field "file")',
        description:
          'dryRun=true (default) answers ImportDryRun with per-row errors. dryRun=false creates every ' +
          'account in one transaction, or none (400 IMPORT_ROWS_INVALID), and answers an .xlsx with ' +
          'the one-time passwords.',
        consumes: ['multipart/form-data'],
        querystring: ImportQuery,
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      const file = await readUploadedFile(request);
      const table = await readTabularUpload(file.buffer, file.filename, { maxRows: MAX_IMPORT_ROWS });
      const ctx = context(request);
      const check = await checkImport(ctx, table, requestLocale(request));
      if (request.query.dryRun !== false) {
        const body: Static<typeof ImportDryRun> = { dryRun: true, rows: check.preview, errors: check.errors };
        return body;
      }
      const created = await commitImport(ctx, check);
      return sendXlsx(reply, await createdAccountsXlsx(created), `tai-khoan-moi-${vietnamDate()}.xlsx`);
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { access: { permission: 'user.read', objects: [{ in: 'params', key: 'id', kind: 'user' }] } },
      schema: { tags, summary: 'One account', params: IdParams, response: { 200: UserView } },
    },
    async (request, reply) => {
      replyNoStore(reply);
      return users.getUser(context(request), request.params.id);
    },
  );

  app.post(
    '/api/users',
    {
      config: {
        access: { permission: 'user.manage', objects: [{ in: 'body', key: 'unitId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: 'Create an account with a one-time password and its first role',
        body: CreateUserBody,
        response: { 201: CreatedUser },
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      const created = await users.createUser(context(request), request.body);
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: { permission: 'user.manage', objects: [{ in: 'params', key: 'id', kind: 'user' }] } },
      schema: {
        tags,
        summary: 'Change an account’s name or email',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: UserView },
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      return users.updateUser(context(request), request.params.id, request.body);
    },
  );

  for (const [action, status, summary] of [
    ['disable', 'disabled', 'Disable an account and end all its sessions now'],
    ['enable', 'active', 'Enable a disabled account'],
  ] as const) {
    app.post(
      `/api/users/:id/${action}`,
      {
        config: {
          access: { permission: 'user.manage', objects: [{ in: 'params', key: 'id', kind: 'user' }] },
        },
        schema: { tags, summary, params: IdParams, response: { 200: UserView } },
      },
      async (request, reply) => {
        replyNoStore(reply);
        return users.setUserStatus(context(request), request.params.id, status);
      },
    );
  }

  app.post(
    '/api/users/:id/reset-link',
    {
      config: { access: { permission: 'user.manage', objects: [{ in: 'params', key: 'id', kind: 'user' }] } },
      schema: {
        tags,
        summary: 'Issue a one-time password reset link (24 h); the administrator never chooses a password',
        params: IdParams,
        response: { 200: ResetLink },
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      return users.issueResetLink(context(request), request.params.id, publicUrl);
    },
  );

  app.post(
    '/api/role-assignments',
    {
      config: {
        access: {
          permission: 'role.assign',
          objects: [
            { in: 'body', key: 'userId', kind: 'user' },
            { in: 'body', key: 'unitId', kind: 'unit' },
          ],
        },
      },
      schema: {
        tags,
        summary: 'Grant a role at a unit (at or below the caller’s own rank there)',
        body: GrantBody,
        response: { 201: GrantedAssignment },
      },
    },
    async (request, reply) => {
      replyNoStore(reply);
      return reply.status(201).send(await users.grantRole(context(request), request.body));
    },
  );

  app.delete(
    '/api/role-assignments/:id',
    {
      config: {
        access: { permission: 'role.assign', objects: [{ in: 'params', key: 'id', kind: 'assignment' }] },
      },
      schema: { tags, summary: 'Revoke a role assignment (effective on the next request)', params: IdParams },
    },
    async (request, reply) => {
      await users.revokeRole(context(request), request.params.id);
      return reply.status(204).send();
    },
  );
}

/**
 * How the access gate finds the unit that owns a user or an assignment. The
 * 'unit' kind belongs to the org module; the fallback only covers the time
 * before that module registers its own.
 */
function registerObjectKinds(app: FastifyInstance) {
  app.objectKinds.set('user', unsafeUserHomeUnit);
  app.objectKinds.set('assignment', unsafeAssignmentUnit);
}

function sendXlsx(reply: FastifyReply, file: Buffer, filename: string) {
  return reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', attachmentHeader(filename))
    .header('cache-control', 'no-store')
    .send(file);
}

/** YYYYMMDD in Vietnam (UTC+7, no daylight saving), for file names. */
function vietnamDate(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
}
