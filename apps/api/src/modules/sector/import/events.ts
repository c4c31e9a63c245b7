import type { Db } from '../../../db/client';
import { getBatch } from './import.repository';

/**
 * Server-Sent Events of a batch's progress: the batch row is polled every
 * 500 ms and an event sent when it changes; the stream ends when the current
 * phase ends (analysed, committed, failed, cancelled), the client leaves
 * (the generator is returned) or after an hour.
 */
const POLL_MS = 500;
const PING_MS = 15_000;
const MAX_MS = 60 * 60 * 1000;
const FINAL = new Set(['analysed', 'committed', 'failed', 'cancelled']);

const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

export async function* batchEvents(db: Db, batchId: string): AsyncGenerator<string> {
  const started = Date.now();
  let last = '';
  let lastSent = Date.now();
  yield 'retry: 2000\n\n';
  while (Date.now() - started < MAX_MS) {
    const batch = await getBatch(db, batchId);
    if (!batch) return;
    const progress = batch.progress ?? { phase: batch.status, done: 0, total: 0 };
    const payload = {
      status: batch.status,
      phase: progress.phase,
      done: progress.done,
      total: progress.total,
    };
    const text = JSON.stringify(payload);
    if (text !== last) {
      yield event('progress', payload);
      last = text;
      lastSent = Date.now();
    } else if (Date.now() - lastSent > PING_MS) {
      yield ': ping\n\n';
      lastSent = Date.now();
    }
    if (FINAL.has(batch.status)) {
      yield event('end', { status: batch.status, errorCode: batch.errorCode });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
