import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/client';
import { jobs } from './jobs.table';

/** A typed job: its kind, and what to do with a payload. Returning a Date re-schedules it (recurring jobs). */
export interface JobDefinition<P extends Record<string, unknown> = Record<string, unknown>> {
  kind: string;
  handler: (
    payload: P,
    job: { id: string; attempts: number },
  ) => Promise<Record<string, unknown> | undefined>;
  /** For recurring jobs: when to run next after a success. */
  nextRun?: (now: Date) => Date;
}

export type JobRegistry = Map<string, JobDefinition>;

interface Logger {
  info: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

/** Enqueues work; with a dedupe key, a queued job of the same key is not duplicated. */
export async function enqueueJob(
  db: Db,
  kind: string,
  payload: Record<string, unknown>,
  options: { runAt?: Date; dedupeKey?: string; createdBy?: string } = {},
): Promise<void> {
  await db
    .insert(jobs)
    .values({
      kind,
      payload,
      runAt: options.runAt ?? new Date(),
      dedupeKey: options.dedupeKey ?? null,
      createdBy: options.createdBy ?? null,
    })
    .onConflictDoNothing();
}

/**
 * Claims one due job at a time with FOR UPDATE SKIP LOCKED, so several
 * processes can share the queue; a job whose worker died is retried once
 * its lease expires. Failures back off exponentially up to maxAttempts.
 */
export async function runOneJob(db: Db, registry: JobRegistry, logger?: Logger): Promise<boolean> {
  const claimed = await query<{
    id: string;
    kind: string;
    payload: Record<string, unknown>;
    attempts: number;
    max_attempts: number;
    dedupe_key: string | null;
  }>(
    db,
    sql`
    update jobs set status = 'running', attempts = attempts + 1, locked_until = now() + interval '5 minutes'
    where id = (
      select id from jobs
      where (status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now())
      order by run_at limit 1 for update skip locked)
    returning id, kind, payload, attempts, max_attempts, dedupe_key`,
  );
  const job = claimed[0];
  if (!job) return false;
  const definition = registry.get(job.kind);
  try {
    if (!definition) throw new Error(`unknown job kind ${job.kind}`);
    const result = await definition.handler(job.payload, { id: job.id, attempts: job.attempts });
    await db.execute(sql`update jobs set status = 'done', finished_at = now(), result = ${JSON.stringify(result ?? {})}::jsonb,
      dedupe_key = null, locked_until = null where id = ${job.id}`);
    if (definition.nextRun) {
      await enqueueJob(db, job.kind, job.payload, {
        runAt: definition.nextRun(new Date()),
        dedupeKey: job.dedupe_key ?? undefined,
      });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const final = job.attempts >= job.max_attempts;
    logger?.error({ jobId: job.id, kind: job.kind, err: message }, 'job failed');
    await db.execute(sql`update jobs set status = ${final ? 'failed' : 'queued'}, last_error = ${message.slice(0, 2000)},
      locked_until = null, run_at = now() + make_interval(secs => ${Math.min(3600, 2 ** job.attempts * 5)})
      where id = ${job.id}`);
  }
  return true;
}

export function startJobRunner(db: Db, registry: JobRegistry, options: { pollMs: number; logger?: Logger }) {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const loop = async () => {
    while (!stopped) {
      try {
        const didWork = await runOneJob(db, registry, options.logger);
        if (didWork) continue;
      } catch (error) {
        options.logger?.error({ err: error instanceof Error ? error.message : error }, 'job runner error');
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs));
    }
  };
  running = loop();
  return {
    async stop() {
      stopped = true;
      await running;
    },
  };
}
