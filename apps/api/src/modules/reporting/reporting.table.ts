import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../org/org.table';
import { schoolYears } from '../sector/sector.table';
import { users } from '../users/users.table';

/**
 * Reporting periods (kỳ báo cáo) of the sector database: a school year × start,
 * middle or end of year, or an ad-hoc period. Every date is data set by the
 * department (deadlines are settings, never code).
 */
export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolYearId: uuid('school_year_id').references(() => schoolYears.id),
    kind: text('kind', { enum: ['start_of_year', 'mid_year', 'end_of_year', 'ad_hoc'] }).notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** The unit whose subtree must report (usually the department's root). */
    rootUnitId: uuid('root_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** The org tree valid on this date is the one the period reports under. */
    treeAsOf: date('tree_as_of').notNull(),
    /** Which units must report: unit types (e.g. school) and, for schools, level codes; empty = all. */
    requiredUnitTypes: text('required_unit_types').array().notNull().default(sql`'{}'::text[]`),
    requiredLevelCodes: text('required_level_codes').array().notNull().default(sql`'{}'::text[]`),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    deadlineAt: timestamp('deadline_at', { withTimezone: true }).notNull(),
    /** A submission up to this many hours after the deadline still counts as on time. */
    onTimeGraceHours: integer('on_time_grace_hours').notNull().default(0),
    /** After the deadline (plus grace) only units with an exception may submit. */
    lockAfterDeadline: boolean('lock_after_deadline').notNull().default(true),
    /** Reminder schedule: days before and after the deadline. */
    remindDaysBefore: integer('remind_days_before').array().notNull().default(sql`'{7,3,1}'::integer[]`),
    remindDaysAfter: integer('remind_days_after').array().notNull().default(sql`'{1,3,7}'::integer[]`),
    /** Escalate to the unit head and the level above this many days after the deadline. */
    escalateAfterDays: integer('escalate_after_days').notNull().default(3),
    status: text('status', { enum: ['draft', 'open', 'closed'] })
      .notNull()
      .default('draft'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reporting_periods_root_idx').on(t.rootUnitId),
    index('reporting_periods_year_idx').on(t.schoolYearId),
  ],
);

/**
 * The units that must report in a period, frozen when the period opens, with
 * their place in the tree valid for the period (path as of tree_as_of) so the
 * dashboard rolls up under that tree even after later reorganisations.
 */
export const periodUnits = pgTable(
  'period_units',
  {
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** "/<root>/…/<self>/" as of the period's tree date. */
    unitPath: text('unit_path').notNull(),
    parentId: uuid('parent_id'),
    unitName: text('unit_name').notNull(),
    unitCode: text('unit_code').notNull(),
    unitTypeCode: text('unit_type_code').notNull(),
    levelCode: text('level_code'),
    /** Department-granted exception: may submit after the lock until this moment. */
    exceptionUntil: timestamp('exception_until', { withTimezone: true }),
    exceptionReason: text('exception_reason'),
    /*
     * Kept by the database for the dashboard (migration 0014 triggers), never written by the
     * application: one row per reporting unit then answers a roll-up without joins.
     */
    /** The unit's path in today's tree (org_units.path): the caller's scope is judged on it. */
    currentPath: text('current_path'),
    /** The parent's name as of the period's tree date, frozen with the row. */
    parentName: text('parent_name'),
    /** Copies of the unit's submission in this period (none yet: not submitted, version 0). */
    subState: text('sub_state').notNull().default('not_submitted'),
    subOnTime: boolean('sub_on_time'),
    subVersion: integer('sub_version').notNull().default(0),
    subRequiredFilled: integer('sub_required_filled').notNull().default(0),
    subRequiredTotal: integer('sub_required_total').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.periodId, t.unitId] }),
    index('period_units_path_idx').using('btree', t.periodId, sql`${t.unitPath} text_pattern_ops`),
    // A unit's rows in every period (a move in today's tree updates their current_path).
    index('period_units_unit_idx').on(t.unitId),
    // The dashboard's chase list reads only the outstanding units under a node.
    index('period_units_outstanding_idx')
      .using('btree', t.periodId, sql`${t.unitPath} text_pattern_ops`)
      .where(sql`${t.subState} in ('not_submitted', 'returned')`),
  ],
);

