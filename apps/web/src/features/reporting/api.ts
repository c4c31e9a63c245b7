import type { SubmissionAction, SubmissionState } from '@edushield/core/reporting/index';
import { api } from '../../api/client';

/** The reporting API (apps/api/src/modules/reporting), typed for the web app. */

export type PeriodKind = 'start_of_year' | 'mid_year' | 'end_of_year' | 'ad_hoc';
export type PeriodStatus = 'draft' | 'open' | 'closed';
export type { SubmissionAction, SubmissionState };

export interface PeriodCounts {
  expected: number;
  notSubmitted: number;
  submitted: number;
  returned: number;
  approved: number;
  accepted: number;
  onTime: number;
  late: number;
}

export interface Period {
  id: string;
  schoolYearId: string | null;
  schoolYearCode: string | null;
  kind: PeriodKind;
  name: string;
  description: string | null;
  rootUnitId: string;
  rootUnitName: string;
  treeAsOf: string;
  requiredUnitTypes: string[];
  requiredLevelCodes: string[];
  opensAt: string;
  deadlineAt: string;
  onTimeUntil: string;
  onTimeGraceHours: number;
  lockAfterDeadline: boolean;
  remindDaysBefore: number[];
  remindDaysAfter: number[];
  escalateAfterDays: number;
  status: PeriodStatus;
  createdAt: string;
  counts: PeriodCounts;
}

export interface NewPeriod {
  rootUnitId: string;
  schoolYearId: string | null;
  kind: PeriodKind;
  name: string;
  description?: string | null;
  treeAsOf?: string;
  requiredUnitTypes: string[];
  requiredLevelCodes: string[];
  opensAt: string;
  deadlineAt: string;
  onTimeGraceHours: number;
  lockAfterDeadline: boolean;
  remindDaysBefore: number[];
  remindDaysAfter: number[];
  escalateAfterDays: number;
}

export interface SubmissionItem {
  id: string;
  periodId: string;
  periodName: string;
  periodStatus: PeriodStatus;
  deadlineAt: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  state: SubmissionState;
  version: number;
  revision: number;
  lastSubmittedAt: string | null;
  onTime: boolean | null;
  exceptionUntil: string | null;
  reviewers: string | null;
  assignedToMe: boolean;
}

export interface Summary {
  pupils: number;
  classes: number;
  staff: number;
  requiredFilled: number;
  requiredTotal: number;
  blockingIssues: number;
  warnings: number;
}

export type RecordEntity = 'school' | 'class' | 'staff' | 'student';

export interface SubmissionDetail {
  id: string;
  periodId: string;
  periodName: string;
  periodStatus: PeriodStatus;
  opensAt: string;
  deadlineAt: string;
  onTimeUntil: string;
  lockAfterDeadline: boolean;
  unitId: string;
  unitName: string;
  unitCode: string;
  state: SubmissionState;
  version: number;
  revision: number;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  onTime: boolean | null;
  approvedAt: string | null;
  acceptedAt: string | null;
  exceptionUntil: string | null;
  exceptionReason: string | null;
  locked: boolean;
  actions: SubmissionAction[];
  versions: { version: number; createdAt: string; createdByName: string | null; summary: Summary }[];
  events: {
    id: string;
    version: number;
    action: string;
    fromState: string;
    toState: string;
    actorName: string | null;
    comment: string | null;
    at: string;
  }[];
  comments: {
    id: string;
    version: number;
    entity: RecordEntity;
    recordId: string | null;
    recordLabel: string | null;
    field: string | null;
    body: string;
    authorName: string | null;
    createdAt: string;
  }[];
}

export interface Problem {
  entity: RecordEntity;
  recordId: string | null;
  recordLabel: string | null;
  field: string;
  ruleCode: string;
  message: string;
}

export interface Readiness {
  pupils: number;
  classes: number;
  staff: number;
  requiredFilled: number;
  requiredTotal: number;
  missing: { entity: RecordEntity; field: string; count: number }[];
  blockingTotal: number;
  warningsTotal: number;
  blocking: Problem[];
  warnings: Problem[];
}

export type SnapshotRow = Record<string, string | number | boolean | null>;
export interface EntityDiff {
  added: { id: string; label: string }[];
  removed: { id: string; label: string }[];
  changed: { id: string; label: string; fields: string[] }[];
}

export interface VersionView {
  version: number;
  createdAt: string;
  summary: Summary;
  masked: boolean;
  records: {
    school: SnapshotRow | null;
    classes: SnapshotRow[];
    staff: SnapshotRow[];
    students: SnapshotRow[];
  };
  diff: { school: EntityDiff; classes: EntityDiff; staff: EntityDiff; students: EntityDiff } | null;
}

export interface RecordComment {
  entity: RecordEntity;
  recordId: string | null;
  field: string | null;
  body: string;
}

const enc = encodeURIComponent;

export const reportingApi = {
  periods: (signal?: AbortSignal) =>
    api<{ items: Period[]; total: number }>('/api/reporting/periods', { signal }),
  period: (id: string, signal?: AbortSignal) => api<Period>(`/api/reporting/periods/${enc(id)}`, { signal }),
  createPeriod: (body: NewPeriod) => api<Period>('/api/reporting/periods', { method: 'POST', body }),
  updatePeriod: (id: string, body: Partial<NewPeriod>) =>
    api<Period>(`/api/reporting/periods/${enc(id)}`, { method: 'PATCH', body }),
  openPeriod: (id: string) => api<Period>(`/api/reporting/periods/${enc(id)}/open`, { method: 'POST' }),
  closePeriod: (id: string) => api<Period>(`/api/reporting/periods/${enc(id)}/close`, { method: 'POST' }),
  grantException: (id: string, body: { unitId: string; until: string; reason: string }) =>
    api<Period>(`/api/reporting/periods/${enc(id)}/exceptions`, { method: 'POST', body }),
  submissions: (
    query: { periodId?: string; unitId?: string; state?: string; page?: number; pageSize?: number },
    signal?: AbortSignal,
  ) => api<{ items: SubmissionItem[]; total: number }>('/api/reporting/submissions', { query, signal }),
  worklist: (query: { periodId?: string; state?: string; page?: number }, signal?: AbortSignal) =>
    api<{ items: SubmissionItem[]; total: number }>('/api/reporting/worklist', { query, signal }),
  submission: (id: string, signal?: AbortSignal) =>
    api<SubmissionDetail>(`/api/reporting/submissions/${enc(id)}`, { signal }),
  readiness: (id: string, signal?: AbortSignal) =>
    api<Readiness>(`/api/reporting/submissions/${enc(id)}/readiness`, { signal }),
  version: (id: string, version: number, signal?: AbortSignal) =>
    api<VersionView>(`/api/reporting/submissions/${enc(id)}/versions/${version}`, { signal }),
  act: (
    id: string,
    action: Exclude<SubmissionAction, 'return'>,
    body: { revision: number; comment?: string },
  ) => api<SubmissionDetail>(`/api/reporting/submissions/${enc(id)}/${action}`, { method: 'POST', body }),
  returnSubmission: (id: string, body: { revision: number; comment: string; comments: RecordComment[] }) =>
    api<SubmissionDetail>(`/api/reporting/submissions/${enc(id)}/return`, { method: 'POST', body }),
};
