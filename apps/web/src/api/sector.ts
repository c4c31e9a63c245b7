import { api, apiBlob, type DownloadedFile } from './client';
import type { Page } from './types';

/**
 * The education sector database (CSDL ngành): school years, school profiles,
 * classes, staff, pupils, exports and the student import. Shapes follow
 * apps/api/src/modules/sector/*.schemas.ts and import/import.view.ts.
 */

export interface SchoolYear {
  id: string;
  code: string;
  startsOn: string;
  endsOn: string;
  isCurrent: boolean;
}

export interface SchoolProfile {
  unitId: string;
  unitCode: string;
  unitName: string;
  schoolCode: string | null;
  levelCode: string | null;
  schoolTypeCode: string | null;
  provinceCode: string | null;
  communeCode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  principalName: string | null;
  foundedOn: string | null;
  updatedAt: string | null;
}

export interface SchoolProfileInput {
  schoolCode?: string | null;
  levelCode: string;
  schoolTypeCode: string;
  provinceCode: string;
  communeCode?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  principalName?: string | null;
  foundedOn?: string | null;
}

export interface ClassItem {
  id: string;
  unitId: string;
  schoolYearId: string;
  schoolYearCode: string;
  code: string;
  name: string;
  grade: number;
  siteUnitId: string | null;
  siteName: string | null;
  homeroomStaffId: string | null;
  homeroomName: string | null;
  twoSessions: boolean;
  combined: boolean;
  semiBoarding: boolean;
  pupilCount: number;
}

export interface ClassInput {
  name: string;
  grade: number;
  siteUnitId?: string | null;
  homeroomStaffId?: string | null;
  twoSessions?: boolean;
  combined?: boolean;
  semiBoarding?: boolean;
}

export interface NewClass extends ClassInput {
  unitId: string;
  schoolYearId: string;
  code?: string;
}

/** Fields the server withholds (null) from callers without sector.read_personal are named here. */
export interface Masking {
  masked: string[];
}

export interface StaffItem extends Masking {
  id: string;
  staffCode: string;
  unitId: string;
  unitName: string;
  fullName: string;
  birthDate: string | null;
  genderCode: string | null;
  ethnicityCode: string | null;
  religionCode: string | null;
  personalId: string | null;
  phone: string | null;
  address: string | null;
  email: string | null;
  positionCode: string | null;
  qualificationCode: string | null;
  contractTypeCode: string | null;
  subject: string | null;
  status: 'working' | 'left' | string;
  startedOn: string | null;
}

export interface StaffInput {
  fullName: string;
  birthDate: string;
  genderCode: string;
  ethnicityCode?: string | null;
  religionCode?: string | null;
  personalId?: string | null;
  phone?: string | null;
  address?: string | null;
  email?: string | null;
  positionCode: string;
  qualificationCode?: string | null;
  contractTypeCode?: string | null;
  subject?: string | null;
  startedOn?: string | null;
}

export interface NewStaff extends StaffInput {
  unitId: string;
  staffCode?: string;
}

export interface StaffEdit extends Partial<StaffInput> {
  status?: 'working' | 'left';
}

export interface StudentItem extends Masking {
  id: string;
  studentCode: string;
  unitId: string;
  unitName: string;
  classId: string | null;
  classCode: string | null;
  className: string | null;
  fullName: string;
  birthDate: string;
  genderCode: string;
  statusCode: string;
  statusDate: string;
  ethnicityCode: string | null;
  religionCode: string | null;
  disabilityCode: string | null;
  healthNote: string | null;
  personalId: string | null;
  phone: string | null;
  address: string | null;
  birthPlace: string | null;
}

export interface Guardian {
  id: string;
  relationshipCode: string;
  fullName: string;
  phone: string | null;
  personalId: string | null;
  occupation: string | null;
}

export interface StatusEvent extends Masking {
  id: string;
  statusCode: string;
  eventDate: string;
  unitId: string;
  unitName: string;
  otherUnitId: string | null;
  otherUnitName: string | null;
  otherSchoolName: string | null;
  reasonCode: string | null;
  note: string | null;
  recordedAt: string;
}

export interface StudentDetail extends StudentItem {
  guardians: Guardian[];
  history: StatusEvent[];
}

