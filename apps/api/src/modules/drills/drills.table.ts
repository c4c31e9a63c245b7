import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
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
 * Phishing drills for adult staff (never pupils, security test 19). A drill
 * targets the users of one unit subtree filtered by role; each recipient gets
 * an unguessable token of which only the SHA-256 is stored. Events are kept
 * in full (the timeline); rates count each recipient once per event type and
 * leave mail-scanner hits out.
 */
export const drills = pgTable(
  'drills',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The unit whose subtree is targeted (the access gate's unit for kind 'drill'). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    name: text('name').notNull(),
    templateCode: text('template_code').notNull(),
    /** Roles whose holders are targeted; never 'student'. Empty = every adult role. */
    roleCodes: jsonb('role_codes').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    /** 'explain': the click lands on the explanation; 'form': a fake form first (typed values never leave the page). */
    landing: text('landing', { enum: ['explain', 'form'] })
      .notNull()
      .default('explain'),
    status: text('status', { enum: ['draft', 'scheduled', 'sending', 'completed', 'cancelled'] })
      .notNull()
      .default('draft'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('drills_unit_idx').on(t.unitId)],
);

export const drillRecipients = pgTable(
  'drill_recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    drillId: uuid('drill_id')
      .notNull()
      .references(() => drills.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The user's unit when the drill was launched (results roll up by it). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    email: text('email').notNull(),
    /** SHA-256 (hex) of the recipient's token; the token itself is only ever in the email. */
    tokenHash: text('token_hash'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    sendError: text('send_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('drill_recipients_drill_user_uq').on(t.drillId, t.userId),
    uniqueIndex('drill_recipients_token_uq').on(t.tokenHash),
    index('drill_recipients_unit_idx').on(t.unitId),
    index('drill_recipients_user_idx').on(t.userId),
  ],
);

export const DRILL_EVENT_TYPES = ['sent', 'opened', 'clicked', 'submitted', 'reported'] as const;
export type DrillEventType = (typeof DRILL_EVENT_TYPES)[number];

/** The timeline: every hit is kept; `scanner` marks hits by mail scanners (excluded from rates). */
export const drillEvents = pgTable(
  'drill_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    drillId: uuid('drill_id')
      .notNull()
      .references(() => drills.id, { onDelete: 'cascade' }),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => drillRecipients.id, { onDelete: 'cascade' }),
    type: text('type', { enum: DRILL_EVENT_TYPES }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    scanner: boolean('scanner').notNull().default(false),
    /** Why a hit was flagged: 'head', 'too_soon', 'user_agent', 'address'. */
    scannerReason: text('scanner_reason'),
    /** How the event arrived: 'link', 'pixel', 'form', 'header_link', 'in_app', 'mail'. */
    via: text('via'),
    userAgent: text('user_agent'),
  },
  (t) => [
    index('drill_events_drill_idx').on(t.drillId, t.type),
    index('drill_events_recipient_idx').on(t.recipientId, t.at),
  ],
);

/**
 * Remedial lessons owed by a click or a submitted form. `enrolmentId` is the
 * learning module's enrolment when it took it (null until then).
 */
export const drillRemedials = pgTable(
  'drill_remedials',
  {
    recipientId: uuid('recipient_id')
      .primaryKey()
      .references(() => drillRecipients.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    lessonSlug: text('lesson_slug').notNull(),
    enrolmentId: uuid('enrolment_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('drill_remedials_user_idx').on(t.userId)],
);

/** "Báo cáo thư đáng ngờ": what a signed-in user reported; matched to a drill when it was one. */
export const drillReports = pgTable(
  'drill_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    subject: text('subject').notNull(),
    sender: text('sender'),
    /** The drill recipient it matched, if the email was a drill. */
    recipientId: uuid('recipient_id').references(() => drillRecipients.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('drill_reports_unit_idx').on(t.unitId, t.createdAt)],
);
