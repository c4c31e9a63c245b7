import { describe, expect, it } from 'vitest';
import { percent } from './api';
import { LANDING_CODES, tokenFromHash } from './landing';

describe('drill figures', () => {
  it('gives one decimal and no rate without deliveries', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBeNull();
    expect(percent(2, 2)).toBe(100);
  });
});

describe('landing', () => {
  it('reads the token from the fragment only when it has the token shape', () => {
    const token = 'a'.repeat(43);
    expect(tokenFromHash(`#${token}`)).toBe(token);
    expect(tokenFromHash('#abc')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });

  it('knows every template the API sends', () => {
    expect([...LANDING_CODES].sort()).toEqual(
      ['chia-se-tai-lieu', 'hoc-phi-vi-dien-tu', 'mat-khau-het-han', 'so-gddt-ky-van-ban'].sort(),
    );
  });
});
