import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MIN_LENGTH } from './password-policy';

describe('checkPassword (NIST 800-63B)', () => {
  it('refuses short, common, username-bearing and sequential passwords', () => {
    expect(checkPassword('short')).toBe('PASSWORD_TOO_SHORT');
    expect(checkPassword('Password123')).toBe('PASSWORD_TOO_COMMON');
    expect(checkPassword('matkhau@2024')).toBe('PASSWORD_TOO_COMMON');
    expect(checkPassword('nguyenvana-2026!', { username: 'nguyenvana' })).toBe('PASSWORD_CONTAINS_USERNAME');
    expect(checkPassword('aaaaaaaaaaaa')).toBe('PASSWORD_REPEATED');
    expect(checkPassword('abcdefghijk')).toBe('PASSWORD_REPEATED');
    expect(checkPassword('x'.repeat(129))).toBe('PASSWORD_TOO_LONG');
  });

  it('accepts long passphrases, including Vietnamese ones, without composition rules', () => {
    expect(checkPassword('mùa thu hà nội lá vàng rơi')).toBeNull();
    expect(checkPassword('correct horse battery staple')).toBeNull();
  });

  it('never accepts anything shorter than the minimum', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: PASSWORD_MIN_LENGTH - 1 }), (pw) => {
        expect(checkPassword(pw)).not.toBeNull();
      }),
    );
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    expect(checkPassword('ẩẩẩẩẩẩẩẩẩ')).toBe('PASSWORD_TOO_SHORT');
  });
});
