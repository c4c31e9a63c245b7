import { describe, expect, it } from 'vitest';
import { checkNewPassword, confirmWrongSoFar, fieldForPasswordError } from './password-fields';

describe('checkNewPassword', () => {
  it('uses the shared policy, with the same codes the server sends', () => {
    expect(checkNewPassword({ newPassword: 'ngắn', confirm: 'ngắn' }).policy).toBe('PASSWORD_TOO_SHORT');
    expect(checkNewPassword({ newPassword: 'matkhau123', confirm: 'matkhau123' }).policy).toBe(
      'PASSWORD_TOO_COMMON',
    );
    expect(
      checkNewPassword({
        newPassword: 'nguyenvana-2026!',
        confirm: 'nguyenvana-2026!',
        username: 'nguyenvana',
      }).policy,
    ).toBe('PASSWORD_CONTAINS_USERNAME');
  });

  it('accepts a long Vietnamese phrase that is repeated correctly', () => {
    const result = checkNewPassword({ newPassword: 'Hoa sen nở giữa hồ', confirm: 'Hoa sen nở giữa hồ' });
    expect(result).toEqual({ policy: null, mismatch: false, sameAsCurrent: false, ok: true });
  });

  it('refuses a mismatch and the current password', () => {
    expect(checkNewPassword({ newPassword: 'Hoa sen nở giữa hồ', confirm: 'Hoa sen' }).ok).toBe(false);
    const same = checkNewPassword({
      newPassword: 'Hoa sen nở giữa hồ',
      confirm: 'Hoa sen nở giữa hồ',
      currentPassword: 'Hoa sen nở giữa hồ',
    });
    expect(same.sameAsCurrent).toBe(true);
    expect(same.ok).toBe(false);
  });
});

describe('confirmWrongSoFar', () => {
  it('waits while the repeat is a correct beginning', () => {
    expect(confirmWrongSoFar('Hoa sen nở', 'Hoa s')).toBe(false);
    expect(confirmWrongSoFar('Hoa sen nở', 'Hoa x')).toBe(true);
    expect(confirmWrongSoFar('Hoa sen nở', 'Hoa sen nở!')).toBe(true);
    expect(confirmWrongSoFar('Hoa sen nở', 'Hoa sen nở')).toBe(false);
  });
});

describe('fieldForPasswordError', () => {
  it('puts server codes on the right field', () => {
    expect(fieldForPasswordError('CURRENT_PASSWORD_WRONG')).toBe('currentPassword');
    expect(fieldForPasswordError('PASSWORD_TOO_COMMON')).toBe('newPassword');
    expect(fieldForPasswordError('RATE_LIMITED')).toBeNull();
  });
});
