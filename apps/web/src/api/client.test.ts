import { describe, expect, it } from 'vitest';
import { ApiError, buildUrl, filenameFromDisposition, normaliseFieldName } from './client';

describe('buildUrl', () => {
  it('skips empty values and encodes the rest', () => {
    expect(buildUrl('/api/users', { q: 'Nguyễn', unitId: '', status: undefined, page: 2 })).toBe(
      '/api/users?q=Nguy%E1%BB%85n&page=2',
    );
    expect(buildUrl('/api/units', { includeClosed: false })).toBe('/api/units?includeClosed=false');
    expect(buildUrl('/api/units')).toBe('/api/units');
  });
});

describe('ApiError', () => {
  it('maps VALIDATION_FAILED details to fields', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ', 'req-1', [
      { field: 'username', code: 'REQUIRED', message: 'Bắt buộc' },
      { field: '/body/email', code: 'FORMAT', message: 'Email sai' },
      { field: 'username', code: 'TOO_LONG', message: 'second message ignored' },
      'garbage',
    ]);
    expect(error.fieldErrors).toEqual({ username: 'Bắt buộc', email: 'Email sai' });
  });

  it('fills in a message when the server only names the problem', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'x', undefined, [
      { field: 'unitId', code: 'uuid' },
      { field: 'username', code: 'required' },
    ]);
    expect(error.fieldErrors).toEqual({
      unitId: 'Giá trị không hợp lệ.',
      username: 'Vui lòng nhập thông tin này.',
    });
  });

  it('uses the main message for a specific refusal that names a field', () => {
    const error = new ApiError(409, 'UNIT_CODE_TAKEN', 'Mã đơn vị đã được sử dụng.', undefined, [
      { field: 'code' },
    ]);
    expect(error.fieldErrors).toEqual({ code: 'Mã đơn vị đã được sử dụng.' });
  });

  it('reads retryAfterSeconds of a throttled sign-in', () => {
    expect(
      new ApiError(429, 'TOO_MANY_ATTEMPTS', 'x', undefined, { retryAfterSeconds: 41.2 }).retryAfterSeconds,
    ).toBe(42);
    expect(new ApiError(429, 'TOO_MANY_ATTEMPTS', 'x').retryAfterSeconds).toBeNull();
  });
});

describe('normaliseFieldName', () => {
  it('accepts JSON pointers and dotted paths', () => {
    expect(normaliseFieldName('/newPassword')).toBe('newPassword');
    expect(normaliseFieldName('body.validFrom')).toBe('validFrom');
  });
});

describe('filenameFromDisposition', () => {
  it('prefers the UTF-8 name', () => {
    expect(
      filenameFromDisposition(
        `attachment; filename="tai-khoan.xlsx"; filename*=UTF-8''t%C3%A0i-kho%E1%BA%A3n.xlsx`,
      ),
    ).toBe('tài-khoản.xlsx');
    expect(filenameFromDisposition('attachment; filename="accounts.xlsx"')).toBe('accounts.xlsx');
    expect(filenameFromDisposition(null)).toBeNull();
  });
});
