import { api } from './client';
import type { AuditItem, AuditOutcome, AuditVerifyResult, Page } from './types';

export interface AuditQuery {
  from?: string;
  to?: string;
  action?: string;
  actorName?: string;
  unitId?: string;
  outcome?: AuditOutcome | '';
  page: number;
  pageSize: number;
}

export const auditApi = {
  list: (query: AuditQuery, signal?: AbortSignal) =>
    api<Page<AuditItem>>('/api/audit', { signal, query: { ...query } }),
  actions: (signal?: AbortSignal) => api<string[]>('/api/audit/actions', { signal }),
  verify: () => api<AuditVerifyResult>('/api/audit/verify'),
};
