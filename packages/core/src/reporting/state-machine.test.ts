import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ActorRole,
  availableActions,
  isLockedState,
  SUBMISSION_ACTIONS,
  type SubmissionAction,
  type SubmissionStatus,
  transition,
} from './state-machine';

const ROLES: ActorRole[] = ['school', 'reviewer', 'upper', 'department'];
const start: SubmissionStatus = { state: 'not_submitted', version: 0, revision: 0 };

const step = fc.record({
  action: fc.constantFrom<SubmissionAction>(...SUBMISSION_ACTIONS),
  roles: fc.subarray(ROLES, { minLength: 0, maxLength: 2 }),
  comment: fc.option(fc.constantFrom('', '  ', 'Sai ngày sinh'), { nil: null }),
  hasLevelAbove: fc.boolean(),
});

describe('submission state machine (property-based)', () => {
  it('keeps its invariants over random sequences of actions by random roles', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let current = start;
        for (const input of steps) {
          const result = transition(current, input);
          if (!result.ok) continue;
          const { next } = result;
          // Every transition bumps the revision by exactly one.
          expect(next.revision).toBe(current.revision + 1);
          // The version increments only on submit, and always on submit.
          expect(next.version).toBe(current.version + (input.action === 'submit' ? 1 : 0));
          // approved only from submitted; accepted only from approved.
          if (next.state === 'approved') expect(current.state).toBe('submitted');
          if (next.state === 'accepted') expect(current.state).toBe('approved');
          // Only the school submits, only the department reopens.
          if (input.action === 'submit') expect(input.roles).toContain('school');
          if (input.action === 'reopen') expect(input.roles).toContain('department');
          // Return and reopen always carry a comment.
          if (input.action === 'return' || input.action === 'reopen')
            expect(input.comment?.trim()).toBeTruthy();
          // Nothing goes back to not_submitted.
          expect(next.state).not.toBe('not_submitted');
          current = next;
        }
        // A unit that never submitted has version 0 and is not locked.
        if (current.state === 'not_submitted') expect(current.version).toBe(0);
        else expect(current.version).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('locked states refuse nothing but review actions; an edit window opens only by return or reopen', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let current = start;
        for (const input of steps) {
          const result = transition(current, input);
          if (!result.ok) continue;
          if (isLockedState(current.state) && !isLockedState(result.next.state))
            expect(['return', 'reopen']).toContain(input.action);
          current = result.next;
        }
      }),
    );
  });

  it('two reviewers acting on the same revision: the second sees a changed state', () => {
    const submitted = transition(start, { action: 'submit', roles: ['school'] });
    if (!submitted.ok) throw new Error('submit failed');
    const first = transition(submitted.next, { action: 'approve', roles: ['reviewer'] });
    const second = transition(submitted.next, { action: 'return', roles: ['reviewer'], comment: 'x' });
    // Both are valid from the same status; the database's revision check lets only one land.
    expect(first.ok && second.ok).toBe(true);
    if (first.ok) {
      expect(transition(first.next, { action: 'return', roles: ['reviewer'], comment: 'x' })).toEqual({
        ok: false,
        error: 'REPORTING_TRANSITION_INVALID',
      });
    }
  });

  it('says why an action is refused', () => {
    expect(transition(start, { action: 'approve', roles: ['reviewer'] })).toEqual({
      ok: false,
      error: 'REPORTING_TRANSITION_INVALID',
    });
    expect(transition(start, { action: 'submit', roles: ['reviewer'] })).toEqual({
      ok: false,
      error: 'REPORTING_ROLE_NOT_ALLOWED',
    });
    const submitted = { state: 'submitted', version: 1, revision: 1 } as const;
    expect(transition(submitted, { action: 'return', roles: ['reviewer'], comment: ' ' })).toEqual({
      ok: false,
      error: 'REPORTING_COMMENT_REQUIRED',
    });
    const approved = { state: 'approved', version: 1, revision: 2 } as const;
    expect(transition(approved, { action: 'accept', roles: ['upper'], hasLevelAbove: false })).toEqual({
      ok: false,
      error: 'REPORTING_NO_LEVEL_ABOVE',
    });
    expect(availableActions(approved, ['department', 'upper'], true)).toEqual(['accept', 'reopen']);
  });
});
