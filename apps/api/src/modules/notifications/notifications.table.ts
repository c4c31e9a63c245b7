import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from '../org/org.table';
import { reportingPeriods } from '../reporting/reporting.table';
import { users } from '../users/users.table';

/**
 * One notice to one user, in both languages (each recipient reads their
 * account locale). `(recipient_id, dedupe_key)` is unique, so whoever calls
 * `notify()` twice for the same event creates — and sends — nothing twice.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** '<feature>.<event>', e.g. 'reporting.reminder', 'learning.assigned'. */
    kind: text('kind').notNull(),
    titleVi: text('title_vi').notNull(),
    titleEn: text('title_en').notNull(),
    bodyVi: text('body_vi').notNull(),
    bodyEn: text('body_en').notNull(),
    /** An app path ('/reporting/…'), never an external URL. */
    link: text('link'),
    relatedType: text('related_type'),
    relatedId: text('related_id'),
    /** The unit the notice is about (shown as context; not used for access). */
    unitId: uuid('unit_id').references(() => orgUnits.id),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_recipient_dedupe_uq').on(t.recipientId, t.dedupeKey),
    index('notifications_recipient_created_idx').on(t.recipientId, t.createdAt),
  ],
);

/**
 * One send of a notice over one outside channel (email, Zalo). Created with
 * the notice in the caller's transaction and worked off by the durable job
 * `notifications.deliver`: every send is recorded, retried with back-off,
 * and never repeated once sent or skipped.
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    notificationId: uuid('notification_id')
      .notNull()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    channel: text('channel', { enum: ['in_app', 'email', 'zalo'] }).notNull(),
    status: text('status', { enum: ['queued', 'sent', 'failed', 'skipped'] })
      .notNull()
      .default('queued'),
    attempts: integer('attempts').notNull().default(0),
    /** Why it failed or was skipped (e.g. 'no_email', 'smtp_not_configured', 'zalo_disabled'). */
    lastError: text('last_error'),
    /** The provider's id of the sent message (SMTP Message-ID, Zalo message_id). */
    providerMessageId: text('provider_message_id'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notification_deliveries_dedupe_uq').on(t.dedupeKey),
    index('notification_deliveries_notification_idx').on(t.notificationId),
  ],
);

/** The Zalo user id (of the EduShield Official Account) an account receives Zalo messages at. */
export const zaloLinks = pgTable('zalo_links', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  zaloUserId: text('zalo_user_id').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Which reminder stage of a reporting period was processed for a unit:
 * 'before:7', 'after:1', 'escalate'. The primary key is what makes each
 * reminder go out exactly once, across runs, restarts and several servers.
 */
export const reminderLog = pgTable(
  'reminder_log',
  {
    periodId: uuid('period_id')
      .notNull()
      .references(() => reportingPeriods.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    stage: text('stage').notNull(),
    /** 'sent', or 'superseded' when a later stage was already due (the server was down). */
    outcome: text('outcome', { enum: ['sent', 'superseded'] }).notNull(),
    recipients: integer('recipients').notNull().default(0),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.unitId, t.stage] })],
);
