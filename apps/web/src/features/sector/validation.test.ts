import { validateField } from '@edushield/core/validation/field';
import { describe, expect, it } from 'vitest';
import { checkField, looksLikePersonalId } from './validation';

describe('live field checks', () => {
  it('standardises what the server would store', () => {
    expect(checkField('student', 'fullName', '  trần   thị bích ngọc ', 'vi')).toEqual({
      value: 'Trần Thị Bích Ngọc',
      error: null,
      warning: null,
    });
  });

  it('converts an old 11-digit mobile number and says so, as a warning', () => {
    const result = checkField('student', 'phone', '01629123456', 'vi');
    expect(result.value).toBe('0329123456');
    expect(result.error).toBeNull();
    expect(result.warning).toMatch(/11 chữ số/);
  });

  it('gives exactly the shared rule’s message for a bad personal id, in either language', () => {
    const shared = validateField('student', 'personalId', '12345').issues[0]!.message;
    expect(checkField('student', 'personalId', '12345', 'vi').error).toBe(shared.vi);
    expect(checkField('student', 'personalId', '12345', 'en').error).toBe(shared.en);
    expect(checkField('student', 'personalId', '12345', 'vi').value).toBe('12345');
  });

  it('leaves empty values to the form’s own "required" check', () => {
    expect(checkField('student', 'fullName', '   ', 'vi')).toEqual({ value: '', error: null, warning: null });
  });

  it('recognises a personal id typed into the search box', () => {
    expect(looksLikePersonalId('008214001234')).toBe(true);
    expect(looksLikePersonalId('008 214 001 234')).toBe(true);
    expect(looksLikePersonalId('080000000000001')).toBe(false);
    expect(looksLikePersonalId('nguyen van an')).toBe(false);
  });
});
