import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../org/org.table';
import { users } from '../users/users.table';

/**
 * Bulletins and scam alerts (bản tin, cảnh báo lừa đảo). A bulletin belongs
 * to the unit that authored it (who may manage it is decided by that unit)
 * and is addressed to the subtrees of `audience_unit_ids` (all inside the
 * authoring unit's subtree), optionally only to holders of some roles.
 * `body_html` only ever holds HTML that went through lib/rich-text.ts;
 * title and summary are plain text.
 */
export const bulletins = pgTable(
  'bulletins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    kind: text('kind', { enum: ['bulletin', 'scam_alert'] }).notNull(),
    severity: text('severity', { enum: ['info', 'warning', 'urgent'] })
      .notNull()
      .default('info'),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    bodyHtml: text('body_html').notNull().default(''),
    /** Roots of the audience subtrees. */
    audienceUnitIds: jsonb('audience_unit_ids').$type<string[]>().notNull(),
    /** Role codes the audience is limited to; empty = every role. */
    audienceRoles: jsonb('audience_roles').$type<string[]>().notNull().default([]),
    status: text('status', { enum: ['draft', 'published', 'archived'] })
      .notNull()
      .default('draft'),
    /** Shown on the public news page and in the RSS feed once published. */
    isPublic: boolean('is_public').notNull().default(false),
    requiresAck: boolean('requires_ack').notNull().default(false),
    ackDeadline: timestamp('ack_deadline', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Recipients materialised at publication. */
    recipientCount: integer('recipient_count').notNull().default(0),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('bulletins_unit_idx').on(t.unitId),
    index('bulletins_public_idx').on(t.status, t.isPublic, t.publishedAt),
  ],
);

/**
 * Who a published bulletin was addressed to, fixed at publication, with the
 * recipient's unit at that time (reports roll up by it) and their receipts.
 */
export const bulletinRecipients = pgTable(
  'bulletin_recipients',
  {
    bulletinId: uuid('bulletin_id')
      .notNull()
      .references(() => bulletins.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    readAt: timestamp('read_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.bulletinId, t.userId] }),
    index('bulletin_recipients_user_idx').on(t.userId),
    index('bulletin_recipients_unit_idx').on(t.bulletinId, t.unitId),
  ],
);
