import { Type, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { CreateSchoolYearBody, createSchoolYear, listSchoolYears, SchoolYearView } from './school-years';
import { unsafeSchoolDirectory } from './schools.repository';
import { PutSchoolProfileBody, SchoolIdParams, SchoolProfileView } from './schools.schemas';
import * as schools from './schools.service';
import type { SectorRouteOptions } from './sector.routes';

const tags = ['sector'];
const bySchool = { in: 'params', key: 'id', kind: 'school' } as const;

export async function schoolRoutes(instance: FastifyInstance, { context }: SectorRouteOptions) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/school-years',
    {
      config: { access: { authenticated: true } },
      schema: {
        tags,
        summary: 'School years (province-wide reference data), newest first',
        response: { 200: Type.Object({ items: Type.Array(SchoolYearView) }) },
      },
    },
    async () => ({ items: await listSchoolYears(app.db) }),
  );

  app.post(
    '/api/school-years',
    {
      config: { access: { permission: 'sector.write' } },
      schema: {
        tags,
        summary: 'Open a school year; only callers whose sector.write covers a whole root unit (the Sở)',
        body: CreateSchoolYearBody,
        response: { 201: SchoolYearView },
      },
    },
    async (request, reply) => reply.status(201).send(await createSchoolYear(context(request), request.body)),
  );

  app.get(
    '/api/schools/directory',
    {
      config: { access: { permission: 'sector.write' } },
      schema: {
        tags,
        summary:
          'Active schools of the province (id, codes, name, commune only), for choosing a transfer destination outside one’s own scope; accent-insensitive search',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 100 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String({ format: 'uuid' }),
                code: Type.String(),
                schoolCode: Type.Union([Type.String(), Type.Null()]),
                name: Type.String(),
                commune: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      items: await unsafeSchoolDirectory(app.db, request.query.q ?? '', request.query.limit ?? 20),
    }),
  );

  app.get(
    '/api/schools/:id/profile',
    {
      config: { access: { permission: 'sector.read', objects: [bySchool] } },
      schema: {
        tags,
        summary: 'The standard’s school record (empty fields until filled in)',
        params: SchoolIdParams,
        response: { 200: SchoolProfileView },
      },
    },
    async (request) => schools.getProfile(context(request), request.params.id),
  );

  app.put(
    '/api/schools/:id/profile',
    {
      config: { access: { permission: 'sector.write', objects: [bySchool] } },
      schema: {
        tags,
        summary: 'Replace the school record; the school id is set once, by the managing unit',
        params: SchoolIdParams,
        body: PutSchoolProfileBody,
        response: { 200: SchoolProfileView },
      },
    },
    async (request) => schools.putProfile(context(request), request.params.id, request.body),
  );
}
