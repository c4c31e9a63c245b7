import { type Static, Type } from '@fastify/type-provider-typebox';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Timestamp = Type.String({ format: 'date-time' });
const Count = Type.Integer({ minimum: 0 });

export const DrillIdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 100 }) });

const Name = Type.String({ minLength: 1, maxLength: 200, description: 'Tên đợt diễn tập' });
const TemplateCode = Type.String({ minLength: 1, maxLength: 60 });
const RoleCodes = Type.Array(Type.String({ minLength: 1, maxLength: 40 }), {
  maxItems: 20,
  uniqueItems: true,
  description: 'Roles targeted (never student); empty = every staff role',
});
const Landing = Type.Union([Type.Literal('explain'), Type.Literal('form')], {
  description:
    "'explain': the click shows the explanation; 'form': a fake form first (typed values never sent)",
});

export const CreateDrillBody = Type.Object(
  {
    unitId: Uuid,
    name: Name,
    templateCode: TemplateCode,
    roleCodes: RoleCodes,
    landing: Type.Optional(Landing),
  },
  { additionalProperties: false },
);
export type CreateDrillBody = Static<typeof CreateDrillBody>;

export const UpdateDrillBody = Type.Object(
  {
    name: Type.Optional(Name),
    templateCode: Type.Optional(TemplateCode),
    roleCodes: Type.Optional(RoleCodes),
    landing: Type.Optional(Landing),
  },
  { additionalProperties: false },
);
export type UpdateDrillBody = Static<typeof UpdateDrillBody>;

export const LaunchDrillBody = Type.Object(
  { at: Type.Optional(Timestamp) },
  { additionalProperties: false, description: 'When to start sending; now when left out' },
);

export const ListDrillsQuery = Type.Object({ unitId: Type.Optional(Uuid) }, { additionalProperties: false });
export const ResultsQuery = Type.Object({ unitId: Uuid }, { additionalProperties: false });
export const TimelineQuery = Type.Object(
  { recipientId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const Stats = Type.Object({
  recipients: Count,
  sent: Count,
  failed: Count,
  opened: Count,
  clicked: Count,
  submitted: Count,
  reported: Count,
  /** Recipients with at least one hit flagged as a mail scanner. */
  scannerFlagged: Count,
  /** Hits flagged as scanner traffic (all types). */
  scannerHits: Count,
});
export type Stats = Static<typeof Stats>;

export const DrillSummary = Type.Object({
  id: Uuid,
  unitId: Uuid,
  unitName: Type.String(),
  name: Type.String(),
  templateCode: Type.String(),
  roleCodes: Type.Array(Type.String()),
  landing: Landing,
  status: Type.String(),
  scheduledAt: Nullable(Type.String()),
  launchedAt: Nullable(Type.String()),
  completedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  stats: Stats,
});
export type DrillSummary = Static<typeof DrillSummary>;

export const DrillDetail = Type.Object({
  ...DrillSummary.properties,
  /** For a draft: how many people the drill would reach now. */
  eligible: Count,
  subject: Type.String(),
  senderName: Type.String(),
  byUnit: Type.Array(Type.Object({ unitId: Uuid, unitName: Type.String(), ...Stats.properties })),
});

export const DrillList = Type.Object({ items: Type.Array(DrillSummary) });

export const TemplateView = Type.Object({
  code: Type.String(),
  title: Type.String(),
  senderName: Type.String(),
  subject: Type.String(),
  previewHtml: Type.String(),
  previewText: Type.String(),
});
export const TemplateList = Type.Object({ items: Type.Array(TemplateView) });

const EventTimes = Type.Object({
  opened: Nullable(Type.String()),
  clicked: Nullable(Type.String()),
  submitted: Nullable(Type.String()),
  reported: Nullable(Type.String()),
});
export const RecipientView = Type.Object({
  id: Uuid,
  userId: Uuid,
  fullName: Type.String(),
  unitName: Type.String(),
  email: Type.String(),
  sentAt: Nullable(Type.String()),
  sendError: Nullable(Type.String()),
  first: EventTimes,
  scannerHits: Count,
  remedial: Type.Boolean(),
});
export const RecipientList = Type.Object({ items: Type.Array(RecipientView) });

export const EventView = Type.Object({
  id: Type.Integer(),
  recipientId: Uuid,
  fullName: Type.String(),
  type: Type.Union([
    Type.Literal('sent'),
    Type.Literal('opened'),
    Type.Literal('clicked'),
    Type.Literal('submitted'),
    Type.Literal('reported'),
  ]),
  at: Type.String(),
  scanner: Type.Boolean(),
  scannerReason: Nullable(Type.String()),
  via: Nullable(Type.String()),
});
export const Timeline = Type.Object({ items: Type.Array(EventView), truncated: Type.Boolean() });

export const RollupRow = Type.Object({
  unitId: Uuid,
  parentId: Nullable(Type.String()),
  unitName: Type.String(),
  hasChildren: Type.Boolean(),
  recipients: Count,
  sent: Count,
  opened: Count,
  clicked: Count,
  submitted: Count,
  reported: Count,
  scannerFlagged: Count,
});
export const Results = Type.Object({ items: Type.Array(RollupRow) });

export const ReportBody = Type.Object(
  {
    subject: Type.String({ minLength: 3, maxLength: 300 }),
    sender: Type.Optional(Type.String({ maxLength: 300 })),
  },
  { additionalProperties: false },
);
export const ReportResult = Type.Object({ drill: Type.Boolean() });
export const ReportList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Uuid,
      fullName: Type.String(),
      unitName: Type.String(),
      subject: Type.String(),
      sender: Nullable(Type.String()),
      drill: Type.Boolean(),
      createdAt: Type.String(),
    }),
  ),
});

/** The landing's only input: the token. Anything else (typed values) is refused, never read. */
export const SubmitBody = Type.Object(
  { token: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