export interface GuardianInput {
  relationshipCode: string;
  fullName: string;
  phone?: string | null;
  personalId?: string | null;
  occupation?: string | null;
}

export interface StudentInput {
  classId?: string | null;
  fullName: string;
  birthDate: string;
  genderCode: string;
  ethnicityCode?: string | null;
  religionCode?: string | null;
  disabilityCode?: string | null;
  healthNote?: string | null;
  personalId?: string | null;
  phone?: string | null;
  address?: string | null;
  birthPlace?: string | null;
  guardians?: GuardianInput[];
}

export interface NewStudent extends StudentInput {
  unitId: string;
  statusCode?: '01' | '02';
  statusDate?: string;
}

export interface StudentListQuery {
  unitId?: string | undefined;
  classId?: string | undefined;
  schoolYearId?: string | undefined;
  q?: string | undefined;
  status?: string | undefined;
  /** given_name (the server's default): class-register order; full_name: as written. */
  sort?: 'given_name' | 'full_name' | undefined;
  page: number;
  pageSize: number;
}

export type ExportFormat = 'xlsx' | 'csv' | 'json';

export interface ExportQuery {
  unitId?: string | undefined;
  classId?: string | undefined;
  status?: string | undefined;
  format: ExportFormat;
}

// ------------------------------------------------------------------ import

export type BatchStatus =
  | 'queued'
  | 'analysing'
  | 'analysed'
  | 'committing'
  | 'committed'
  | 'failed'
  | 'cancelled';

export type CommitMode = 'all_or_nothing' | 'valid_only';

export interface BatchProgress {
  phase: string;
  done: number;
  total: number;
}

export interface ImportCounts {
  rows: number;
  valid: number;
  withWarnings: number;
  blocking: number;
}

