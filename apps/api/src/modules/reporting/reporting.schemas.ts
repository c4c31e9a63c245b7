import { type Static, type TSchema, Type } from '@fastify/type-provider-typebox';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const DateTime = Type.String({
  format: 'date-time',
  description: 'ISO 8601 moment, e.g. 2026-10-15T17:00:00+07:00',
});
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Days = Type.Array(Type.Integer({ minimum: 0, maximum: 365 }), { maxItems: 10 });
const Code = Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_]+$' });

export const PeriodKind = Type.Union([
  Type.Literal('start_of_year'),
  Type.Literal('mid_year'),
  Type.Literal('end_of_year'),
  Type.Literal('ad_hoc'),
]);
export const PeriodStatus = Type.Union([Type.Literal('draft'), Type.Literal('open'), Type.Literal('closed')]);
export const SubmissionState = Type.Union([
  Type.Literal('not_submitted'),
  Type.Literal('submitted'),
  Type.Literal('returned'),
  Type.Literal('approved'),
  Type.Literal('accepted'),
]);
const Action = Type.Union([
  Type.Literal('submit'),
  Type.Literal('return'),
  Type.Literal('approve'),
  Type.Literal('accept'),
  Type.Literal('reopen'),
]);

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const VersionParams = Type.Object(
  { id: Uuid, version: Type.Integer({ minimum: 1, maximum: 100_000 }) },
  { additionalProperties: false },
);

const PeriodFields = {
  schoolYearId: Type.Optional(Nullable(Uuid)),
  kind: PeriodKind,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  treeAsOf: Type.Optional(IsoDate),
  requiredUnitTypes: Type.Optional(Type.Array(Code, { maxItems: 20 })),
  requiredLevelCodes: Type.Optional(Type.Array(Code, { maxItems: 20 })),
  opensAt: DateTime,
  deadlineAt: DateTime,
  onTimeGraceHours: Type.Optional(Type.Integer({ minimum: 0, maximum: 24 * 60 })),
  lockAfterDeadline: Type.Optional(Type.Boolean()),
  remindDaysBefore: Type.Optional(Days),
  remindDaysAfter: Type.Optional(Days),
  escalateAfterDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
};

export const CreatePeriodBody = Type.Object(
  { rootUnitId: Uuid, ...PeriodFields },
  { additionalProperties: false },
);
export type CreatePeriodBody = Static<typeof CreatePeriodBody>;

export const UpdatePeriodBody = Type.Partial(Type.Object(PeriodFields), { additionalProperties: false });
export type UpdatePeriodBody = Static<typeof UpdatePeriodBody>;

export const Counts = Type.Object({
  expected: Type.Integer(),
  notSubmitted: Type.Integer(),
  submitted: Type.Integer(),
  returned: Type.Integer(),
  approved: Type.Integer(),
  accepted: Type.Integer(),
  onTime: Type.Integer(),
  late: Type.Integer(),
});

export const PeriodView = Type.Object({
  id: Uuid,
  schoolYearId: Nullable(Type.String()),
  schoolYearCode: Nullable(Type.String()),
  kind: PeriodKind,
  name: Type.String(),
  description: Nullable(Type.String()),
  rootUnitId: Uuid,
  rootUnitName: Type.String(),
  treeAsOf: Type.String(),
  requiredUnitTypes: Type.Array(Type.String()),
  requiredLevelCodes: Type.Array(Type.String()),
  opensAt: Type.String(),
  deadlineAt: Type.String(),
  onTimeUntil: Type.String(),
  onTimeGraceHours: Type.Integer(),
  lockAfterDeadline: Type.Boolean(),
  remindDaysBefore: Type.Array(Type.Integer()),
  remindDaysAfter: Type.Array(Type.Integer()),
  escalateAfterDays: Type.Integer(),
  status: PeriodStatus,
  createdAt: Type.String(),
  /** Submissions of units in the caller's scope. */
  counts: Counts,
});
export type PeriodView = Static<typeof PeriodView>;

export const PeriodList = Type.Object({ items: Type.Array(PeriodView), total: Type.Integer() });
export const ListPeriodsQuery = Type.Object(
  { status: Type.Optional(PeriodStatus) },
  { additionalProperties: false },
);