/**
 * One submission per period and reporting unit. States:
 * not_submitted → submitted → returned → submitted … → approved (→ accepted by
 * the level above where there is one). `revision` increases on every state
 * change so two reviewers acting at once cannot both win.
 */
export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    state: text('state', { enum: ['not_submitted', 'submitted', 'returned', 'approved', 'accepted'] })
      .notNull()
      .default('not_submitted'),
    /** Number of the latest snapshot (0 before the first submission). */
    version: integer('version').notNull().default(0),
    /**
     * Required fields filled / required in the latest snapshot (a copy of its
     * summary, written with the version), so the dashboard rolls up the
     * province without reading the snapshots.
     */
    requiredFilled: integer('required_filled').notNull().default(0),
    requiredTotal: integer('required_total').notNull().default(0),
    revision: integer('revision').notNull().default(0),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    lastSubmittedAt: timestamp('last_submitted_at', { withTimezone: true }),
    /** Whether the first submission came by the deadline (plus grace). */
    onTime: boolean('on_time'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by').references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('submissions_period_unit_uq').on(t.periodId, t.unitId),
    index('submissions_unit_idx').on(t.unitId),
  ],
);

/**
 * A frozen, versioned snapshot of a unit's records at submission. `records`
 * keeps encrypted columns as ciphertext; `summary` holds the counts the
 * dashboard needs (completeness, quality) so it never re-reads records.
 */
export const submissionVersions = pgTable(
  'submission_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    version: integer('version').notNull(),
    records: jsonb('records').notNull(),
    summary: jsonb('summary').notNull(),
    /** Differences against the previous version (added, removed, changed fields). */
    diff: jsonb('diff'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('submission_versions_uq').on(t.submissionId, t.version)],
);

/**
 * The standard statistical tables of one snapshot as rows: (table, dimensions,
 * value), e.g. ('pupils_by_grade_gender', '6', 'F', 212). The dashboard sums
 * the rows of approved snapshots only.
 */
export const submissionAggregates = pgTable(
  'submission_aggregates',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => submissionVersions.id),
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    tableCode: text('table_code').notNull(),
    dim1: text('dim1').notNull().default(''),
    dim2: text('dim2').notNull().default(''),
    value: integer('value').notNull(),
  },
  (t) => [
    index('submission_aggregates_period_idx').on(t.periodId, t.tableCode),
    index('submission_aggregates_version_idx').on(t.versionId),
  ],
);

/** Full history of a submission: every transition, by whom, when, with the comment. */
export const submissionEvents = pgTable(
  'submission_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    version: integer('version').notNull(),
    action: text('action', {
      enum: ['submit', 'return', 'approve', 'accept', 'reopen', 'grant_exception'],
    }).notNull(),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('submission_events_submission_idx').on(t.submissionId, t.at)],
);

/** A reviewer's comment on one record or field when returning a submission. */
export const submissionComments = pgTable(
  'submission_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id),
    version: integer('version').notNull(),
    entity: text('entity', { enum: ['school', 'class', 'staff', 'student'] }).notNull(),
    recordId: uuid('record_id'),
    field: text('field'),
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [index('submission_comments_submission_idx').on(t.submissionId)],
);

/**
 * Named responsibility (MOET: named people review, reconcile and standardise
 * the data): who is responsible for a unit's data group, who reviews it, who
 * is the contact the chase list shows.
 */
export const responsibilities = pgTable(
  'responsibilities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    dataGroup: text('data_group', { enum: ['all', 'school', 'classes', 'staff', 'students'] })
      .notNull()
      .default('all'),
    duty: text('duty', { enum: ['responsible', 'reviewer', 'contact'] }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('responsibilities_uq').on(t.unitId, t.dataGroup, t.duty, t.userId),
    index('responsibilities_user_idx').on(t.userId),
  ],
);
