import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../org/org.table';
import { users } from '../users/users.table';

/**
 * Department-defined data-quality rules: a rule type from the fixed catalogue
 * (packages/core/src/quality/rules.ts) with validated parameters, applying to
 * the schools under `root_unit_id`. The data standard's built-in rules are
 * not stored: the catalogue shows them from packages/core/src/validation.
 */
export const qualityRules = pgTable(
  'quality_rules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    ruleType: text('rule_type', {
      enum: [
        'class_size',
        'pupils_per_teacher',
        'age_grade',
        'duplicate_across_schools',
        'status_consistency',
        'period_change',
      ],
    }).notNull(),
    dataGroup: text('data_group', { enum: ['school', 'classes', 'staff', 'students'] }).notNull(),
    severity: text('severity', { enum: ['blocking', 'warning'] }).notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    /** Issues are due this many days after the run that found them. */
    dueDays: integer('due_days').notNull().default(14),
    rootUnitId: uuid('root_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('quality_rules_code_uq').on(t.code), index('quality_rules_root_idx').on(t.rootUnitId)],
);

/** One evaluation of the enabled rules over the schools under `root_unit_id` (a durable job). */
export const qualityRuns = pgTable(
  'quality_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rootUnitId: uuid('root_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    status: text('status', { enum: ['queued', 'running', 'done', 'failed'] })
      .notNull()
      .default('queued'),
    trigger: text('trigger', { enum: ['manual', 'nightly', 'demo'] }).notNull(),
    requestedBy: uuid('requested_by').references(() => users.id),
    /** Per rule: found, created, reopened, resolved; totals. */
    summary: jsonb('summary').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('quality_runs_root_idx').on(t.rootUnitId, t.createdAt)],
);

/**
 * A problem a rule found in one record. Deduplicated by (rule, record key):
 * a later run refreshes it, and closes it when it no longer occurs.
 * States: open → in_progress → resolved | accepted_exception → reopened.
 */
export const qualityIssues = pgTable(
  'quality_issues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => qualityRules.id),
    /** The school whose record it is. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    dataGroup: text('data_group', { enum: ['school', 'classes', 'staff', 'students'] }).notNull(),
    severity: text('severity', { enum: ['blocking', 'warning'] }).notNull(),
    entity: text('entity', { enum: ['school', 'class', 'staff', 'student'] }).notNull(),
    recordId: uuid('record_id'),
    recordKey: text('record_key').notNull(),
    /** Values the message is rendered from; never personal data (names, ids). */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    state: text('state', { enum: ['open', 'in_progress', 'resolved', 'accepted_exception', 'reopened'] })
      .notNull()
      .default('open'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    dueOn: date('due_on').notNull(),
    exceptionReason: text('exception_reason'),
    /** 'auto' when a run no longer found it, 'manual' when someone resolved it. */
    resolution: text('resolution', { enum: ['auto', 'manual'] }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    firstRunId: uuid('first_run_id').references(() => qualityRuns.id),
    lastRunId: uuid('last_run_id').references(() => qualityRuns.id),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    revision: integer('revision').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('quality_issues_rule_key_uq').on(t.ruleId, t.recordKey),
    index('quality_issues_unit_idx').on(t.unitId, t.state),
    index('quality_issues_assignee_idx').on(t.assigneeId, t.state),
  ],
);

/** History of an issue: created, state changes (by a person or a run), comments, assignment. */
export const qualityIssueEvents = pgTable(
  'quality_issue_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    issueId: uuid('issue_id')
      .notNull()
      .references(() => qualityIssues.id),
    kind: text('kind', { enum: ['created', 'state', 'comment', 'assigned'] }).notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    body: text('body'),
    actorId: uuid('actor_id').references(() => users.id),
    runId: uuid('run_id').references(() => qualityRuns.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('quality_issue_events_issue_idx').on(t.issueId, t.at)],
);

/**
 * Record counts per unit as of the last run that covered it, so scores never
 * re-count 500,000 pupils: pupils at school + classes of the current year +
 * working staff + the school profile.
 */
export const qualityUnitStats = pgTable('quality_unit_stats', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => orgUnits.id),
  pupils: integer('pupils').notNull(),
  classes: integer('classes').notNull(),
  staff: integer('staff').notNull(),
  records: integer('records').notNull(),
  runId: uuid('run_id').references(() => qualityRuns.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
