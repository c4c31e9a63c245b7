import { api, apiBlob } from '../../api/client';

/** The bulletins API (apps/api/src/modules/bulletins), typed for the web app. */

export type BulletinKind = 'bulletin' | 'scam_alert';
export type Severity = 'info' | 'warning' | 'urgent';
export type BulletinStatus = 'draft' | 'published' | 'archived';

export interface Bulletin {
  id: string;
  unitId: string;
  unitName: string;
  kind: BulletinKind;
  severity: Severity;
  title: string;
  summary: string;
  bodyHtml: string;
  audienceUnits: { id: string; name: string }[];
  audienceRoles: string[];
  status: BulletinStatus;
  isPublic: boolean;
  requiresAck: boolean;
  ackDeadline: string | null;
  publishedAt: string | null;
  archivedAt: string | null;
  recipientCount: number;
  readCount: number;
  ackCount: number;
  createdAt: string;
  updatedAt: string;
}
export type BulletinSummary = Omit<Bulletin, 'bodyHtml'>;

export interface BulletinInput {
  kind: BulletinKind;
  severity: Severity;
  title: string;
  summary: string;
  bodyHtml: string;
  audienceUnitIds: string[];
  audienceRoles: string[];
  isPublic: boolean;
  requiresAck: boolean;
  ackDeadline: string | null;
}

export interface InboxItem {
  id: string;
  unitName: string;
  kind: BulletinKind;
  severity: Severity;
  title: string;
  summary: string;
  publishedAt: string;
  requiresAck: boolean;
  ackDeadline: string | null;
  readAt: string | null;
  acknowledgedAt: string | null;
}
export interface InboxView extends InboxItem {
  bodyHtml: string;
}
export interface InboxList {
  items: InboxItem[];
  total: number;
  unread: number;
  unacknowledged: number;
}

export interface Counts {
  recipients: number;
  read: number;
  acknowledged: number;
}
export interface ReceivedItem extends Counts {
  id: string;
  unitName: string;
  kind: BulletinKind;
  severity: Severity;
  title: string;
  status: BulletinStatus;
  publishedAt: string;
  requiresAck: boolean;
  ackDeadline: string | null;
}
export interface UnitCountsRow extends Counts {
  unitId: string;
  unitName: string;
  parentId: string | null;
  hasChildren: boolean;
}
export interface BulletinReport {
  bulletin: {
    id: string;
    title: string;
    kind: BulletinKind;
    severity: Severity;
    requiresAck: boolean;
    ackDeadline: string | null;
    publishedAt: string;
  };
  rows: UnitCountsRow[];
}
export interface PendingItem {
  userId: string;
  username: string;
  fullName: string;
  unitId: string;
  unitName: string;
  readAt: string | null;
}

export interface DashboardRow {
  unitId: string;
  unitName: string;
  parentId: string | null;
  hasChildren: boolean;
  learning: {
    assigned: number;
    completed: number;
    completionPercent: number | null;
    avgScore: number | null;
  } | null;
  drills: {
    sent: number;
    clicked: number;
    reported: number;
    phishPronePercent: number | null;
    reportRatePercent: number | null;
  } | null;
  bulletins: { recipients: number; acknowledged: number; ackRatePercent: number | null };
}
export interface Dashboard {
  sources: { learning: boolean; drills: boolean };
  rows: DashboardRow[];
}

export interface PublicItem {
  id: string;
  unitName: string;
  kind: BulletinKind;
  severity: Severity;
  title: string;
  summary: string;
  bodyHtml: string;
  publishedAt: string;
}

interface Page<T> {
  items: T[];
  total: number;
}

export const bulletinsApi = {
  list: (query: { status?: BulletinStatus; page: number; pageSize: number }, signal?: AbortSignal) =>
    api<Page<BulletinSummary>>('/api/bulletins', { query, signal }),
  get: (id: string, signal?: AbortSignal) => api<Bulletin>(`/api/bulletins/${id}`, { signal }),
  create: (unitId: string, input: BulletinInput) =>
    api<Bulletin>('/api/bulletins', { method: 'POST', body: { unitId, ...input } }),
  update: (id: string, input: Partial<BulletinInput>) =>
    api<Bulletin>(`/api/bulletins/${id}`, { method: 'PATCH', body: input }),
  remove: (id: string) => api<void>(`/api/bulletins/${id}`, { method: 'DELETE' }),
  publish: (id: string) => api<Bulletin>(`/api/bulletins/${id}/publish`, { method: 'POST' }),
  archive: (id: string) => api<Bulletin>(`/api/bulletins/${id}/archive`, { method: 'POST' }),

  inbox: (
    query: { filter?: 'all' | 'unread' | 'unacknowledged'; page: number; pageSize: number },
    signal?: AbortSignal,
  ) => api<InboxList>('/api/bulletins/inbox', { query, signal }),
  inboxItem: (id: string, signal?: AbortSignal) => api<InboxView>(`/api/bulletins/inbox/${id}`, { signal }),
  markRead: (id: string) => api<InboxView>(`/api/bulletins/inbox/${id}/read`, { method: 'POST' }),
  acknowledge: (id: string) => api<InboxView>(`/api/bulletins/inbox/${id}/acknowledge`, { method: 'POST' }),

  received: (unitId: string, page: number, signal?: AbortSignal) =>
    api<Page<ReceivedItem>>('/api/bulletins/received', { query: { unitId, page, pageSize: 50 }, signal }),
  report: (id: string, unitId: string, signal?: AbortSignal) =>
    api<BulletinReport>(`/api/bulletins/${id}/report`, { query: { unitId }, signal }),
  pending: (id: string, unitId: string, page: number, signal?: AbortSignal) =>
    api<Page<PendingItem>>(`/api/bulletins/${id}/pending`, {
      query: { unitId, page, pageSize: 100 },
      signal,
    }),
  pendingXlsx: (id: string, unitId: string) =>
    apiBlob(`/api/bulletins/${id}/pending.xlsx`, { query: { unitId } }),
  dashboard: (unitId: string, signal?: AbortSignal) =>
    api<Dashboard>('/api/bulletins/dashboard', { query: { unitId }, signal }),

  publicList: (page: number, signal?: AbortSignal) =>
    api<Page<PublicItem>>('/api/public/bulletins', { query: { page, pageSize: 10 }, signal }),
  publicItem: (id: string, signal?: AbortSignal) =>
    api<PublicItem>(`/api/public/bulletins/${id}`, { signal }),
};