export interface CommitCounts {
  mode: string;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export type FindingKind = 'change' | 'issue';
export type Severity = 'blocking' | 'warning';

export interface Finding {
  row: number;
  column: string | null;
  kind: FindingKind;
  ruleCode: string | null;
  severity: Severity | null;
  before: string | null;
  after: string | null;
  message: string | null;
  messageVi?: string | null;
}

export interface FindingsPage {
  page: number;
  pageSize: number;
  total: number;
  items: Finding[];
}

export interface ImportBatch {
  id: string;
  kind: string;
  unitId: string;
  schoolYearId: string | null;
  filename: string;
  status: BatchStatus;
  mode: CommitMode | null;
  progress: BatchProgress | null;
  createdAt: string;
  finishedAt: string | null;
  counts: ImportCounts | null;
  changesByColumn: { key: string; count: number }[];
  issuesByRule: { key: string; count: number }[];
  columns: { label: string; field: string; encoding: string | null }[];
  ignoredColumns: { label: string; reason: string }[];
  headerRows: number[];
  sheetName: string | null;
  notices: { code: string; message: string }[];
  errorWorkbook: boolean;
  commit: CommitCounts | null;
  error: { code: string; message: string; details: unknown } | null;
  /** GET /api/imports/:id also carries the first page of findings. */
  findings?: FindingsPage;
}

export interface FindingsQuery {
  page: number;
  kind?: FindingKind | undefined;
  severity?: Severity | undefined;
}

const enc = encodeURIComponent;

export const IMPORT_ACCEPT =
  '.xlsx,.xls,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv';

/** The event stream of a batch's progress (Server-Sent Events, same origin, session cookie). */
export const importEventsUrl = (id: string) => `/api/imports/${enc(id)}/events`;

export const sectorApi = {
  schoolYears: (signal?: AbortSignal) => api<{ items: SchoolYear[] }>('/api/school-years', { signal }),
  profile: (unitId: string, signal?: AbortSignal) =>
    api<SchoolProfile>(`/api/schools/${enc(unitId)}/profile`, { signal }),
  putProfile: (unitId: string, body: SchoolProfileInput) =>
    api<SchoolProfile>(`/api/schools/${enc(unitId)}/profile`, { method: 'PUT', body }),

  classes: (
    query: { unitId: string; schoolYearId?: string | undefined; page?: number; pageSize?: number },
    signal?: AbortSignal,
  ) =>
    api<Page<ClassItem>>('/api/classes', {
      signal,
      query: {
        unitId: query.unitId,
        schoolYearId: query.schoolYearId,
        page: query.page ?? 1,
        pageSize: query.pageSize ?? 500,
      },
    }),
  createClass: (body: NewClass) => api<ClassItem>('/api/classes', { method: 'POST', body }),
  updateClass: (id: string, body: Partial<ClassInput>) =>
    api<ClassItem>(`/api/classes/${enc(id)}`, { method: 'PATCH', body }),
  deleteClass: (id: string) => api<void>(`/api/classes/${enc(id)}`, { method: 'DELETE' }),

  staff: (
    query: {
      unitId?: string | undefined;
      q?: string | undefined;
      status?: string | undefined;
      positionCode?: string | undefined;
      page: number;
      pageSize: number;
    },
    signal?: AbortSignal,
  ) => api<Page<StaffItem>>('/api/staff', { signal, query: { ...query } }),
  createStaff: (body: NewStaff) => api<StaffItem>('/api/staff', { method: 'POST', body }),
  updateStaff: (id: string, body: StaffEdit) =>
    api<StaffItem>(`/api/staff/${enc(id)}`, { method: 'PATCH', body }),

  students: (query: StudentListQuery, signal?: AbortSignal) =>
    api<Page<StudentItem>>('/api/students', { signal, query: { ...query } }),
  student: (id: string, signal?: AbortSignal) => api<StudentDetail>(`/api/students/${enc(id)}`, { signal }),
  /** A personal id goes in the body, never in an address (logs, history, proxies keep addresses). */
  lookup: (personalId: string) =>
    api<{ items: StudentItem[] }>('/api/students/lookup', { method: 'POST', body: { personalId } }),
  createStudent: (body: NewStudent) => api<StudentDetail>('/api/students', { method: 'POST', body }),
  updateStudent: (id: string, body: Partial<StudentInput>) =>
    api<StudentDetail>(`/api/students/${enc(id)}`, { method: 'PATCH', body }),
  transferOut: (
    id: string,
    body: { toUnitId?: string; otherSchoolName?: string; date: string; note?: string },
  ) => api<StudentDetail>(`/api/students/${enc(id)}/transfer-out`, { method: 'POST', body }),
  transferIn: (body: {
    unitId: string;
    studentCode: string;
    birthDate: string;
    date: string;
    classId?: string;
    note?: string;
  }) => api<StudentDetail>('/api/students/transfer-in', { method: 'POST', body }),
  dropOut: (id: string, body: { date: string; reasonCode: string; note?: string }) =>
    api<StudentDetail>(`/api/students/${enc(id)}/drop-out`, { method: 'POST', body }),
  graduate: (id: string, body: { date: string; statusCode?: '06' | '07'; note?: string }) =>
    api<StudentDetail>(`/api/students/${enc(id)}/graduate`, { method: 'POST', body }),
  reEnrol: (id: string, body: { date: string; classId?: string | null; note?: string }) =>
    api<StudentDetail>(`/api/students/${enc(id)}/re-enrol`, { method: 'POST', body }),

  exportStudents: (query: ExportQuery): Promise<DownloadedFile> =>
    apiBlob('/api/students/export', { query: { ...query } }),
  template: (unitId: string, schoolYearId?: string): Promise<DownloadedFile> =>
    apiBlob('/api/students/template', { query: { unitId, schoolYearId } }),

  startImport: (file: File, unitId: string, schoolYearId: string) => {
    const form = new FormData();
    form.append('file', file);
    return api<{ batchId: string }>('/api/imports/students', {
      method: 'POST',
      body: form,
      query: { unitId, schoolYearId },
    });
  },
  batch: (id: string, signal?: AbortSignal) => api<ImportBatch>(`/api/imports/${enc(id)}`, { signal }),
  findings: (id: string, query: FindingsQuery, signal?: AbortSignal) =>
    api<FindingsPage>(`/api/imports/${enc(id)}/findings`, { signal, query: { ...query } }),
  commit: (id: string, mode: CommitMode) =>
    api<ImportBatch>(`/api/imports/${enc(id)}/commit`, { method: 'POST', body: { mode } }),
  cancel: (id: string) => api<ImportBatch>(`/api/imports/${enc(id)}/cancel`, { method: 'POST' }),
  errorWorkbook: (id: string): Promise<DownloadedFile> => apiBlob(`/api/imports/${enc(id)}/error-workbook`),
};
