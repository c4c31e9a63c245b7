import type { Static, TSchema, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { ObjectLocator } from '../../plugins/access.types';
import type { SectorContext } from './sector.context';
import type { SectorRouteOptions } from './sector.routes';
import {
  CheckDuplicatesBody,
  CreateStudentBody,
  DropOutBody,
  DuplicateReport,
  GraduateBody,
  ListStudentsQuery,
  LookupBody,
  ReEnrolBody,
  StudentDetail,
  StudentIdParams,
  StudentList,
  StudentMatches,
  TransferInBody,
  TransferOutBody,
  UpdateStudentBody,
} from './students.schemas';
import * as students from './students.service';
import * as status from './students.status';

const tags = ['sector'];
const byId = { in: 'params', key: 'id', kind: 'student' } as const;
const optionalClass = { in: 'body', key: 'classId', kind: 'class', optional: true } as const;

export async function studentRoutes(instance: FastifyInstance, { context }: SectorRouteOptions) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/students',
    {
      config: {
        access: {
          permission: 'sector.read',
          objects: [
            { in: 'query', key: 'unitId', kind: 'unit', optional: true },
            { in: 'query', key: 'classId', kind: 'class', optional: true },
          ],
        },
      },
      schema: {
        tags,
        summary: 'Pupils in scope: filters, accent-insensitive name search, server-side paging',
        description:
          'Personal and sensitive fields are masked (null, named in `masked`) where the caller lacks ' +
          'sector.read_personal; every unmasked answer is audited (student.personal_read).',
        querystring: ListStudentsQuery,
        response: { 200: StudentList },
      },
    },
    async (request) => {
      const unitPath = request.query.unitId ? request.objectUnits[0]?.path : undefined;
      return students.listStudents(context(request), request.query, unitPath);
    },
  );

  app.post(
    '/api/students/lookup',
    {
      config: { access: { permission: 'sector.read_personal' } },
      schema: {
        tags,
        summary: 'Find pupils by personal id (in the body, never in a URL), within sector.read_personal',
        body: LookupBody,
        response: { 200: StudentMatches },
      },
    },
    async (request) => students.lookupByPersonalId(context(request), request.body.personalId),
  );

  app.post(
    '/api/students/check-duplicates',
    {
      config: {
        access: {
          permission: 'sector.write',
          objects: [{ in: 'body', key: 'unitId', kind: 'unit', optional: true }],
        },
      },
      schema: {
        tags,
        summary: 'Likely duplicates of a pupil about to be entered, and whether one exists out of sight',
        body: CheckDuplicatesBody,
        response: { 200: DuplicateReport },
      },
    },
    async (request) =>
      students.checkDuplicates(
        context(request),
        request.body,
        request.body.unitId ? request.objectUnits[0] : undefined,
      ),
  );

  app.post(
    '/api/students/transfer-in',
    {
      config: {
        access: {
          permission: 'sector.write',
          objects: [{ in: 'body', key: 'unitId', kind: 'school' }, optionalClass],
        },
      },
      schema: {
        tags,
        summary: 'Accept a transferred pupil by student id and birth date; the id stays, the school changes',
        body: TransferInBody,
        response: { 200: StudentDetail },
      },
    },
    async (request) => status.transferIn(context(request), request.body),
  );

  app.get(
    '/api/students/:id',
    {
      config: { access: { permission: 'sector.read', objects: [byId] } },
      schema: {
        tags,
        summary: 'One pupil with guardians and status history (masked per role)',
        params: StudentIdParams,
        response: { 200: StudentDetail },
      },
    },
    async (request) => students.getStudent(context(request), request.params.id),
  );

  app.post(
    '/api/students',
    {
      config: {
        access: {
          permission: 'sector.write',
          objects: [{ in: 'body', key: 'unitId', kind: 'school' }, optionalClass],
        },
      },
      schema: {
        tags,
        summary: 'Enter a pupil; the student id is issued now and never changes or is reused',
        body: CreateStudentBody,
        response: { 201: StudentDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await students.createStudent(context(request), request.body)),
  );

  app.patch(
    '/api/students/:id',
    {
      config: { access: { permission: 'sector.write', objects: [byId, optionalClass] } },
      schema: {
        tags,
        summary: 'Correct a pupil’s record; student id, school and status are not fields here (400)',
        params: StudentIdParams,
        body: UpdateStudentBody,
        response: { 200: StudentDetail },
      },
    },
    async (request) => students.updateStudent(context(request), request.params.id, request.body),
  );

  /** A status change on one pupil: POST /api/students/:id/<action> with its own body, answering the pupil. */
  function statusChange<Body extends TSchema>(
    action: string,
    summary: string,
    body: Body,
    run: (ctx: SectorContext, id: string, body: Static<Body>) => Promise<Static<typeof StudentDetail>>,
    objects: ObjectLocator[] = [byId],
  ) {
    app.post(
      `/api/students/:id/${action}`,
      {
        config: { access: { permission: 'sector.write', objects } },
        schema: { tags, summary, params: StudentIdParams, body, response: { 200: StudentDetail } },
      },
      // The schema above validated the body; the type provider cannot narrow a generic schema.
      async (request) => run(context(request), request.params.id, request.body as Static<Body>),
    );
  }

  statusChange(
    'transfer-out',
    'The pupil leaves for another school (toUnitId) or one outside the province (otherSchoolName)',
    TransferOutBody,
    status.transferOut,
  );
  statusChange(
    'drop-out',
    'The pupil left school, with a reason from the leaving-reason list',
    DropOutBody,
    status.dropOut,
  );
  statusChange(
    'graduate',
    'The pupil graduated (06) or completed the programme (07)',
    GraduateBody,
    status.graduate,
  );
  statusChange(
    're-enrol',
    'Back to school after leaving, an absence, or a transfer that did not happen',
    ReEnrolBody,
    status.reEnrol,
    [byId, optionalClass],
  );
}
