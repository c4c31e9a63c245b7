import { describe, expect, it } from 'vitest';
import { auditQueryFromParams, detailsText } from './query';

describe('auditQueryFromParams', () => {
  it('keeps valid filters and drops malformed ones', () => {
    const query = auditQueryFromParams(
      new URLSearchParams('from=2025-07-01&to=bad&action=auth.login&outcome=weird&page=3&actorName=%20'),
    );
    expect(query).toEqual({
      from: '2025-07-01',
      to: undefined,
      action: 'auth.login',
      actorName: undefined,
      unitId: undefined,
      outcome: '',
      page: 3,
      pageSize: 50,
    });
  });

  it('starts at page 1', () => {
    expect(auditQueryFromParams(new URLSearchParams('page=-2')).page).toBe(1);
  });
});

describe('detailsText', () => {
  it('renders details as pretty JSON text', () => {
    expect(detailsText({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(detailsText(null)).toBe('');
    expect(detailsText('<b>plain</b>')).toBe('<b>plain</b>');
  });
});
