import { ROLE_CODES } from '@edushield/core';
import { type Static, Type } from '@fastify/type-provider-typebox';

const Uuid = Type.String({ format: 'uuid' });
const DateTime = Type.String({ format: 'date-time' });
const NullableDateTime = Type.Union([DateTime, Type.Null()]);
const Kind = Type.Enum(['bulletin', 'scam_alert'], {
  description: 'bulletin: bản tin; scam_alert: cảnh báo lừa đảo',
});
const Severity = Type.Enum(['info', 'warning', 'urgent']);
const Status = Type.Enum(['draft', 'published', 'archived']);
const Page = Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }));
const pageSize = (max: number, def: number) =>
  Type.Optional(Type.Integer({ minimum: 1, maximum: max, default: def }));

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

// ---------------------------------------------------------------- authoring (awareness.manage)

/** Generous limits for decomposed (NFD) input; the service trims and normalises. */
const Title = Type.String({ minLength: 1, maxLength: 300, description: 'Plain text; markup is dropped' });
const Summary = Type.String({ maxLength: 1000, description: 'Plain text; markup is dropped' });
const Body = Type.String({
  minLength: 1,
  maxLength: 200_000,
  description: 'Rich text, sanitised server-side',
});
const AudienceUnits = Type.Array(Uuid, {
  minItems: 1,
  maxItems: 50,
  description: 'Roots of the audience subtrees; each inside the authoring unit’s subtree',
});
const AudienceRoles = Type.Array(Type.Enum(ROLE_CODES), {
  maxItems: ROLE_CODES.length,
  description: 'Only holders of these roles (assigned in the audience subtrees); empty = everyone',
});

