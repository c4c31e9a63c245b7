import type { QualityDataGroup, QualityRuleType } from '@edushield/core/quality/rules';
import { api } from '../../api/client';

export type IssueState = 'open' | 'in_progress' | 'resolved' | 'accepted_exception' | 'reopened';
export type Severity = 'blocking' | 'warning';
export type Duty = 'responsible' | 'reviewer' | 'contact';
export type ResponsibilityGroup = QualityDataGroup | 'all';

export interface QualityRule {
  id: string;
  code: string;
  nameVi: string;
  nameEn: string;
  ruleType: QualityRuleType;
  dataGroup: QualityDataGroup;
  severity: Severity;
  params: Record<string, unknown>;
  enabled: boolean;
  dueDays: number;
  rootUnitId: string;
  rootUnitName: string;
  openIssues: number;
  updatedAt: string;
}

export interface BuiltinRule {
  code: string;
  severity: Severity;
  scope: string;
  entity: string;
  message: string;
}

export interface QualityIssue {
  id: string;
  ruleId: string;
  ruleCode: string;
  ruleName: string;
  ruleType: QualityRuleType;
  unitId: string;
  unitName: string;
  unitCode: string;
  dataGroup: QualityDataGroup;
  severity: Severity;
  entity: 'school' | 'class' | 'staff' | 'student';
  recordId: string | null;
  recordLabel: string;
  message: string;
  state: IssueState;
  assigneeId: string | null;
  assigneeName: string | null;
  dueOn: string;
  overdue: boolean;
  exceptionReason: string | null;
  resolution: string | null;
  revision: number;
  createdAt: string;
  lastSeenAt: string;
}

export interface IssueEvent {
  id: string;
  kind: 'created' | 'state' | 'comment' | 'assigned';
  fromState: IssueState | null;
  toState: IssueState | null;
  body: string | null;
  actorName: string | null;
  byRun: boolean;
  at: string;
}

export interface IssueDetail {
  issue: QualityIssue;
  events: IssueEvent[];
  nextStates: IssueState[];
}

export interface QualityRun {
  id: string;
  rootUnitId: string;
  rootUnitName: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  trigger: string;
  summary: { found?: number; created?: number; resolved?: number; reopened?: number } | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface UnitScore {
  unitId: string;
  unitName: string;
  unitCode: string;
  typeCode: string;
  score: number;
  records: number;
  openBlocking: number;
  openWarning: number;
}

export interface Responsibility {
  id: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  dataGroup: ResponsibilityGroup;
  duty: Duty;
  userId: string;
  username: string;
  fullName: string;
  note: string | null;
  createdAt: string;
}

export interface IssueFilters {
  unitId?: string;
  ruleId?: string;
  severity?: Severity | '';
  state?: IssueState | 'active' | '';
  assignee?: string;
  page: number;
  pageSize: number;
}

export interface RuleInput {
  code?: string;
  nameVi: string;
  nameEn: string;
  ruleType?: QualityRuleType;
  dataGroup: QualityDataGroup;
  severity: Severity;
  params: unknown;
  enabled: boolean;
  dueDays: number;
  rootUnitId?: string;
}

const id = (value: string) => encodeURIComponent(value);

export const qualityApi = {
  catalogue: (signal?: AbortSignal) =>
    api<{ builtin: BuiltinRule[]; rules: QualityRule[] }>('/api/quality/catalogue', { signal }),
  createRule: (body: RuleInput) => api<QualityRule>('/api/quality/rules', { method: 'POST', body }),
  updateRule: (ruleId: string, body: Partial<RuleInput>) =>
    api<QualityRule>(`/api/quality/rules/${id(ruleId)}`, { method: 'PATCH', body }),
  runs: (signal?: AbortSignal) => api<{ items: QualityRun[] }>('/api/quality/runs', { signal }),
  startRun: (unitId: string) => api<QualityRun>('/api/quality/runs', { method: 'POST', body: { unitId } }),
  issues: (filters: IssueFilters, signal?: AbortSignal) =>
    api<{ items: QualityIssue[]; total: number }>('/api/quality/issues', {
      signal,
      query: {
        unitId: filters.unitId || undefined,
        ruleId: filters.ruleId || undefined,
        severity: filters.severity || undefined,
        state: filters.state || undefined,
        assignee: filters.assignee || undefined,
        page: filters.page,
        pageSize: filters.pageSize,
      },
    }),
  issue: (issueId: string, signal?: AbortSignal) =>
    api<IssueDetail>(`/api/quality/issues/${id(issueId)}`, { signal }),
  transition: (issueId: string, body: { to: IssueState; reason?: string; revision: number }) =>
    api<IssueDetail>(`/api/quality/issues/${id(issueId)}/transition`, { method: 'POST', body }),
  comment: (issueId: string, body: string) =>
    api<IssueDetail>(`/api/quality/issues/${id(issueId)}/comments`, { method: 'POST', body: { body } }),
  scores: (unitId: string | undefined, signal?: AbortSignal) =>
    api<{ unit: UnitScore | null; children: UnitScore[] }>('/api/quality/scores', {
      signal,
      query: { unitId: unitId || undefined },
    }),
  responsibilities: (unitId: string | undefined, page: number, signal?: AbortSignal) =>
    api<{ items: Responsibility[]; total: number }>('/api/responsibilities', {
      signal,
      query: { unitId: unitId || undefined, page, pageSize: 50 },
    }),
  /** Department/commune data managers use the main route; principals the local one (no reviewers). */
  assign: (
    local: boolean,
    body: { unitId: string; userId: string; dataGroup: ResponsibilityGroup; duty: Duty; note?: string },
  ) =>
    api<Responsibility>(local ? '/api/responsibilities/local' : '/api/responsibilities', {
      method: 'POST',
      body,
    }),
  unassign: (local: boolean, responsibilityId: string) =>
    api<unknown>(
      `${local ? '/api/responsibilities/local' : '/api/responsibilities'}/${id(responsibilityId)}`,
      { method: 'DELETE' },
    ),
};

/** Where the record of an issue lives in the sector screens. */
export function recordLink(issue: Pick<QualityIssue, 'entity' | 'recordId' | 'unitId'>): string | null {
  if (issue.entity === 'student' && issue.recordId) return `/sector/students/${id(issue.recordId)}`;
  if (issue.entity === 'class') return `/sector/classes?school=${id(issue.unitId)}`;
  if (issue.entity === 'staff') return `/sector/staff?school=${id(issue.unitId)}`;
  if (issue.entity === 'school') return `/sector/classes?school=${id(issue.unitId)}`;
  return null;
}
