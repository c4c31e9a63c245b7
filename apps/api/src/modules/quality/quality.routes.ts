import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { replyNoStore } from '../../plugins/access';
import { requestLocale } from '../../plugins/locale';
import * as issues from './issues.service';
import { qualityContext } from './quality.context';
import {
  Catalogue,
  CommentBody,
  CreateResponsibilityBody,
  CreateRuleBody,
  IdParams,
  IssueDetail,
  IssueList,
  ListIssuesQuery,
  ListResponsibilitiesQuery,
  ResponsibilityList,
  ResponsibilityView,
  RuleView,
  RunList,
  RunView,
  ScoreList,
  ScoresQuery,
  StartRunBody,
  TransitionBody,
  UpdateRuleBody,
} from './quality.schemas';
import { scoresBelow } from './quality.scores';
import * as responsibilities from './responsibilities.service';
import * as rules from './rules.service';
import * as runs from './runs.service';

const tags = ['quality'];
const issueById = { in: 'params', key: 'id', kind: 'quality_issue' } as const;
const optionalUnit = { in: 'query', key: 'unitId', kind: 'unit', optional: true } as const;

/**
 * Data quality (chất lượng dữ liệu): the rule catalogue, department rules,
 * runs, the issue worklist, scores, and named responsibilities.
 */
