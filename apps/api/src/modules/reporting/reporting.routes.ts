import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PersonalDataCodec } from '../../lib/personal-data';
import { requestLocale } from '../../plugins/locale';
import * as periods from './periods.service';
import { reportingContext } from './reporting.context';
import { unsafePeriodUnit, unsafeSubmissionUnit } from './reporting.repository';
import {
  CreatePeriodBody,
  ExceptionBody,
  IdParams,
  ListPeriodsQuery,
  ListSubmissionsQuery,
  PeriodList,
  PeriodView,
  ReadinessView,
  ReturnBody,
  SubmissionList,
  SubmissionView,
  TransitionBody,
  UpdatePeriodBody,
  VersionParams,
  VersionView,
  WorklistQuery,
} from './reporting.schemas';
import * as submissions from './submissions.service';

const tags = ['reporting'];
const period = { in: 'params', key: 'id', kind: 'period' } as const;
const submission = { in: 'params', key: 'id', kind: 'submission' } as const;

/**
 * Reporting periods, submissions (chốt số liệu) and their review. A period
 * belongs to its root unit, a submission to its reporting unit: the access
 * gate places both in the caller's scope.
 */
export async function reportingRoutes(instance: FastifyInstance) {
  instance.objectKinds.set('period', unsafePeriodUnit);
  instance.objectKinds.set('submission', unsafeSubmissionUnit);
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const codec = new PersonalDataCodec(app.deps.keys.fieldKeys, app.deps.keys.blindIndexKey);
  const ctx = (request: FastifyRequest) => reportingContext(app.db, codec, request, requestLocale(request));

  // Snapshots carry pupils' data: never cached.
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/api/reporting/periods',
    {
      config: { access: { permission: 'reporting.read' } },
      schema: {
        tags,
        summary: 'Reporting periods rooted in the caller’s scope or in which a unit of it must report',
        querystring: ListPeriodsQuery,
        response: { 200: PeriodList },
      },
    },
    async (request) => periods.listPeriods(ctx(request), request.query),
  );

  app.post(
    '/api/reporting/periods',
    {
      config: {
        access: {
          permission: 'reporting.manage',
          objects: [{ in: 'body', key: 'rootUnitId', kind: 'unit' }],
        },
      },
      schema: {
        tags,
        summary: 'Create a draft reporting period',
        body: CreatePeriodBody,
        response: { 201: PeriodView },
      },
    },
    async (request, reply) => reply.status(201).send(await periods.createPeriod(ctx(request), request.body)),
  );

  app.get(
    '/api/reporting/periods/:id',
    {
      config: { access: { permission: 'reporting.read', objects: [period] } },
      schema: {
        tags,
        summary: 'One period with submission counts in scope',
        params: IdParams,
        response: { 200: PeriodView },
      },
    },
    async (request) => periods.getPeriod(ctx(request), request.params.id),
  );

  app.patch(
    '/api/reporting/periods/:id',
    {
      config: { access: { permission: 'reporting.manage', objects: [period] } },
      schema: {
        tags,
        summary: 'Edit a draft period',
        params: IdParams,
        body: UpdatePeriodBody,
        response: { 200: PeriodView },
      },
    },
    async (request) => periods.updatePeriod(ctx(request), request.params.id, request.body),
  );

  app.post(
    '/api/reporting/periods/:id/open',
    {
      config: { access: { permission: 'reporting.manage', objects: [period] } },
      schema: {
        tags,
        summary: 'Open a draft period: freeze the units that must report and create their submissions',
        params: IdParams,
        response: { 200: PeriodView },
      },
    },
    async (request) => periods.openPeriod(ctx(request), request.params.id),
  );

  app.post(
    '/api/reporting/periods/:id/close',
    {
      config: { access: { permission: 'reporting.manage', objects: [period] } },
      schema: { tags, summary: 'Close an open period', params: IdParams, response: { 200: PeriodView } },
    },
    async (request) => periods.closePeriod(ctx(request), request.params.id),
  );

  app.post(
    '/api/reporting/periods/:id/exceptions',
    {
      config: {
        access: {
          permission: 'reporting.manage',
          objects: [period, { in: 'body', key: 'unitId', kind: 'unit' }],
        },
      },
      schema: {
        tags,
        summary: 'Grant a unit a late-submission exception until a moment, with a reason',
        params: IdParams,
        body: ExceptionBody,
        response: { 200: PeriodView },
      },
    },
    async (request) => periods.grantException(ctx(request), request.params.id, request.body),
  );

  app.get(
    '/api/reporting/submissions',
    {
      config: {
        access: {
          permission: 'reporting.read',
          // The period is only a filter (a school may not see the period's root unit); results stay in scope.
          objects: [{ in: 'query', key: 'unitId', kind: 'unit', optional: true }],
        },
      },
      schema: {
        tags,
        summary: 'Submissions of units in the caller’s scope (a school sees its own)',
        querystring: ListSubmissionsQuery,
        response: { 200: SubmissionList },
      },
    },
    async (request) => submissions.listSubmissions(ctx(request), request.query),
  );

  app.get(
    '/api/reporting/worklist',
    {
      config: { access: { permission: 'reporting.review' } },
      schema: {
        tags,
        summary:
          'Submissions awaiting the caller’s review in their scope, oldest first, with named reviewers',
        querystring: WorklistQuery,
        response: { 200: SubmissionList },
      },
    },
    async (request) => submissions.worklist(ctx(request), request.query),
  );

  app.get(
    '/api/reporting/submissions/:id',
    {
      config: { access: { permission: 'reporting.read', objects: [submission] } },
      schema: {
        tags,
        summary:
          'One submission: state, versions, history, review comments and the caller’s possible actions',
        params: IdParams,
        response: { 200: SubmissionView },
      },
    },
    async (request) => submissions.getSubmission(ctx(request), request.params.id),
  );

  app.get(
    '/api/reporting/submissions/:id/readiness',
    {
      config: { access: { permission: 'reporting.read', objects: [submission] } },
      schema: {
        tags,
        summary: 'What is missing and which blocking problems prevent submitting, from the current records',
        params: IdParams,
        response: { 200: ReadinessView },
      },
    },
    async (request) => submissions.readiness(ctx(request), request.params.id),
  );

  app.get(
    '/api/reporting/submissions/:id/versions/:version',
    {
      config: { access: { permission: 'reporting.read', objects: [submission] } },
      schema: {
        tags,
        summary: 'One frozen snapshot with its diff against the previous version (masked per role)',
        params: VersionParams,
        response: { 200: VersionView },
      },
    },
    async (request) => submissions.getVersion(ctx(request), request.params.id, request.params.version),
  );

  const transitionRoute = (
    action: 'submit' | 'approve' | 'accept' | 'reopen',
    permission: 'reporting.submit' | 'reporting.review' | 'reporting.manage',
    summary: string,
    run: typeof submissions.submit,
  ) =>
    app.post(
      `/api/reporting/submissions/:id/${action}`,
      {
        config: { access: { permission, objects: [submission] } },
        schema: { tags, summary, params: IdParams, body: TransitionBody, response: { 200: SubmissionView } },
      },
      async (request) => run(ctx(request), request.params.id, request.body),
    );

  transitionRoute(
    'submit',
    'reporting.submit',
    'Submit (chốt số liệu): freeze a new version of the unit’s records',
    submissions.submit,
  );
  transitionRoute(
    'approve',
    'reporting.review',
    'Approve a submitted version (locks the data)',
    submissions.approve,
  );
  transitionRoute(
    'accept',
    'reporting.review',
    'Accept an approved submission as the level above',
    submissions.accept,
  );
  transitionRoute(
    'reopen',
    'reporting.manage',
    'Reopen an approved submission so the school can edit again',
    submissions.reopen,
  );

  app.post(
    '/api/reporting/submissions/:id/return',
    {
      config: { access: { permission: 'reporting.review', objects: [submission] } },
      schema: {
        tags,
        summary: 'Return a submission with a comment and optional per-record/field comments',
        params: IdParams,
        body: ReturnBody,
        response: { 200: SubmissionView },
      },
    },
    async (request) => submissions.returnSubmission(ctx(request), request.params.id, request.body),
  );
}
