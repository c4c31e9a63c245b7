import { useEffect, useReducer, useRef } from 'react';
import { type BatchStatus, importEventsUrl, sectorApi } from '../../../api/sector';
import {
  endEventFrom,
  initialProgress,
  isSettled,
  type ProgressState,
  progressEventFrom,
  progressReducer,
} from './progress';

const POLL_MS = 1500;

/**
 * Watches a running phase of a batch: the batch's event stream
 * (EventSource, same origin, the session cookie goes along), and polling of
 * GET /api/imports/:id when the stream fails or the browser has none. Calls
 * onSettled once when the phase is over (the page then reloads the batch).
 */
export function useBatchProgress(
  batchId: string,
  startStatus: BatchStatus,
  onSettled: () => void,
): ProgressState {
  const [state, dispatch] = useReducer(progressReducer, startStatus, initialProgress);
  const settledRef = useRef(onSettled);
  settledRef.current = onSettled;

  useEffect(() => {
    dispatch({ type: 'restart', status: startStatus });
    if (isSettled(startStatus)) return;
    let stopped = false;
    let source: EventSource | null = null;
    let timer: number | undefined;
    const controller = new AbortController();

    const finish = () => {
      if (stopped) return;
      stopped = true;
      source?.close();
      window.clearTimeout(timer);
      settledRef.current();
    };

    const poll = async () => {
      if (stopped) return;
      try {
        const batch = await sectorApi.batch(batchId, controller.signal);
        if (stopped) return;
        dispatch({ type: 'batch', batch });
        if (isSettled(batch.status)) {
          finish();
          return;
        }
      } catch {
        if (controller.signal.aborted) return;
        // A network hiccup: keep trying; the session guard handles a real sign-out.
      }
      timer = window.setTimeout(poll, POLL_MS);
    };

    const fallBack = () => {
      source?.close();
      source = null;
      if (stopped) return;
      dispatch({ type: 'fallback' });
      void poll();
    };

    if (typeof EventSource === 'undefined') {
      fallBack();
    } else {
      source = new EventSource(importEventsUrl(batchId));
      source.addEventListener('progress', (event) => {
        const parsed = progressEventFrom((event as MessageEvent).data);
        if (parsed) dispatch(parsed);
      });
      source.addEventListener('end', (event) => {
        const parsed = endEventFrom((event as MessageEvent).data);
        if (parsed) dispatch(parsed);
        finish();
      });
      // The stream closing without an "end" (a proxy, a restart, a 401) or failing to open:
      // EventSource would retry on its own; polling is more predictable.
      source.onerror = () => {
        if (!stopped) fallBack();
      };
    }

    return () => {
      stopped = true;
      controller.abort();
      source?.close();
      window.clearTimeout(timer);
    };
  }, [batchId, startStatus]);

  return state;
}
