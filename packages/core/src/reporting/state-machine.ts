/**
 * The submission state machine of a reporting period, pure so the API, the
 * web app and the property tests share one definition.
 *
 *   not_submitted ─submit→ submitted ─approve→ approved ─accept→ accepted
 *                              │  ↑                 │               │
 *                          return  submit           └────reopen─────┘→ returned
 *                              ↓  │
 *                           returned
 *
 * Who may act is a role in the transition, derived by the API from the
 * caller's assignments: the school submits its own unit, a reviewer over the
 * unit returns or approves, the level above the approver accepts, and the
 * department (reporting.manage) reopens approved data.
 */

export const SUBMISSION_STATES = ['not_submitted', 'submitted', 'returned', 'approved', 'accepted'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

export const SUBMISSION_ACTIONS = ['submit', 'return', 'approve', 'accept', 'reopen'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

export type ActorRole = 'school' | 'reviewer' | 'upper' | 'department';

/** States in which the unit's sector data is frozen for the period (edits refused). */
export const LOCKED_STATES: ReadonlySet<SubmissionState> = new Set(['submitted', 'approved', 'accepted']);

export interface SubmissionStatus {
  readonly state: SubmissionState;
  /** Latest snapshot number; 0 before the first submission. */
  readonly version: number;
  /** Increases on every transition (optimistic concurrency). */
  readonly revision: number;
}

export type TransitionError =
  /** The action is not possible from this state. */
  | 'REPORTING_TRANSITION_INVALID'
  /** The caller's role may not take this action. */
  | 'REPORTING_ROLE_NOT_ALLOWED'
  /** Returning needs a comment. */
  | 'REPORTING_COMMENT_REQUIRED'
  /** Accept where the unit has no level above its approver. */
  | 'REPORTING_NO_LEVEL_ABOVE';

interface Rule {
  readonly from: readonly SubmissionState[];
  readonly to: SubmissionState;
  readonly roles: readonly ActorRole[];
}

export const TRANSITIONS: Readonly<Record<SubmissionAction, Rule>> = {
  submit: { from: ['not_submitted', 'returned'], to: 'submitted', roles: ['school'] },
  return: { from: ['submitted'], to: 'returned', roles: ['reviewer', 'upper'] },
  approve: { from: ['submitted'], to: 'approved', roles: ['reviewer', 'upper'] },
  accept: { from: ['approved'], to: 'accepted', roles: ['upper'] },
  reopen: { from: ['approved', 'accepted'], to: 'returned', roles: ['department'] },
};

export interface TransitionInput {
  readonly action: SubmissionAction;
  /** Every role the caller holds over the unit (one person can be several). */
  readonly roles: readonly ActorRole[];
  readonly comment?: string | null;
  /** Whether a level above the approver exists for this unit (accept is possible). */
  readonly hasLevelAbove?: boolean;
}

export type TransitionResult =
  | { readonly ok: true; readonly next: SubmissionStatus }
  | { readonly ok: false; readonly error: TransitionError };

/** The next status after an action, or why it is refused. Never throws. */
export function transition(current: SubmissionStatus, input: TransitionInput): TransitionResult {
  const rule = TRANSITIONS[input.action];
  if (!rule.roles.some((role) => input.roles.includes(role)))
    return { ok: false, error: 'REPORTING_ROLE_NOT_ALLOWED' };
  if (!rule.from.includes(current.state)) return { ok: false, error: 'REPORTING_TRANSITION_INVALID' };
  if ((input.action === 'return' || input.action === 'reopen') && !input.comment?.trim())
    return { ok: false, error: 'REPORTING_COMMENT_REQUIRED' };
  if (input.action === 'accept' && input.hasLevelAbove === false)
    return { ok: false, error: 'REPORTING_NO_LEVEL_ABOVE' };
  return {
    ok: true,
    next: {
      state: rule.to,
      version: input.action === 'submit' ? current.version + 1 : current.version,
      revision: current.revision + 1,
    },
  };
}

/** Actions the caller could take now (for buttons); the server re-checks everything. */
export function availableActions(
  current: SubmissionStatus,
  roles: readonly ActorRole[],
  hasLevelAbove: boolean,
): SubmissionAction[] {
  return SUBMISSION_ACTIONS.filter(
    (action) => transition(current, { action, roles, comment: 'x', hasLevelAbove }).ok,
  );
}

export const isLockedState = (state: SubmissionState) => LOCKED_STATES.has(state);
