import type { AuditQuery } from '../../api/audit';
import type { AuditOutcome } from '../../api/types';

export const AUDIT_PAGE_SIZE = 50;
const OUTCOMES: readonly string[] = ['success', 'denied', 'failure'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The audit filters kept in the address bar, so a filtered view can be shared and reloaded. */
export function auditQueryFromParams(params: URLSearchParams): AuditQuery {
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return ISO_DATE.test(value) ? value : undefined;
  };
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const outcome = params.get('outcome') ?? '';
  return {
    from: date('from'),
    to: date('to'),
    action: text('action'),
    actorName: text('actorName'),
    unitId: text('unitId'),
    outcome: OUTCOMES.includes(outcome) ? (outcome as AuditOutcome) : '',
    page: Math.max(1, Math.floor(Number(params.get('page'))) || 1),
    pageSize: AUDIT_PAGE_SIZE,
  };
}

/** Details as readable text: pretty JSON, never HTML. */
export function detailsText(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details === 'string') return details;
  try {
    return JSON.stringify(details, null, 2);
  } catch {
    return String(details);
  }
}
