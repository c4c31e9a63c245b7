import type { BadgeTone } from '../../components/Badge';
import type { BulletinKind, BulletinStatus, Severity } from './api';

export const SEVERITY_TONE: Record<Severity, BadgeTone> = {
  info: 'info',
  warning: 'warning',
  urgent: 'danger',
};
export const STATUS_TONE: Record<BulletinStatus, BadgeTone> = {
  draft: 'neutral',
  published: 'success',
  archived: 'neutral',
};
export const KINDS: BulletinKind[] = ['bulletin', 'scam_alert'];
export const SEVERITIES: Severity[] = ['info', 'warning', 'urgent'];

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** An instant as the value of a datetime-local input in Vietnam time (UTC+7, no daylight saving). */
export function toVietnamInput(iso: string | null): string {
  if (!iso) return '';
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return '';
  return new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local value read as Vietnam time, as an ISO instant; null when empty or not a date. */
export function fromVietnamInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const time = new Date(`${value}:00+07:00`).getTime();
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A share as "42%", or null when there is nothing to divide by. */
export function percentText(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return `${Number.isInteger(value) ? value : value.toFixed(1)}%`;
}

/** Acknowledged share of recipients (0–100), or null for no recipients. */
export function ackPercent(acknowledged: number, recipients: number): number | null {
  return recipients > 0 ? Math.round((acknowledged / recipients) * 1000) / 10 : null;
}

export function isOverdue(deadline: string | null, acknowledgedAt: string | null, now = Date.now()): boolean {
  return Boolean(deadline && !acknowledgedAt && new Date(deadline).getTime() < now);
}
