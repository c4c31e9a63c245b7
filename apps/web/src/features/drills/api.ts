import { api } from '../../api/client';

export type DrillStatus = 'draft' | 'scheduled' | 'sending' | 'completed' | 'cancelled';
export type Landing = 'explain' | 'form';

export interface DrillStats {
  recipients: number;
  sent: number;
  failed: number;
  opened: number;
  clicked: number;
  submitted: number;
  reported: number;
  scannerFlagged: number;
  scannerHits: number;
}

export interface DrillSummary {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  templateCode: string;
  roleCodes: string[];
  landing: Landing;
  status: DrillStatus;
  scheduledAt: string | null;
  launchedAt: string | null;
  completedAt: string | null;
  createdAt: string;
  stats: DrillStats;
}

export interface DrillDetail extends DrillSummary {
  eligible: number;
  subject: string;
  senderName: string;
  byUnit: (DrillStats & { unitId: string; unitName: string })[];
}

export interface DrillTemplate {
  code: string;
  title: string;
  senderName: string;
  subject: string;
  previewHtml: string;
  previewText: string;
}

export interface Recipient {
  id: string;
  userId: string;
  fullName: string;
  unitName: string;
  email: string;
  sentAt: string | null;
  sendError: string | null;
  first: { opened: string | null; clicked: string | null; submitted: string | null; reported: string | null };
  scannerHits: number;
  remedial: boolean;
}

export interface DrillEvent {
  id: number;
  recipientId: string;
  fullName: string;
  type: 'sent' | 'opened' | 'clicked' | 'submitted' | 'reported';
  at: string;
  scanner: boolean;
  scannerReason: string | null;
  via: string | null;
}

export interface RollupRow {
  unitId: string;
  parentId: string | null;
  unitName: string;
  hasChildren: boolean;
  recipients: number;
  sent: number;
  opened: number;
  clicked: number;
  submitted: number;
  reported: number;
  scannerFlagged: number;
}

export interface SuspiciousReport {
  id: string;
  fullName: string;
  unitName: string;
  subject: string;
  sender: string | null;
  drill: boolean;
  createdAt: string;
}

export interface NewDrill {
  unitId: string;
  name: string;
  templateCode: string;
  roleCodes: string[];
  landing: Landing;
}

export const drillsApi = {
  templates: (signal?: AbortSignal) => api<{ items: DrillTemplate[] }>('/api/drills/templates', { signal }),
  list: (signal?: AbortSignal) => api<{ items: DrillSummary[] }>('/api/drills', { signal }),
  get: (id: string, signal?: AbortSignal) => api<DrillDetail>(`/api/drills/${id}`, { signal }),
  create: (body: NewDrill) => api<DrillDetail>('/api/drills', { method: 'POST', body }),
  remove: (id: string) => api<void>(`/api/drills/${id}`, { method: 'DELETE' }),
  launch: (id: string, at?: string) =>
    api<DrillDetail>(`/api/drills/${id}/launch`, { method: 'POST', body: at ? { at } : {} }),
  cancel: (id: string) => api<DrillDetail>(`/api/drills/${id}/cancel`, { method: 'POST', body: {} }),
  recipients: (id: string, signal?: AbortSignal) =>
    api<{ items: Recipient[] }>(`/api/drills/${id}/recipients`, { signal }),
  timeline: (id: string, signal?: AbortSignal) =>
    api<{ items: DrillEvent[]; truncated: boolean }>(`/api/drills/${id}/timeline`, { signal }),
  results: (unitId: string, signal?: AbortSignal) =>
    api<{ items: RollupRow[] }>('/api/drills/results', { query: { unitId }, signal }),
  reports: (signal?: AbortSignal) => api<{ items: SuspiciousReport[] }>('/api/drills/reports', { signal }),
  report: (subject: string, sender: string) =>
    api<{ drill: boolean }>('/api/drills/report', {
      method: 'POST',
      body: sender.trim() ? { subject, sender } : { subject },
    }),
  /** The landing's only message: the token. Never a typed value. */
  submitted: (token: string) => api<void>('/api/public/drills/submit', { method: 'POST', body: { token } }),
};

/** Phish-prone %: people who clicked (or submitted) over emails delivered; null when nothing was delivered. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}
