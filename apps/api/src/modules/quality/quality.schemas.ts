import { type Static, Type } from '@fastify/type-provider-typebox';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const RuleType = Type.Union(
  [
    Type.Literal('class_size'),
    Type.Literal('pupils_per_teacher'),
    Type.Literal('age_grade'),
    Type.Literal('duplicate_across_schools'),
    Type.Literal('status_consistency'),
    Type.Literal('period_change'),
  ],
  { description: 'One of the parameterised rule types (packages/core/src/quality/rules.ts)' },
);
const DataGroup = Type.Union([
  Type.Literal('school'),
  Type.Literal('classes'),
  Type.Literal('staff'),
  Type.Literal('students'),
]);
const Severity = Type.Union([Type.Literal('blocking'), Type.Literal('warning')]);
const IssueState = Type.Union([
  Type.Literal('open'),
  Type.Literal('in_progress'),
  Type.Literal('resolved'),
  Type.Literal('accepted_exception'),
  Type.Literal('reopened'),
]);
const Page = Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 }));
const PageSize = Type.Optional(Type.Integer({ minimum: 1, maximum: 200 }));

export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

// ── Rules ──

export const RuleView = Type.Object({
  id: Uuid,
  code: Type.String(),
  nameVi: Type.String(),
  nameEn: Type.String(),
  ruleType: RuleType,
  dataGroup: DataGroup,
  severity: Severity,
  params: Type.Record(Type.String(), Type.Unknown()),
  enabled: Type.Boolean(),
  dueDays: Type.Integer(),
  rootUnitId: Uuid,
  rootUnitName: Type.String(),
  openIssues: Type.Integer(),
  updatedAt: Type.String(),
});
export type RuleView = Static<typeof RuleView>;

const RuleCode = Type.String({
  minLength: 2,
  maxLength: 40,
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
  description: 'Stable code, e.g. SO_SISO_TH',
});
const RuleName = Type.String({ minLength: 1, maxLength: 200 });

export const CreateRuleBody = Type.Object(
  {
    code: RuleCode,
    nameVi: RuleName,
    nameEn: RuleName,
    ruleType: RuleType,
    dataGroup: Type.Optional(DataGroup),
    severity: Severity,
    params: Type.Unknown({ description: 'Parameters of the rule type; checked per type' }),
    enabled: Type.Optional(Type.Boolean()),
    dueDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
    rootUnitId: Uuid,
  },
  { additionalProperties: false },
);
export type CreateRuleBody = Static<typeof CreateRuleBody>;

export const UpdateRuleBody = Type.Object(
  {
    nameVi: Type.Optional(RuleName),
    nameEn: Type.Optional(RuleName),
    ruleType: Type.Optional(RuleType),
    dataGroup: Type.Optional(DataGroup),
    severity: Type.Optional(Severity),
    params: Type.Optional(Type.Unknown()),
    enabled: Type.Optional(Type.Boolean()),
    dueDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  { additionalProperties: false },
);
export type UpdateRuleBody = Static<typeof UpdateRuleBody>;

export const BuiltinRuleView = Type.Object({
  code: Type.String(),
  severity: Severity,
  scope: Type.String(),
  entity: Type.String(),
  message: Type.String(),
});

export const Catalogue = Type.Object({
  builtin: Type.Array(BuiltinRuleView),
  rules: Type.Array(RuleView),
});

// ── Runs ──

export const StartRunBody = Type.Object({ unitId: Uuid }, { additionalProperties: false });
export const RunView = Type.Object({
  id: Uuid,
  rootUnitId: Uuid,
  rootUnitName: Type.String(),
  status: Type.String(),
  trigger: Type.String(),
  summary: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});
export const RunList = Type.Object({ items: Type.Array(RunView) });

// ── Issues ──

export const ListIssuesQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    ruleId: Type.Optional(Uuid),
    severity: Type.Optional(Severity),
    state: Type.Optional(Type.Union([IssueState, Type.Literal('active')])),
    assignee: Type.Optional(
      Type.String({ description: "'me', 'none', or a user id", pattern: '^(me|none|[0-9a-fA-F-]{36})$' }),
    ),
    page: Page,
    pageSize: PageSize,
  },
  { additionalProperties: false },
);
export type ListIssuesQuery = Static<typeof ListIssuesQuery>;