export async function qualityRoutes(instance: FastifyInstance) {
  instance.objectKinds.set('quality_rule', rules.unsafeRuleUnit);
  instance.objectKinds.set('quality_issue', issues.unsafeIssueUnit);
  instance.objectKinds.set('responsibility', responsibilities.unsafeResponsibilityUnit);
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const context = (request: Parameters<typeof requestLocale>[0]) =>
    qualityContext(instance.db, request, requestLocale(request));
  // Issues name pupils' records: keep them out of shared caches.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/quality') || request.url.startsWith('/api/responsibilities'))
      replyNoStore(reply);
  });

  app.get(
    '/api/quality/catalogue',
    {
      config: { access: { permission: 'quality.read' } },
      schema: {
        tags,
        summary:
          "The data standard's built-in rules (read-only) and the department rules that reach the caller",
        response: { 200: Catalogue },
      },
    },
    async (request) => {
      const ctx = context(request);
      return { builtin: rules.builtinRules(ctx.locale), rules: await rules.listRules(ctx) };
    },
  );

  app.post(
    '/api/quality/rules',
    {
      config: {
        access: { permission: 'quality.manage', objects: [{ in: 'body', key: 'rootUnitId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: 'Define a department rule (parameters checked per rule type)',
        body: CreateRuleBody,
        response: { 201: RuleView },
      },
    },
    async (request, reply) => reply.status(201).send(await rules.createRule(context(request), request.body)),
  );

  app.patch(
    '/api/quality/rules/:id',
    {
      config: {
        access: {
          permission: 'quality.manage',
          objects: [{ in: 'params', key: 'id', kind: 'quality_rule' }],
        },
      },
      schema: {
        tags,
        summary: 'Change a rule: names, severity, parameters, enabled (the type never changes)',
        params: IdParams,
        body: UpdateRuleBody,
        response: { 200: RuleView },
      },
    },
    async (request) => rules.updateRule(context(request), request.params.id, request.body),
  );

  app.post(
    '/api/quality/runs',
    {
      config: {
        access: { permission: 'quality.manage', objects: [{ in: 'body', key: 'unitId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: "Queue a run of the rules over a unit's subtree (a durable job)",
        body: StartRunBody,
        response: { 202: RunView },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await runs.startRun(context(request), request.body.unitId)),
  );

  app.get(
    '/api/quality/runs',
    {
      config: { access: { permission: 'quality.read' } },
      schema: { tags, summary: 'Recent runs over units in scope', response: { 200: RunList } },
    },
    async (request) => runs.listRuns(context(request)),
  );

  app.get(
    '/api/quality/issues',
    {
      config: { access: { permission: 'quality.read', objects: [optionalUnit] } },
      schema: {
        tags,
        summary: "Issues in the caller's scope (assignee=me: my issues), filtered and paged",
        querystring: ListIssuesQuery,
        response: { 200: IssueList },
      },
    },
    async (request) =>
      issues.listIssues(
        context(request),
        request.query,
        request.query.unitId ? request.objectUnits[0] : undefined,
      ),
  );

  app.get(
    '/api/quality/issues/:id',
    {
      config: { access: { permission: 'quality.read', objects: [issueById] } },
      schema: {
        tags,
        summary: 'One issue with its history',
        params: IdParams,
        response: { 200: IssueDetail },
      },
    },
    async (request) => issues.getIssue(context(request), request.params.id),
  );

  app.post(
    '/api/quality/issues/:id/transition',
    {
      config: { access: { permission: 'quality.resolve', objects: [issueById] } },
      schema: {
        tags,
        summary: 'Move an issue: in progress, resolved, accepted exception (with reason), reopened',
        params: IdParams,
        body: TransitionBody,
        response: { 200: IssueDetail },
      },
    },
    async (request) => issues.transitionIssue(context(request), request.params.id, request.body),
  );

  app.post(
    '/api/quality/issues/:id/comments',
    {
      config: { access: { permission: 'quality.resolve', objects: [issueById] } },
      schema: {
        tags,
        summary: 'Comment on an issue',
        params: IdParams,
        body: CommentBody,
        response: { 200: IssueDetail },
      },
    },
    async (request) => issues.commentIssue(context(request), request.params.id, request.body.body),
  );

  app.get(
    '/api/quality/scores',
    {
      config: { access: { permission: 'quality.read', objects: [optionalUnit] } },
      schema: {
        tags,
        summary: 'Quality score (0–100) of a unit and its direct children, or of the caller’s own units',
        querystring: ScoresQuery,
        response: { 200: ScoreList },
      },
    },
    async (request) => {
      const ctx = context(request);
      const own = [...new Set(ctx.actor.assignments.map((a) => a.unitId))];
      return scoresBelow(ctx.db, ctx.scope, request.query.unitId ? request.objectUnits[0] : undefined, own);
    },
  );

  // ── Responsibilities ──

  app.get(
    '/api/responsibilities',
    {
      config: { access: { permission: 'reporting.read', objects: [optionalUnit] } },
      schema: {
        tags,
        summary: 'Named responsibilities of units in scope (optionally one subtree)',
        querystring: ListResponsibilitiesQuery,
        response: { 200: ResponsibilityList },
      },
    },
    async (request) =>
      responsibilities.listResponsibilities(
        context(request),
        request.query.unitId ? request.objectUnits[0] : undefined,
        request.query,
      ),
  );

  const responsibilityObjects = [
    { in: 'body', key: 'unitId', kind: 'unit' },
    { in: 'body', key: 'userId', kind: 'user' },
  ] as const;

  app.post(
    '/api/responsibilities',
    {
      config: { access: { permission: 'reporting.manage', objects: [...responsibilityObjects] } },
      schema: {
        tags,
        summary: 'Name a person responsible, reviewer or contact for a data group of a unit',
        body: CreateResponsibilityBody,
        response: { 201: ResponsibilityView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await responsibilities.createResponsibility(context(request), request.body, {
          reviewerAllowed: true,
        }),
      ),
  );

  app.delete(
    '/api/responsibilities/:id',
    {
      config: {
        access: {
          permission: 'reporting.manage',
          objects: [{ in: 'params', key: 'id', kind: 'responsibility' }],
        },
      },
      schema: { tags, summary: 'Remove a responsibility', params: IdParams },
    },
    async (request, reply) => {
      await responsibilities.deleteResponsibility(context(request), request.params.id, {
        reviewerAllowed: true,
      });
      return reply.status(204).send();
    },
  );

  // Principals and commune officers manage accounts (user.manage) but not reporting: they name the
  // responsible person and the contact of their own units; reviewers come from the level above.
  app.post(
    '/api/responsibilities/local',
    {
      config: { access: { permission: 'user.manage', objects: [...responsibilityObjects] } },
      schema: {
        tags,
        summary: 'Name a person responsible or contact for a unit one manages accounts of (not a reviewer)',
        body: CreateResponsibilityBody,
        response: { 201: ResponsibilityView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await responsibilities.createResponsibility(context(request), request.body, {
          reviewerAllowed: false,
        }),
      ),
  );

  app.delete(
    '/api/responsibilities/local/:id',
    {
      config: {
        access: { permission: 'user.manage', objects: [{ in: 'params', key: 'id', kind: 'responsibility' }] },
      },
      schema: { tags, summary: 'Remove a responsible person or contact (not a reviewer)', params: IdParams },
    },
    async (request, reply) => {
      await responsibilities.deleteResponsibility(context(request), request.params.id, {
        reviewerAllowed: false,
      });
      return reply.status(204).send();
    },
  );
}
