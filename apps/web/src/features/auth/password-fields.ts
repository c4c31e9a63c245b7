import type { ErrorCode } from '@edushield/core';
import { checkPassword } from '@edushield/core/password-policy';

const NEW_PASSWORD_CODES = new Set<string>([
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_TOO_COMMON',
  'PASSWORD_CONTAINS_USERNAME',
  'PASSWORD_REPEATED',
  'PASSWORD_SAME_AS_OLD',
]);

/** Which form field an error code without field details belongs to. */
export function fieldForPasswordError(code: string): 'currentPassword' | 'newPassword' | null {
  if (code === 'CURRENT_PASSWORD_WRONG') return 'currentPassword';
  if (NEW_PASSWORD_CODES.has(code)) return 'newPassword';
  return null;
}

export interface NewPasswordCheck {
  /** The policy problem with the new password, the same code the server would answer. */
  policy: ErrorCode | null;
  mismatch: boolean;
  sameAsCurrent: boolean;
  ok: boolean;
}

export function checkNewPassword(input: {
  newPassword: string;
  confirm: string;
  currentPassword?: string;
  username?: string;
}): NewPasswordCheck {
  const policy = checkPassword(input.newPassword, { username: input.username });
  const mismatch = input.newPassword !== input.confirm;
  const sameAsCurrent = Boolean(input.currentPassword) && input.currentPassword === input.newPassword;
  return { policy, mismatch, sameAsCurrent, ok: !policy && !mismatch && !sameAsCurrent };
}

/** The repeat already differs from the password (a wrong character, or too long), not just incomplete. */
export function confirmWrongSoFar(password: string, confirm: string): boolean {
  return confirm.length >= password.length ? confirm !== password : !password.startsWith(confirm);
}