export const IssueView = Type.Object({
  id: Uuid,
  ruleId: Uuid,
  ruleCode: Type.String(),
  ruleName: Type.String(),
  ruleType: RuleType,
  unitId: Uuid,
  unitName: Type.String(),
  unitCode: Type.String(),
  dataGroup: DataGroup,
  severity: Severity,
  entity: Type.String(),
  recordId: Nullable(Type.String()),
  recordLabel: Type.String(),
  message: Type.String(),
  state: IssueState,
  assigneeId: Nullable(Type.String()),
  assigneeName: Nullable(Type.String()),
  dueOn: Type.String(),
  overdue: Type.Boolean(),
  exceptionReason: Nullable(Type.String()),
  resolution: Nullable(Type.String()),
  revision: Type.Integer(),
  createdAt: Type.String(),
  lastSeenAt: Type.String(),
});
export type IssueView = Static<typeof IssueView>;
export const IssueList = Type.Object({ items: Type.Array(IssueView), total: Type.Integer() });

export const IssueEvent = Type.Object({
  id: Uuid,
  kind: Type.String(),
  fromState: Nullable(Type.String()),
  toState: Nullable(Type.String()),
  body: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  byRun: Type.Boolean(),
  at: Type.String(),
});
export const IssueDetail = Type.Object({
  issue: IssueView,
  events: Type.Array(IssueEvent),
  nextStates: Type.Array(IssueState),
});

export const TransitionBody = Type.Object(
  {
    to: IssueState,
    reason: Type.Optional(Type.String({ maxLength: 2000 })),
    revision: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type TransitionBody = Static<typeof TransitionBody>;

export const CommentBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);

// ── Scores ──

export const ScoresQuery = Type.Object({ unitId: Type.Optional(Uuid) }, { additionalProperties: false });
export const UnitScore = Type.Object({
  unitId: Uuid,
  unitName: Type.String(),
  unitCode: Type.String(),
  typeCode: Type.String(),
  score: Type.Number(),
  records: Type.Integer(),
  openBlocking: Type.Integer(),
  openWarning: Type.Integer(),
});
export const ScoreList = Type.Object({
  unit: Type.Union([UnitScore, Type.Null()]),
  children: Type.Array(UnitScore),
});

// ── Responsibilities ──

export const ResponsibilityView = Type.Object({
  id: Uuid,
  unitId: Uuid,
  unitName: Type.String(),
  unitCode: Type.String(),
  dataGroup: Type.Union([DataGroup, Type.Literal('all')]),
  duty: Type.Union([Type.Literal('responsible'), Type.Literal('reviewer'), Type.Literal('contact')]),
  userId: Uuid,
  username: Type.String(),
  fullName: Type.String(),
  note: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type ResponsibilityView = Static<typeof ResponsibilityView>;
export const ResponsibilityList = Type.Object({
  items: Type.Array(ResponsibilityView),
  total: Type.Integer(),
});

export const ListResponsibilitiesQuery = Type.Object(
  { unitId: Type.Optional(Uuid), page: Page, pageSize: PageSize },
  { additionalProperties: false },
);
export const CreateResponsibilityBody = Type.Object(
  {
    unitId: Uuid,
    userId: Uuid,
    dataGroup: Type.Union([DataGroup, Type.Literal('all')]),
    duty: Type.Union([Type.Literal('responsible'), Type.Literal('reviewer'), Type.Literal('contact')]),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type CreateResponsibilityBody = Static<typeof CreateResponsibilityBody>;
