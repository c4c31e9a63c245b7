import { api, apiBlob } from './client';
import type { Page, RoleAssignment, RoleInfo, Scope, UserImportCheck, UserItem, UserStatus } from './types';

export interface UserListQuery {
  unitId?: string;
  q?: string;
  status?: UserStatus | '';
  page: number;
  pageSize: number;
}

export interface NewUser {
  username: string;
  fullName: string;
  email?: string;
  unitId: string;
  roleCode: string;
  scope: Scope;
}

export const USER_IMPORT_TEMPLATE_URL = '/api/users/import/template';

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const usersApi = {
  roles: (signal?: AbortSignal) => api<RoleInfo[]>('/api/roles', { signal }),
  list: (query: UserListQuery, signal?: AbortSignal) =>
    api<Page<UserItem>>('/api/users', {
      signal,
      query: {
        unitId: query.unitId,
        q: query.q,
        status: query.status,
        page: query.page,
        pageSize: query.pageSize,
      },
    }),
  get: (id: string, signal?: AbortSignal) => api<UserItem>(userPath(id), { signal }),
  create: (user: NewUser) =>
    api<{ user: UserItem; oneTimePassword: string }>('/api/users', { method: 'POST', body: user }),
  update: (id: string, body: { fullName?: string; email?: string }) =>
    api<UserItem>(userPath(id), { method: 'PATCH', body }),
  disable: (id: string) => api<unknown>(`${userPath(id)}/disable`, { method: 'POST' }),
  enable: (id: string) => api<unknown>(`${userPath(id)}/enable`, { method: 'POST' }),
  resetLink: (id: string) =>
    api<{ resetUrl: string; expiresAt: string }>(`${userPath(id)}/reset-link`, { method: 'POST' }),
  assignRole: (body: { userId: string; roleCode: string; unitId: string; scope: Scope }) =>
    api<RoleAssignment>('/api/role-assignments', { method: 'POST', body }),
  removeRole: (assignmentId: string) =>
    api<void>(`/api/role-assignments/${encodeURIComponent(assignmentId)}`, { method: 'DELETE' }),
  checkImport: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api<UserImportCheck>('/api/users/import', { method: 'POST', body: form, query: { dryRun: true } });
  },
  /** Commits the import; the answer is a spreadsheet of the new accounts and their one-time passwords. */
  commitImport: (file: File) => {
    const form = new FormData();
    form.append('file', file);
    return apiBlob('/api/users/import', { method: 'POST', body: form, query: { dryRun: false } });
  },
};
