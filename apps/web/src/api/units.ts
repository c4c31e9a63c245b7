import { api } from './client';
import type { Unit, UnitDetail, UnitImportResult, UnitType } from './types';

export interface UnitListQuery {
  q?: string;
  includeClosed?: boolean;
  asOf?: string;
}

export interface NewUnit {
  code: string;
  name: string;
  typeCode: string;
  parentId: string | null;
  address?: string;
  validFrom: string;
}

export interface UnitEdit {
  name?: string;
  code?: string;
  address?: string;
  validFrom: string;
  note?: string;
}

export const UNIT_IMPORT_TEMPLATE_URL = '/api/units/import/template';

export const unitsApi = {
  types: (signal?: AbortSignal) => api<UnitType[]>('/api/unit-types', { signal }),
  list: (query: UnitListQuery, signal?: AbortSignal) =>
    api<{ items: Unit[] }>('/api/units', {
      signal,
      query: { q: query.q, includeClosed: query.includeClosed ?? false, asOf: query.asOf },
    }),
  get: (id: string, signal?: AbortSignal) =>
    api<UnitDetail>(`/api/units/${encodeURIComponent(id)}`, { signal }),
  create: (unit: NewUnit) => api<Unit>('/api/units', { method: 'POST', body: unit }),
  update: (id: string, edit: UnitEdit) =>
    api<Unit>(`/api/units/${encodeURIComponent(id)}`, { method: 'PATCH', body: edit }),
  move: (id: string, body: { newParentId: string; validFrom: string; note?: string }) =>
    api<Unit>(`/api/units/${encodeURIComponent(id)}/move`, { method: 'POST', body }),
  close: (id: string, body: { validFrom: string; note?: string }) =>
    api<Unit>(`/api/units/${encodeURIComponent(id)}/close`, { method: 'POST', body }),
  merge: (id: string, body: { intoUnitId: string; validFrom: string; note?: string }) =>
    api<Unit>(`/api/units/${encodeURIComponent(id)}/merge`, { method: 'POST', body }),
  import: (file: File, options: { dryRun: boolean; parentId?: string }) => {
    const form = new FormData();
    form.append('file', file);
    return api<UnitImportResult>('/api/units/import', {
      method: 'POST',
      body: form,
      query: { dryRun: options.dryRun, parentId: options.parentId },
    });
  },
};
