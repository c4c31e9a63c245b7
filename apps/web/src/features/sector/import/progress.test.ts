import { describe, expect, it } from 'vitest';
import {
  endEventFrom,
  initialProgress,
  isSettled,
  type ProgressEvent,
  percent,
  progressEventFrom,
  progressReducer,
} from './progress';

const run = (events: ProgressEvent[], start = initialProgress('queued')) =>
  events.reduce(progressReducer, start);

describe('import progress reducer', () => {
  it('follows the event stream of an analysis to its end', () => {
    const state = run([
      { type: 'progress', status: 'queued', phase: 'queued', done: 0, total: 0 },
      { type: 'progress', status: 'analysing', phase: 'reading', done: 120, total: 0 },
      { type: 'progress', status: 'analysing', phase: 'checking', done: 40, total: 200 },
      { type: 'progress', status: 'analysing', phase: 'checking', done: 150, total: 200 },
    ]);
    expect(state).toMatchObject({
      status: 'analysing',
      phase: 'checking',
      done: 150,
      total: 200,
      ended: false,
    });
    expect(percent(state)).toBe(75);
    const ended = progressReducer(state, { type: 'end', status: 'analysed', errorCode: null });
    expect(ended).toMatchObject({ status: 'analysed', phase: 'done', done: 200, ended: true });
    expect(percent(ended)).toBe(100);
  });

  it('never moves the bar back within a phase, but starts afresh in a new phase', () => {
    const state = run([
      { type: 'progress', status: 'analysing', phase: 'checking', done: 150, total: 200 },
      { type: 'progress', status: 'analysing', phase: 'checking', done: 100, total: 200 },
    ]);
    expect(state.done).toBe(150);
    const next = progressReducer(state, {
      type: 'progress',
      status: 'committing',
      phase: 'writing',
      done: 5,
      total: 50,
    });
    expect(next).toMatchObject({ phase: 'writing', done: 5, total: 50 });
  });

  it('has no percentage while the total is unknown (reading the file)', () => {
    const state = run([{ type: 'progress', status: 'analysing', phase: 'reading', done: 500, total: 0 }]);
    expect(percent(state)).toBeNull();
  });

  it('keeps a failure and its code, without claiming 100%', () => {
    const state = run([
      { type: 'progress', status: 'analysing', phase: 'checking', done: 10, total: 100 },
      { type: 'end', status: 'failed', errorCode: 'IMPORT_ROWS_OVER_LIMIT' },
    ]);
    expect(state).toMatchObject({
      status: 'failed',
      ended: true,
      errorCode: 'IMPORT_ROWS_OVER_LIMIT',
      done: 10,
    });
    expect(percent(state)).toBe(10);
  });

  it('falls back to polling and settles from a polled batch', () => {
    let state = run([{ type: 'progress', status: 'committing', phase: 'writing', done: 2, total: 10 }]);
    state = progressReducer(state, { type: 'fallback' });
    expect(state.transport).toBe('polling');
    state = progressReducer(state, {
      type: 'batch',
      batch: { status: 'committing', progress: { phase: 'writing', done: 6, total: 10 }, error: null },
    });
    expect(state).toMatchObject({ done: 6, ended: false, transport: 'polling' });
    state = progressReducer(state, {
      type: 'batch',
      batch: { status: 'committed', progress: { phase: 'done', done: 10, total: 10 }, error: null },
    });
    expect(state).toMatchObject({ status: 'committed', ended: true });
    expect(percent(state)).toBe(100);
  });

  it('ignores a stale polled batch once the stream has ended the phase', () => {
    const ended = run([{ type: 'end', status: 'analysed', errorCode: null }]);
    const after = progressReducer(ended, {
      type: 'batch',
      batch: { status: 'analysing', progress: { phase: 'checking', done: 1, total: 9 }, error: null },
    });
    expect(after).toBe(ended);
  });

  it('ignores progress after the end, and restarts for the next phase', () => {
    const ended = run([{ type: 'end', status: 'analysed', errorCode: null }]);
    expect(
      progressReducer(ended, { type: 'progress', status: 'analysing', phase: 'checking', done: 1, total: 2 }),
    ).toBe(ended);
    const restarted = progressReducer(ended, { type: 'restart', status: 'committing' });
    expect(restarted).toMatchObject({ status: 'committing', ended: false, done: 0 });
  });

  it('knows which statuses end a phase', () => {
    expect(['analysed', 'committed', 'failed', 'cancelled'].every((s) => isSettled(s as never))).toBe(true);
    expect(isSettled('queued')).toBe(false);
    expect(isSettled('committing')).toBe(false);
    expect(isSettled(null)).toBe(false);
  });
});

describe('server-sent event payloads', () => {
  it('parses the stream’s progress and end events', () => {
    expect(progressEventFrom('{"status":"analysing","phase":"checking","done":3,"total":9}')).toEqual({
      type: 'progress',
      status: 'analysing',
      phase: 'checking',
      done: 3,
      total: 9,
    });
    expect(endEventFrom('{"status":"failed","errorCode":"IMPORT_FILE_CORRUPT"}')).toEqual({
      type: 'end',
      status: 'failed',
      errorCode: 'IMPORT_FILE_CORRUPT',
    });
    expect(endEventFrom('{"status":"analysed","errorCode":null}')).toMatchObject({ errorCode: null });
  });

  it('drops malformed payloads and unknown statuses instead of crashing', () => {
    expect(progressEventFrom('not json')).toBeNull();
    expect(progressEventFrom('{"status":"exploded"}')).toBeNull();
    expect(progressEventFrom(undefined)).toBeNull();
    expect(progressEventFrom('{"status":"analysing","done":-4,"total":"x"}')).toMatchObject({
      done: 0,
      total: 0,
    });
  });
});
