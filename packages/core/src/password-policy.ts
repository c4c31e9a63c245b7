import { isCommonPassword } from './common-passwords';
import type { ErrorCode } from './errors';

/**
 * NIST SP 800-63B (rev. 3 §5.1.1.2, rev. 4 §3.1.1.2): length matters, composition
 * rules and periodic changes do not; refuse known-common and context-specific
 * values. Every printable Unicode character (Vietnamese included) is allowed.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export function checkPassword(password: string, context: { username?: string } = {}): ErrorCode | null {
  const normalised = password.normalize('NFC');
  const length = [...normalised].length;
  if (length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (length > PASSWORD_MAX_LENGTH) return 'PASSWORD_TOO_LONG';
  if (isCommonPassword(normalised)) return 'PASSWORD_TOO_COMMON';
  const username = context.username?.trim().toLowerCase();
  if (username && username.length >= 3 && normalised.toLowerCase().includes(username)) {
    return 'PASSWORD_CONTAINS_USERNAME';
  }
  if (isRepetitiveOrSequential(normalised)) return 'PASSWORD_REPEATED';
  return null;
}

function isRepetitiveOrSequential(value: string): boolean {
  const chars = [...value];
  if (new Set(chars).size <= 2) return true;
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const ascending = codes.every((c, i) => i === 0 || c - (codes[i - 1] ?? 0) === 1);
  const descending = codes.every((c, i) => i === 0 || (codes[i - 1] ?? 0) - c === 1);
  return ascending || descending;
}
