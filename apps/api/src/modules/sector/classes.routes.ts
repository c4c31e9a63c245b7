import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  ClassIdParams,
  ClassList,
  ClassView,
  CreateClassBody,
  ListClassesQuery,
  UpdateClassBody,
} from './classes.schemas';
import * as classes from './classes.service';
import type { SectorRouteOptions } from './sector.routes';

const tags = ['sector'];
const byId = { in: 'params', key: 'id', kind: 'class' } as const;
const site = { in: 'body', key: 'siteUnitId', kind: 'unit', optional: true } as const;
const homeroom = { in: 'body', key: 'homeroomStaffId', kind: 'staff', optional: true } as const;

export async function classRoutes(instance: FastifyInstance, { context }: SectorRouteOptions) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/classes',
    {
      config: {
        access: { permission: 'sector.read', objects: [{ in: 'query', key: 'unitId', kind: 'school' }] },
      },
      schema: {
        tags,
        summary: 'Classes of a school in a school year (the current year by default), paged',
        querystring: ListClassesQuery,
        response: { 200: ClassList },
      },
    },
    async (request) => classes.listClasses(context(request), request.query),
  );

  app.get(
    '/api/classes/:id',
    {
      config: { access: { permission: 'sector.read', objects: [byId] } },
      schema: { tags, summary: 'One class', params: ClassIdParams, response: { 200: ClassView } },
    },
    async (request) => classes.getClass(context(request), request.params.id),
  );

  app.post(
    '/api/classes',
    {
      config: {
        access: {
          permission: 'sector.write',
          objects: [{ in: 'body', key: 'unitId', kind: 'school' }, site, homeroom],
        },
      },
      schema: {
        tags,
        summary: 'Open a class; its code is issued when left out and never reused',
        body: CreateClassBody,
        response: { 201: ClassView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await classes.createClass(context(request), request.body)),
  );

  app.patch(
    '/api/classes/:id',
    {
      config: { access: { permission: 'sector.write', objects: [byId, site, homeroom] } },
      schema: {
        tags,
        summary: 'Rename a class, change its grade, site or homeroom teacher',
        params: ClassIdParams,
        body: UpdateClassBody,
        response: { 200: ClassView },
      },
    },
    async (request) => classes.updateClass(context(request), request.params.id, request.body),
  );

  app.delete(
    '/api/classes/:id',
    {
      config: { access: { permission: 'sector.write', objects: [byId] } },
      schema: {
        tags,
        summary: 'Delete an empty class (409 CLASS_NOT_EMPTY otherwise)',
        params: ClassIdParams,
      },
    },
    async (request, reply) => {
      await classes.deleteClass(context(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
