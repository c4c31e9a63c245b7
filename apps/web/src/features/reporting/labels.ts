import type { BadgeTone } from '../../components/Badge';
import type { SubmissionState } from './api';

/** Badge tone of each submission state. */
export const STATE_TONE: Record<SubmissionState, BadgeTone> = {
  not_submitted: 'neutral',
  submitted: 'info',
  returned: 'warning',
  approved: 'success',
  accepted: 'success',
};

/** Start of a day and end of a day in Vietnam (UTC+7), as ISO moments. */
export const vnStartOfDay = (isoDate: string) => `${isoDate}T00:00:00+07:00`;
export const vnEndOfDay = (isoDate: string) => `${isoDate}T23:59:59+07:00`;

/** "YYYY-MM-DD" of a moment in Vietnam. */
export const vnDate = (moment: string | Date) =>
  new Date(new Date(moment).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Parses "1, 3, 7" into whole day counts; null when something is not a number from 0 to 365. */
export function parseDays(input: string): number[] | null {
  const parts = input
    .split(/[,;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const days = parts.map(Number);
  return days.every((d) => Number.isInteger(d) && d >= 0 && d <= 365) ? days : null;
}

/** Percentage of required fields filled, one decimal. */
export function completeness(filled: number, total: number): number {
  return total === 0 ? 100 : Math.floor((filled / total) * 1000) / 10;
}
