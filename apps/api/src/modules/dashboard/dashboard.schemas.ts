import { type Static, Type } from '@fastify/type-provider-typebox';

const Uuid = Type.String({ format: 'uuid' });
const Nullable = <T extends ReturnType<typeof Type.String | typeof Type.Number>>(t: T) =>
  Type.Union([t, Type.Null()]);

export const DashboardQuery = Type.Object(
  {
    periodId: Type.Optional(Uuid),
    unitId: Type.Optional({ ...Uuid, description: 'The drill-down node; the caller’s top unit by default' }),
  },
  { additionalProperties: false },
);
export type DashboardQuery = Static<typeof DashboardQuery>;

export const PeriodSummary = Type.Object({
  id: Uuid,
  name: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  opensAt: Type.String(),
  deadlineAt: Type.String(),
  onTimeGraceHours: Type.Integer(),
  treeAsOf: Type.String(),
  /** Deadline plus grace has passed (at the server's clock). */
  deadlinePassed: Type.Boolean(),
});
export type PeriodSummary = Static<typeof PeriodSummary>;

export const PeriodList = Type.Object({ items: Type.Array(PeriodSummary) });

/** The figures of one node of the tree (a school, a commune, the province). */
export const Figures = Type.Object({
  /** Units that must report. */
  expected: Type.Integer(),
  /** Currently submitted, approved or accepted. */
  submitted: Type.Integer(),
  /** First submission came by the deadline (plus grace). */
  onTime: Type.Integer(),
  /** Deadline passed and not currently submitted (never submitted, or returned and not resubmitted). */
  late: Type.Integer(),
  /** Not currently submitted, deadline or not. */
  outstanding: Type.Integer(),
  returned: Type.Integer(),
  /** Approved or accepted. */
  approved: Type.Integer(),
  /** Units with at least one snapshot (the base of completeness). */
  withData: Type.Integer(),
  requiredFilled: Type.Integer(),
  requiredTotal: Type.Integer(),
  /** requiredFilled / requiredTotal over the latest snapshots; null when no unit has one. */
  completeness: Nullable(Type.Number()),
  /** Data-quality issues open today (open, in progress, reopened) on the units, from the quality module. */
  openIssues: Type.Integer(),
  blockingIssues: Type.Integer(),
});
export type Figures = Static<typeof Figures>;

export const NodeRow = Type.Object({
  id: Uuid,
  name: Type.String(),
  typeCode: Type.String(),
  /** The node itself must report (a school), rather than only rolling others up. */
  reports: Type.Boolean(),
  /** There is something below it to drill into. */
  hasChildren: Type.Boolean(),
  figures: Figures,
});
export type NodeRow = Static<typeof NodeRow>;

export const Contact = Type.Object({
  name: Type.String(),
  duty: Type.String({ description: "'contact', 'responsible' or 'principal'" }),
  email: Nullable(Type.String()),
});

export const ChaseRow = Type.Object({
  unitId: Uuid,
  name: Type.String(),
  code: Type.String(),
  /** Name of the unit above it in the period's tree. */
  parentName: Nullable(Type.String()),
  state: Type.String(),
  late: Type.Boolean(),
  exceptionUntil: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  contacts: Type.Array(Contact),
});
export type ChaseRow = Static<typeof ChaseRow>;

export const Crumb = Type.Object({ id: Uuid, name: Type.String() });

export const DashboardView = Type.Object({
  period: PeriodSummary,
  node: NodeRow,
  breadcrumb: Type.Array(Crumb),
  children: Type.Array(NodeRow),
  chase: Type.Array(ChaseRow),
  /** All outstanding units below the node; `chase` holds at most CHASE_LIMIT of them. */
  chaseTotal: Type.Integer(),
  /** Where openIssues come from (the quality module's issue table). */
  issuesSource: Type.String(),
});
export type DashboardView = Static<typeof DashboardView>;

export const TableRow = Type.Object({
  dim1: Type.String(),
  dim2: Type.String(),
  label1: Type.String(),
  label2: Type.String(),
  value: Type.Integer(),
});
export type TableRow = Static<typeof TableRow>;

export const StandardTable = Type.Object({
  code: Type.String(),
  title: Type.String(),
  dim1Title: Type.String(),
  dim2Title: Nullable(Type.String()),
  rows: Type.Array(TableRow),
  total: Type.Integer(),
});
export type StandardTable = Static<typeof StandardTable>;

export const TablesView = Type.Object({
  period: PeriodSummary,
  node: Crumb,
  /** Approved (or accepted) units whose snapshots the tables sum, of `expected`. */
  approvedUnits: Type.Integer(),
  expected: Type.Integer(),
  tables: Type.Array(StandardTable),
});
export type TablesView = Static<typeof TablesView>;