export const CreateBulletinBody = Type.Object(
  {
    unitId: Type.String({ format: 'uuid', description: 'The authoring unit' }),
    kind: Kind,
    severity: Type.Optional(Severity),
    title: Title,
    summary: Type.Optional(Summary),
    bodyHtml: Body,
    audienceUnitIds: Type.Optional(AudienceUnits),
    audienceRoles: Type.Optional(AudienceRoles),
    isPublic: Type.Optional(Type.Boolean()),
    requiresAck: Type.Optional(Type.Boolean()),
    ackDeadline: Type.Optional(Type.Union([DateTime, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateBulletinBody = Static<typeof CreateBulletinBody>;

export const UpdateBulletinBody = Type.Object(
  {
    kind: Type.Optional(Kind),
    severity: Type.Optional(Severity),
    title: Type.Optional(Title),
    summary: Type.Optional(Summary),
    bodyHtml: Type.Optional(Body),
    audienceUnitIds: Type.Optional(AudienceUnits),
    audienceRoles: Type.Optional(AudienceRoles),
    isPublic: Type.Optional(Type.Boolean()),
    requiresAck: Type.Optional(Type.Boolean()),
    ackDeadline: Type.Optional(Type.Union([DateTime, Type.Null()])),
  },
  { additionalProperties: false },
);
export type UpdateBulletinBody = Static<typeof UpdateBulletinBody>;

export const ListBulletinsQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    status: Type.Optional(Status),
    kind: Type.Optional(Kind),
    page: Page,
    pageSize: pageSize(200, 50),
  },
  { additionalProperties: false },
);
export type ListBulletinsQuery = Static<typeof ListBulletinsQuery>;

const UnitRef = Type.Object({ id: Uuid, name: Type.String() });

export const BulletinView = Type.Object({
  id: Uuid,
  unitId: Uuid,
  unitName: Type.String(),
  kind: Kind,
  severity: Severity,
  title: Type.String(),
  summary: Type.String(),
  bodyHtml: Type.String(),
  audienceUnits: Type.Array(UnitRef),
  audienceRoles: Type.Array(Type.String()),
  status: Status,
  isPublic: Type.Boolean(),
  requiresAck: Type.Boolean(),
  ackDeadline: NullableDateTime,
  publishedAt: NullableDateTime,
  archivedAt: NullableDateTime,
  recipientCount: Type.Integer(),
  readCount: Type.Integer(),
  ackCount: Type.Integer(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type BulletinView = Static<typeof BulletinView>;

export const BulletinSummaryView = Type.Omit(BulletinView, ['bodyHtml']);
export type BulletinSummaryView = Static<typeof BulletinSummaryView>;

export const BulletinList = Type.Object({ items: Type.Array(BulletinSummaryView), total: Type.Integer() });

// ---------------------------------------------------------------- reading (any signed-in recipient)

export const InboxQuery = Type.Object(
  {
    filter: Type.Optional(Type.Enum(['all', 'unread', 'unacknowledged'])),
    page: Page,
    pageSize: pageSize(100, 20),
  },
  { additionalProperties: false },
);
export type InboxQuery = Static<typeof InboxQuery>;

export const InboxItem = Type.Object({
  id: Uuid,
  unitName: Type.String({ description: 'The authoring unit' }),
  kind: Kind,
  severity: Severity,
  title: Type.String(),
  summary: Type.String(),
  publishedAt: DateTime,
  requiresAck: Type.Boolean(),
  ackDeadline: NullableDateTime,
  readAt: NullableDateTime,
  acknowledgedAt: NullableDateTime,
});
export type InboxItem = Static<typeof InboxItem>;

export const InboxView = Type.Object({ ...InboxItem.properties, bodyHtml: Type.String() });
export type InboxView = Static<typeof InboxView>;

export const InboxList = Type.Object({
  items: Type.Array(InboxItem),
  total: Type.Integer(),
  unread: Type.Integer(),
  unacknowledged: Type.Integer(),
});

// ---------------------------------------------------------------- reports (awareness.report)

export const ReportQuery = Type.Object(
  { unitId: Type.String({ format: 'uuid', description: 'The unit to report on (its subtree)' }) },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;

export const ReceivedQuery = Type.Object(
  {
    unitId: Type.String({ format: 'uuid' }),
    page: Page,
    pageSize: pageSize(200, 50),
  },
  { additionalProperties: false },
);
export type ReceivedQuery = Static<typeof ReceivedQuery>;

const Counts = {
  recipients: Type.Integer(),
  read: Type.Integer(),
  acknowledged: Type.Integer(),
};

export const ReceivedItem = Type.Object({
  id: Uuid,
  unitName: Type.String(),
  kind: Kind,
  severity: Severity,
  title: Type.String(),
  status: Status,
  publishedAt: DateTime,
  requiresAck: Type.Boolean(),
  ackDeadline: NullableDateTime,
  ...Counts,
});
export const ReceivedList = Type.Object({ items: Type.Array(ReceivedItem), total: Type.Integer() });

export const UnitCountsRow = Type.Object({
  unitId: Uuid,
  unitName: Type.String(),
  parentId: Type.Union([Uuid, Type.Null()]),
  hasChildren: Type.Boolean(),
  ...Counts,
});
export type UnitCountsRow = Static<typeof UnitCountsRow>;

export const BulletinReport = Type.Object({
  bulletin: Type.Object({
    id: Uuid,
    title: Type.String(),
    kind: Kind,
    severity: Severity,
    requiresAck: Type.Boolean(),
    ackDeadline: NullableDateTime,
    publishedAt: DateTime,
  }),
  rows: Type.Array(UnitCountsRow, { description: 'The unit itself first, then its direct children' }),
});

export const PendingQuery = Type.Object(
  {
    unitId: Type.String({ format: 'uuid' }),
    page: Page,
    pageSize: pageSize(500, 100),
  },
  { additionalProperties: false },
);
export type PendingQuery = Static<typeof PendingQuery>;

export const PendingItem = Type.Object({
  userId: Uuid,
  username: Type.String(),
  fullName: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  readAt: NullableDateTime,
});
export type PendingItem = Static<typeof PendingItem>;
export const PendingList = Type.Object({ items: Type.Array(PendingItem), total: Type.Integer() });

// ---------------------------------------------------------------- dashboard (awareness.report)

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const DashboardRow = Type.Object({
  unitId: Uuid,
  unitName: Type.String(),
  parentId: Nullable(Uuid),
  hasChildren: Type.Boolean(),
  learning: Nullable(
    Type.Object({
      assigned: Type.Integer(),
      completed: Type.Integer(),
      completionPercent: Nullable(Type.Number()),
      avgScore: Nullable(Type.Number()),
    }),
  ),
  drills: Nullable(
    Type.Object({
      sent: Type.Integer(),
      clicked: Type.Integer(),
      reported: Type.Integer(),
      phishPronePercent: Nullable(Type.Number()),
      reportRatePercent: Nullable(Type.Number()),
    }),
  ),
  bulletins: Type.Object({
    recipients: Type.Integer({ description: 'Receipts of published bulletins that ask for acknowledgement' }),
    acknowledged: Type.Integer(),
    ackRatePercent: Nullable(Type.Number()),
  }),
});
export type DashboardRow = Static<typeof DashboardRow>;

export const Dashboard = Type.Object({
  sources: Type.Object({
    learning: Type.Boolean({ description: 'Course figures are available' }),
    drills: Type.Boolean({ description: 'Drill figures are available' }),
  }),
  rows: Type.Array(DashboardRow),
});

// ---------------------------------------------------------------- public (no sign-in)

export const PublicListQuery = Type.Object(
  {
    page: Page,
    pageSize: pageSize(50, 10),
    kind: Type.Optional(Kind),
  },
  { additionalProperties: false },
);
export type PublicListQuery = Static<typeof PublicListQuery>;

export const PublicItem = Type.Object({
  id: Uuid,
  unitName: Type.String(),
  kind: Kind,
  severity: Severity,
  title: Type.String(),
  summary: Type.String(),
  bodyHtml: Type.String(),
  publishedAt: DateTime,
});
export type PublicItem = Static<typeof PublicItem>;
export const PublicList = Type.Object({ items: Type.Array(PublicItem), total: Type.Integer() });
