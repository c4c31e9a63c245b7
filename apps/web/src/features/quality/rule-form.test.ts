import { parseRuleParams, QUALITY_RULE_TYPES } from '@edushield/core/quality/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFromParams, numberOrText, paramsFromDraft } from './rule-form';

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
});
