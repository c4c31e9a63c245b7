import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITIES } from '../standard';
import { isRuleCode, VALIDATION_RULES } from './catalogue';
import { validateRecord } from './record';
import { anyRecord } from './test-arbitraries';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('danh mục quy tắc (VALIDATION_RULES)', () => {
  it('mỗi mã quy tắc là duy nhất và đúng dạng', () => {
    const codes = VALIDATION_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]+(_[A-Z0-9]+)+$/);
  });

  it('mỗi quy tắc có thông báo tiếng Việt và tiếng Anh với cùng tham số', () => {
    for (const rule of VALIDATION_RULES) {
      expect(rule.message.vi.length, rule.code).toBeGreaterThan(20);
      expect(rule.message.en.length, rule.code).toBeGreaterThan(20);
      expect(placeholders(rule.message.vi), rule.code).toEqual(placeholders(rule.message.en));
    }
  });

  it('thông báo nói cách sửa: có ít nhất hai câu (lỗi gì, sửa thế nào)', () => {
    for (const rule of VALIDATION_RULES) {
      const sentences = rule.message.vi.split(/[.:;](?=\s|\{|$)/).filter((s) => s.trim() !== '');
      expect(sentences.length, rule.code).toBeGreaterThanOrEqual(2);
    }
  });

  it('quy tắc của từng đối tượng chỉ nhắc đến các trường có thật', () => {
    for (const rule of VALIDATION_RULES) {
      if (rule.entity === '*') continue;
      const keys = new Set(ENTITIES[rule.entity].fields.map((f) => f.key));
      for (const field of rule.fields) expect(keys.has(field), `${rule.code}: ${field}`).toBe(true);
    }
  });

  it('mọi mã lỗi sinh ra đều có trong danh mục, cùng mức độ, và thông báo đã điền đủ tham số', () => {
    const severity = new Map(VALIDATION_RULES.map((r) => [r.code, r.severity]));
    fc.assert(
      fc.property(anyRecord, ({ entity, record }) => {
        for (const issue of validateRecord(entity, record, { schoolYear: '2025-2026', today: '2026-01-15' })
          .issues) {
          expect(isRuleCode(issue.ruleCode)).toBe(true);
          expect(issue.severity).toBe(severity.get(issue.ruleCode));
          expect(issue.message.vi).not.toMatch(/\{\w+\}/);
          expect(issue.message.en).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
