import { parseRuleParams, QUALITY_RULE_TYPES, RULE_TYPES } from '@edushield/core/quality/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { vi } from '../../i18n/vi';
import { draftFromParams, numberOrText, paramErrors, paramSummary, paramsFromDraft } from './rule-form';

describe('rule form', () => {
  it('round-trips every type’s default parameters through the form', () => {
    for (const type of QUALITY_RULE_TYPES) {
      const params = paramsFromDraft(type, draftFromParams(type, undefined));
      expect(parseRuleParams(type, params).ok, type).toBe(true);
    }
  });

  it('leaves empty level limits out, so the general limit applies', () => {
    const draft = { ...draftFromParams('class_size', { max: 45 }), maxTH: '35', maxTHCS: ' ' };
    expect(paramsFromDraft('class_size', draft)).toEqual({ max: 45, maxByLevel: { TH: 35 } });
  });

  it('sends non-numbers as typed, so the server names the field', () => {
    expect(numberOrText('ba lăm')).toBe('ba lăm');
    const result = parseRuleParams(
      'pupils_per_teacher',
      paramsFromDraft('pupils_per_teacher', {
        ...draftFromParams('pupils_per_teacher', undefined),
        max: '2,5',
      }),
    );
    expect(result.ok).toBe(false);
  });

  it('reads whole numbers exactly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), (n) => {
        expect(numberOrText(` ${n} `)).toBe(n);
      }),
    );
  });

  it('explains bad parameters before sending, in the server’s words and fields', () => {
    const draft = { ...draftFromParams('class_size', undefined), max: '', maxTH: '-5' };
    const errors = paramErrors('class_size', paramsFromDraft('class_size', draft), 'vi');
    expect(errors['params.max']).toMatch(/^Chưa nhập tham số này/);
    expect(errors['params.maxByLevel.TH']).toMatch(/^Giá trị nằm ngoài khoảng cho phép.*\(1–200\)$/);
    expect(
      paramErrors(
        'class_size',
        paramsFromDraft('class_size', draftFromParams('class_size', undefined)),
        'vi',
      ),
    ).toEqual({});
  });

  it('says every type’s parameters in words, never as JSON', () => {
    const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
      translate(vi, key, vars);
    expect(paramSummary('class_size', { max: 45, maxByLevel: { TH: 35 } }, t)).toBe(
      'Sĩ số tối đa 45; tiểu học 35',
    );
    for (const info of RULE_TYPES) {
      const text = paramSummary(info.type, info.defaultParams, t);
      expect(text, info.type).not.toMatch(/[{}"]|quality\./);
      expect(text.length, info.type).toBeGreaterThan(0);
    }
  });
});
