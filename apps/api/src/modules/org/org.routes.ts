import { Type } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../lib/errors';
import { readUploadedFile } from '../../lib/multipart';
import { requestLocale } from '../../plugins/locale';
import { importUnits, unitImportTemplate } from './org.import';
import {
  findUnit,
  listCurrentUnits,
  listUnitsAsOf,
  listUnitTypes,
  unitRef,
  unitVersions,
  unitView,
} from './org.repository';
import {
  CloseUnitBody,
  CreateUnitBody,
  ImportQuery,
  ImportResult,
  ListUnitsQuery,
  MergeUnitBody,
  MoveUnitBody,
  UnitIdParams,
  UnitSchema,
  UnitVersionSchema,
  UpdateUnitBody,
} from './org.schemas';
import * as org from './org.service';

const tags = ['org'];
const byId = { in: 'params', key: 'id', kind: 'unit' } as const;

export async function orgRoutes(app: FastifyInstance) {
  app.objectKinds.set('unit', unitRef);
  const info = (request: FastifyRequest): org.ActionInfo => ({
    actor: request.actor!,
    ip: request.ip,
    requestId: request.id,
  });

  app.get(
    '/api/unit-types',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'Unit types (data, not code)',
        response: {
          200: Type.Array(Type.Object({ code: Type.String(), nameVi: Type.String(), nameEn: Type.String() })),
        },
      },
    },
    async () => listUnitTypes(app.db),
  );

  app.get(
    '/api/units',
    {
      config: { access: { permission: 'org.read' } },
      schema: {
        tags,
        summary: 'Units the caller may see: the current tree, or the tree as of a date',
        querystring: ListUnitsQuery,
        response: { 200: Type.Object({ items: Type.Array(UnitSchema) }) },
      },
    },
    async (request) => {
      const q = request.query as { q?: string; includeClosed?: boolean; asOf?: string };
      if (q.asOf) {
        org.assertDate(q.asOf, 'asOf');
        return { items: await listUnitsAsOf(app.db, request.scope, q.asOf, q.includeClosed ?? false) };
      }
      return { items: await listCurrentUnits(app.db, request.scope, q) };
    },
  );

  app.get(
    '/api/units/:id',
    {
      config: { access: { permission: 'org.read', objects: [byId] } },
      schema: {
        tags,
        summary: 'A unit and its version history',
        params: UnitIdParams,
        response: { 200: Type.Object({ unit: UnitSchema, versions: Type.Array(UnitVersionSchema) }) },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const unit = await findUnit(app.db, id);
      if (!unit) throw notFound();
      return { unit: unitView(unit), versions: await unitVersions(app.db, id) };
    },
  );

  app.post(
    '/api/units',
    {
      config: {
        access: { permission: 'org.manage', objects: [{ in: 'body', key: 'parentId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: 'Create a unit under a parent',
        body: CreateUnitBody,
        response: { 201: UnitSchema },
      },
    },
    async (request, reply) => {
      const unit = await org.createUnit(app.db, request.body as org.CreateUnitInput, info(request));
      return reply.status(201).send(unit);
    },
  );

  app.patch(
    '/api/units/:id',
    {
      config: { access: { permission: 'org.manage', objects: [byId] } },
      schema: {
        tags,
        summary: 'Rename, recode or readdress a unit from a date (keeps history)',
        params: UnitIdParams,
        body: UpdateUnitBody,
        response: { 200: UnitSchema },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      return org.updateUnit(app.db, id, request.body as org.UpdateUnitInput, info(request));
    },
  );

  app.post(
    '/api/units/:id/move',
    {
      config: {
        access: {
          permission: 'org.manage',
          objects: [byId, { in: 'body', key: 'newParentId', kind: 'unit' }],
        },
      },
      schema: {
        tags,
        summary: 'Move a unit and its subtree under another parent from a date',
        params: UnitIdParams,
        body: MoveUnitBody,
        response: { 200: UnitSchema },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      return org.moveUnit(
        app.db,
        id,
        request.body as { newParentId: string; validFrom: string },
        info(request),
      );
    },
  );

  app.post(
    '/api/units/:id/close',
    {
      config: { access: { permission: 'org.manage', objects: [byId] } },
      schema: {
        tags,
        summary: 'Close (dissolve) a unit from a date',
        params: UnitIdParams,
        body: CloseUnitBody,
        response: { 200: UnitSchema },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      return org.closeUnit(app.db, id, request.body as { validFrom: string }, info(request));
    },
  );

  app.post(
    '/api/units/:id/merge',
    {
      config: {
        access: {
          permission: 'org.manage',
          objects: [byId, { in: 'body', key: 'intoUnitId', kind: 'unit' }],
        },
      },
      schema: {
        tags,
        summary: 'Merge a unit into another from a date; its children move to the target',
        params: UnitIdParams,
        body: MergeUnitBody,
        response: { 200: UnitSchema },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      return org.mergeUnit(
        app.db,
        id,
        request.body as { intoUnitId: string; validFrom: string },
        info(request),
      );
    },
  );

  app.get(
    '/api/units/import/template',
    {
      config: { access: { permission: 'org.manage' } },
      schema: { tags, summary: 'The .xlsx template for importing the org tree' },
    },
    async (request, reply) => {
      const buffer = await unitImportTemplate(app.db, requestLocale(request));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', 'attachment; filename="mau-nhap-cay-don-vi.xlsx"')
        .send(buffer);
    },
  );

  app.post(
    '/api/units/import',
    {
      config: {
        access: {
          permission: 'org.manage',
          objects: [{ in: 'query', key: 'parentId', kind: 'unit', optional: true }],
        },
      },
      schema: {
        tags,
        summary: 'Import units from .xlsx/.csv (dry run first; all or nothing)',
        querystring: ImportQuery,
        consumes: ['multipart/form-data'],
        response: { 200: ImportResult },
      },
    },
    async (request) => {
      const q = request.query as { dryRun?: boolean; parentId?: string };
      const file = await readUploadedFile(request);
      return importUnits(app.db, file, {
        dryRun: q.dryRun !== false,
        defaultParentId: q.parentId ?? null,
        scope: request.scope,
        locale: requestLocale(request),
        info: info(request),
      });
    },
  );
}
