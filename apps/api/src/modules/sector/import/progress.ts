import type { DbOrTx } from '../../../db/client';
import { type Progress, renewJobLease, setProgress, statusOf } from './import.repository';

const LEASE_RENEW_MS = 60_000;

/** Raised inside a running job when the user cancelled its batch. */
export class BatchCancelled extends Error {
  constructor() {
    super('import batch cancelled');
    this.name = 'BatchCancelled';
  }
}

/**
 * Progress goes to the batch row (for GET and the event stream) at most
 * every `intervalMs`, and to an optional listener (the CLI's bar) every time.
 * `db` null means "nowhere": inside PGlite's single connection a write from
 * outside a running transaction would wait for that transaction forever.
 */
export class ProgressReporter {
  private last = 0;
  private lastLease = Date.now();
  private phase = '';
  /** The durable job doing the work, whose lease is renewed as progress is made. */
  jobId: string | null = null;

  constructor(
    private db: DbOrTx | null,
    private readonly batchId: string,
    private readonly listener?: (progress: Progress) => void,
    private readonly intervalMs = 500,
  ) {}

  writeTo(db: DbOrTx | null) {
    this.db = db;
  }

  async report(phase: string, done: number, total: number, force = false) {
    const progress = { phase, done, total };
    this.listener?.(progress);
    const now = Date.now();
    if (!force && phase === this.phase && now - this.last < this.intervalMs) return;
    this.phase = phase;
    this.last = now;
    if (!this.db) return;
    await setProgress(this.db, this.batchId, progress);
    if (this.jobId && now - this.lastLease > LEASE_RENEW_MS) {
      this.lastLease = now;
      await renewJobLease(this.db, this.jobId);
    }
  }

  /** Throws BatchCancelled when the batch was cancelled meanwhile. */
  async checkNotCancelled(db: DbOrTx) {
    if ((await statusOf(db, this.batchId)) === 'cancelled') throw new BatchCancelled();
  }
}