export const ExceptionBody = Type.Object(
  {
    unitId: Uuid,
    until: DateTime,
    reason: Type.String({ minLength: 3, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
export type ExceptionBody = Static<typeof ExceptionBody>;

export const SubmissionSummaryView = Type.Object({
  id: Uuid,
  periodId: Uuid,
  periodName: Type.String(),
  periodStatus: PeriodStatus,
  deadlineAt: Type.String(),
  unitId: Uuid,
  unitName: Type.String(),
  unitCode: Type.String(),
  state: SubmissionState,
  version: Type.Integer(),
  revision: Type.Integer(),
  lastSubmittedAt: Nullable(Type.String()),
  onTime: Nullable(Type.Boolean()),
  exceptionUntil: Nullable(Type.String()),
  /** Named reviewers (responsibilities, duty 'reviewer'); empty: any reviewer in scope. */
  reviewers: Nullable(Type.String()),
  assignedToMe: Type.Boolean(),
});
export type SubmissionSummaryView = Static<typeof SubmissionSummaryView>;

export const SubmissionList = Type.Object({
  items: Type.Array(SubmissionSummaryView),
  total: Type.Integer(),
});

const Page = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
};

export const ListSubmissionsQuery = Type.Object(
  {
    periodId: Type.Optional(Uuid),
    unitId: Type.Optional(Uuid),
    state: Type.Optional(SubmissionState),
    ...Page,
  },
  { additionalProperties: false },
);
export type ListSubmissionsQuery = Static<typeof ListSubmissionsQuery>;

export const WorklistQuery = Type.Object(
  {
    periodId: Type.Optional(Uuid),
    state: Type.Optional(Type.Union([Type.Literal('submitted'), Type.Literal('approved')])),
    ...Page,
  },
  { additionalProperties: false },
);
export type WorklistQuery = Static<typeof WorklistQuery>;

const Entity = Type.Union([
  Type.Literal('school'),
  Type.Literal('class'),
  Type.Literal('staff'),
  Type.Literal('student'),
]);

export const SummaryView = Type.Object({
  pupils: Type.Integer(),
  classes: Type.Integer(),
  staff: Type.Integer(),
  requiredFilled: Type.Integer(),
  requiredTotal: Type.Integer(),
  blockingIssues: Type.Integer(),
  warnings: Type.Integer(),
});

export const SubmissionView = Type.Object({
  id: Uuid,
  periodId: Uuid,
  periodName: Type.String(),
  periodStatus: PeriodStatus,
  opensAt: Type.String(),
  deadlineAt: Type.String(),
  onTimeUntil: Type.String(),
  lockAfterDeadline: Type.Boolean(),
  unitId: Uuid,
  unitName: Type.String(),
  unitCode: Type.String(),
  state: SubmissionState,
  version: Type.Integer(),
  revision: Type.Integer(),
  firstSubmittedAt: Nullable(Type.String()),
  lastSubmittedAt: Nullable(Type.String()),
  onTime: Nullable(Type.Boolean()),
  approvedAt: Nullable(Type.String()),
  acceptedAt: Nullable(Type.String()),
  exceptionUntil: Nullable(Type.String()),
  exceptionReason: Nullable(Type.String()),
  /** Whether the unit's sector data is frozen now. */
  locked: Type.Boolean(),
  /** What the caller may do now (the server re-checks on each action). */
  actions: Type.Array(Action),
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      createdAt: Type.String(),
      createdByName: Nullable(Type.String()),
      summary: SummaryView,
    }),
  ),
  events: Type.Array(
    Type.Object({
      id: Uuid,
      version: Type.Integer(),
      action: Type.String(),
      fromState: Type.String(),
      toState: Type.String(),
      actorName: Nullable(Type.String()),
      comment: Nullable(Type.String()),
      at: Type.String(),
    }),
  ),
  comments: Type.Array(
    Type.Object({
      id: Uuid,
      version: Type.Integer(),
      entity: Entity,
      recordId: Nullable(Type.String()),
      /** The record's code in the snapshot (student, staff or class code). */
      recordLabel: Nullable(Type.String()),
      field: Nullable(Type.String()),
      body: Type.String(),
      authorName: Nullable(Type.String()),
      createdAt: Type.String(),
    }),
  ),
});
export type SubmissionView = Static<typeof SubmissionView>;

const Problem = Type.Object({
  entity: Entity,
  recordId: Nullable(Type.String()),
  recordLabel: Nullable(Type.String()),
  field: Type.String(),
  ruleCode: Type.String(),
  message: Type.String(),
});

export const ReadinessView = Type.Object({
  pupils: Type.Integer(),
  classes: Type.Integer(),
  staff: Type.Integer(),
  requiredFilled: Type.Integer(),
  requiredTotal: Type.Integer(),
  missing: Type.Array(Type.Object({ entity: Entity, field: Type.String(), count: Type.Integer() })),
  blockingTotal: Type.Integer(),
  warningsTotal: Type.Integer(),
  /** The first blocking problems (up to 200). */
  blocking: Type.Array(Problem),
  /** The first warnings (up to 50). */
  warnings: Type.Array(Problem),
});
export type ReadinessView = Static<typeof ReadinessView>;

export const TransitionBody = Type.Object(
  {
    /** The revision the caller saw; another transition since then makes this one a conflict. */
    revision: Type.Integer({ minimum: 0 }),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type TransitionBody = Static<typeof TransitionBody>;

export const ReturnBody = Type.Object(
  {
    revision: Type.Integer({ minimum: 0 }),
    comment: Type.String({ minLength: 1, maxLength: 2000 }),
    comments: Type.Optional(
      Type.Array(
        Type.Object(
          {
            entity: Entity,
            recordId: Type.Optional(Nullable(Uuid)),
            field: Type.Optional(Nullable(Type.String({ maxLength: 60 }))),
            body: Type.String({ minLength: 1, maxLength: 2000 }),
          },
          { additionalProperties: false },
        ),
        { maxItems: 200 },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ReturnBody = Static<typeof ReturnBody>;

const SnapshotRow = Type.Record(
  Type.String(),
  Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]),
);
const EntityDiff = Type.Object({
  added: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })),
  removed: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })),
  changed: Type.Array(
    Type.Object({ id: Type.String(), label: Type.String(), fields: Type.Array(Type.String()) }),
  ),
});

export const VersionView = Type.Object({
  version: Type.Integer(),
  createdAt: Type.String(),
  summary: SummaryView,
  /** Personal fields opened only for callers with sector.read_personal over the unit (audited), else masked. */
  masked: Type.Boolean(),
  records: Type.Object({
    school: Nullable(SnapshotRow),
    classes: Type.Array(SnapshotRow),
    staff: Type.Array(SnapshotRow),
    students: Type.Array(SnapshotRow),
  }),
  diff: Nullable(
    Type.Object({ school: EntityDiff, classes: EntityDiff, staff: EntityDiff, students: EntityDiff }),
  ),
});
export type VersionView = Static<typeof VersionView>;
