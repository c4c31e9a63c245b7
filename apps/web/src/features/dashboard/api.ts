import { api, apiBlob, type DownloadedFile } from '../../api/client';

/** The dashboard API (apps/api/src/modules/dashboard), typed as its response schemas. */

export interface PeriodSummary {
  id: string;
  name: string;
  kind: string;
  status: string;
  opensAt: string;
  deadlineAt: string;
  onTimeGraceHours: number;
  treeAsOf: string;
  deadlinePassed: boolean;
}

export interface Figures {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  outstanding: number;
  returned: number;
  approved: number;
  withData: number;
  requiredFilled: number;
  requiredTotal: number;
  completeness: number | null;
  openIssues: number;
  blockingIssues: number;
}

export interface NodeRow {
  id: string;
  name: string;
  typeCode: string;
  reports: boolean;
  hasChildren: boolean;
  figures: Figures;
}

export interface ChaseRow {
  unitId: string;
  name: string;
  code: string;
  parentName: string | null;
  state: string;
  late: boolean;
  exceptionUntil: string | null;
  phone: string | null;
  email: string | null;
  contacts: { name: string; duty: string; email: string | null }[];
}

export interface DashboardView {
  period: PeriodSummary;
  node: NodeRow;
  breadcrumb: { id: string; name: string }[];
  children: NodeRow[];
  chase: ChaseRow[];
  chaseTotal: number;
  issuesSource: string;
}

export interface StandardTable {
  code: string;
  title: string;
  dim1Title: string;
  dim2Title: string | null;
  rows: { dim1: string; dim2: string; label1: string; label2: string; value: number }[];
  total: number;
}

export interface TablesView {
  period: PeriodSummary;
  node: { id: string; name: string };
  approvedUnits: number;
  expected: number;
  tables: StandardTable[];
}

export interface DashboardQuery {
  periodId: string;
  unitId?: string | undefined;
}

export const dashboardApi = {
  periods: (signal?: AbortSignal) => api<{ items: PeriodSummary[] }>('/api/dashboard/periods', { signal }),
  view: (query: DashboardQuery, signal?: AbortSignal) =>
    api<DashboardView>('/api/dashboard', { query: { ...query }, signal }),
  tables: (query: DashboardQuery, signal?: AbortSignal) =>
    api<TablesView>('/api/dashboard/tables', { query: { ...query }, signal }),
  exportXlsx: (query: DashboardQuery): Promise<DownloadedFile> =>
    apiBlob('/api/dashboard/export.xlsx', { query: { ...query } }),
};
