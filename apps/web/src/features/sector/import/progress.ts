import type { BatchStatus, ImportBatch } from '../../../api/sector';

/**
 * Progress of an import batch as the wizard shows it, fed by the batch's
 * Server-Sent Events and, when the stream fails, by polling the batch. Pure:
 * the hook only opens the stream and dispatches what arrives.
 */

/** Statuses at which a phase (analysis or commit) is over: the stream ends there. */
export const SETTLED: ReadonlySet<BatchStatus> = new Set(['analysed', 'committed', 'failed', 'cancelled']);

export function isSettled(status: BatchStatus | null | undefined): boolean {
  return status !== null && status !== undefined && SETTLED.has(status);
}

export interface ProgressState {
  status: BatchStatus | null;
  /** The server's phase: queued, reading, checking, writing, done. */
  phase: string;
  done: number;
  total: number;
  /** The phase that was being watched has ended (an "end" event, or a settled status by polling). */
  ended: boolean;
  errorCode: string | null;
  /** How updates arrive: the event stream, or polling after the stream failed. */
  transport: 'sse' | 'polling';
}

export type ProgressEvent =
  | { type: 'progress'; status: BatchStatus; phase: string; done: number; total: number }
  | { type: 'end'; status: BatchStatus; errorCode: string | null }
  | { type: 'batch'; batch: Pick<ImportBatch, 'status' | 'progress' | 'error'> }
  | { type: 'fallback' }
  | { type: 'restart'; status: BatchStatus };

export function initialProgress(status: BatchStatus | null = null): ProgressState {
  return {
    status,
    phase: status ?? 'queued',
    done: 0,
    total: 0,
    ended: isSettled(status),
    errorCode: null,
    transport: 'sse',
  };
}

const count = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;

export function progressReducer(state: ProgressState, event: ProgressEvent): ProgressState {
  switch (event.type) {
    case 'restart':
      // A new phase starts (the commit after the analysis): watch it from zero.
      return { ...initialProgress(event.status), transport: state.transport };
    case 'progress': {
      if (state.ended) return state;
      const samePhase = event.phase === state.phase && event.status === state.status;
      // Within one phase the count only grows: a late, older update never moves the bar back.
      const done = samePhase ? Math.max(state.done, count(event.done)) : count(event.done);
      return {
        ...state,
        status: event.status,
        phase: event.phase,
        done,
        total: count(event.total),
        ended: isSettled(event.status),
      };
    }
    case 'end':
      return {
        ...state,
        status: event.status,
        phase: event.status === 'failed' || event.status === 'cancelled' ? state.phase : 'done',
        done:
          event.status === 'failed' || event.status === 'cancelled'
            ? state.done
            : Math.max(state.done, state.total),
        ended: true,
        errorCode: event.errorCode,
      };
    case 'batch': {
      const { batch } = event;
      if (state.ended && !isSettled(batch.status)) return state;
      const progress = batch.progress;
      const settled = isSettled(batch.status);
      return {
        ...state,
        status: batch.status,
        phase: progress?.phase ?? batch.status,
        done: Math.max(progress?.phase === state.phase ? state.done : 0, count(progress?.done)),
        total: count(progress?.total),
        ended: settled,
        errorCode: batch.error?.code ?? state.errorCode,
      };
    }
    case 'fallback':
      return { ...state, transport: 'polling' };
  }
}

/** Percent for the bar, or null while the total is unknown (the bar then shows activity, not a value). */
export function percent(state: Pick<ProgressState, 'done' | 'total' | 'ended' | 'status'>): number | null {
  if (state.ended && (state.status === 'analysed' || state.status === 'committed')) return 100;
  if (state.total <= 0) return null;
  return Math.min(100, Math.round((state.done / state.total) * 100));
}

/** Parses one SSE data payload; a malformed one is ignored rather than crashing the page. */
export function parseEventData(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'string') return null;
  try {
    const value: unknown = JSON.parse(data);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const STATUSES: ReadonlySet<string> = new Set([
  'queued',
  'analysing',
  'analysed',
  'committing',
  'committed',
  'failed',
  'cancelled',
]);

export function asStatus(value: unknown): BatchStatus | null {
  return typeof value === 'string' && STATUSES.has(value) ? (value as BatchStatus) : null;
}

/** A "progress" event of the stream as a reducer event, or null when it is not one. */
export function progressEventFrom(data: unknown): ProgressEvent | null {
  const payload = parseEventData(data);
  const status = asStatus(payload?.status);
  if (!payload || !status) return null;
  return {
    type: 'progress',
    status,
    phase: typeof payload.phase === 'string' ? payload.phase : status,
    done: count(payload.done),
    total: count(payload.total),
  };
}

export function endEventFrom(data: unknown): ProgressEvent | null {
  const payload = parseEventData(data);
  const status = asStatus(payload?.status);
  if (!payload || !status) return null;
  return { type: 'end', status, errorCode: typeof payload.errorCode === 'string' ? payload.errorCode : null };
}
