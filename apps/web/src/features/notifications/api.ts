import { api } from '../../api/client';

export interface NoticeChannel {
  channel: 'in_app' | 'email' | 'zalo';
  status: 'queued' | 'sent' | 'failed' | 'skipped';
}

export interface Notice {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  unitName: string | null;
  createdAt: string;
  readAt: string | null;
  channels: NoticeChannel[];
}

export interface NoticePage {
  items: Notice[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export const NOTICE_PAGE_SIZE = 20;

/** Tells the bell that the unread count may have changed (read on this page). */
export const NOTICES_CHANGED = 'edushield:notifications-changed';
export const announceNoticesChanged = () => window.dispatchEvent(new Event(NOTICES_CHANGED));

export const notifyApi = {
  list: (query: { page: number; pageSize: number; unread?: boolean }, signal?: AbortSignal) =>
    api<NoticePage>('/api/notifications', { signal, query: { ...query, unread: query.unread || undefined } }),
  unreadCount: (signal?: AbortSignal) =>
    api<{ unread: number }>('/api/notifications/unread-count', { signal }),
  markRead: (id: string) =>
    api<{ id: string; readAt: string }>(`/api/notifications/${id}/read`, { method: 'POST' }),
  markAllRead: () => api<{ updated: number }>('/api/notifications/read-all', { method: 'POST' }),
};
