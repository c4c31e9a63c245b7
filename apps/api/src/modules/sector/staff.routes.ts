import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { SectorRouteOptions } from './sector.routes';
import {
  CreateStaffBody,
  ListStaffQuery,
  StaffIdParams,
  StaffList,
  StaffView,
  UpdateStaffBody,
} from './staff.schemas';
import * as staff from './staff.service';

const tags = ['sector'];
const byId = { in: 'params', key: 'id', kind: 'staff' } as const;

export async function staffRoutes(instance: FastifyInstance, { context }: SectorRouteOptions) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/staff',
    {
      config: {
        access: {
          permission: 'sector.read',
          objects: [{ in: 'query', key: 'unitId', kind: 'unit', optional: true }],
        },
      },
      schema: {
        tags,
        summary:
          'Staff in scope (optionally under one unit), searchable, paged; personal fields masked per role',
        querystring: ListStaffQuery,
        response: { 200: StaffList },
      },
    },
    async (request) =>
      staff.listStaff(
        context(request),
        request.query,
        request.query.unitId ? request.objectUnits[0]?.path : undefined,
      ),
  );

  app.get(
    '/api/staff/:id',
    {
      config: { access: { permission: 'sector.read', objects: [byId] } },
      schema: { tags, summary: 'One staff member', params: StaffIdParams, response: { 200: StaffView } },
    },
    async (request) => staff.getStaff(context(request), request.params.id),
  );

  app.post(
    '/api/staff',
    {
      config: {
        access: { permission: 'sector.write', objects: [{ in: 'body', key: 'unitId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: 'Add a staff member; the staff id (CB + 10 digits) is issued when left out',
        body: CreateStaffBody,
        response: { 201: StaffView },
      },
    },
    async (request, reply) => reply.status(201).send(await staff.createStaff(context(request), request.body)),
  );

  app.patch(
    '/api/staff/:id',
    {
      config: { access: { permission: 'sector.write', objects: [byId] } },
      schema: {
        tags,
        summary: 'Correct a staff record (the staff id and unit never change here)',
        params: StaffIdParams,
        body: UpdateStaffBody,
        response: { 200: StaffView },
      },
    },
    async (request) => staff.updateStaff(context(request), request.params.id, request.body),
  );
}
