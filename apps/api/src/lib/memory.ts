import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps a long batch job's garbage from piling up in the process. V8 sizes
 * its heap by how fast a program allocates, not by how much it keeps: an
 * import of 300,000 pupils keeps about 50 MB alive but let the heap reach
 * 240 MB (a heap snapshot at the peak), and the pages stay with the process.
 * A job calls `releaseGarbage()` between chunks; once the heap in use passes
 * the threshold, one full collection brings it back to what is alive, and
 * the next threshold becomes twice that (never below the floor), so a job
 * whose live data really is large is not collected over and over.
 */
const FLOOR_BYTES = 96 * 1024 * 1024;
let threshold = FLOOR_BYTES;
let collect: (() => void) | null | undefined;

/** V8's gc(), made available at run time (--expose-gc is read when a new context is created). */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/** Collects when the heap in use has passed the threshold; true when it did. */
export function releaseGarbage(): boolean {
  if (getHeapStatistics().used_heap_size < threshold) return false;
  const gc = collector();
  if (!gc) return false;
  gc();
  threshold = Math.max(FLOOR_BYTES, 2 * getHeapStatistics().used_heap_size);
  return true;
}
