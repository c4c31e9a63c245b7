import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ERROR_MESSAGES } from '@edushield/core';
import { isRuleCode } from '@edushield/core/validation/index';
import { describe, expect, it } from 'vitest';
import { noticeText } from './import/messages';

/**
 * Every error code the sector module (and its importer) can send has a
 * Vietnamese and an English message: the codes thrown, and the codes named
 * in error details (which the UI may show), are read from the source.
 */
const ROOT = path.dirname(new URL(import.meta.url).pathname);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return name.endsWith('.ts') && !name.includes('.test.') ? [file] : [];
  });
}

const THROWN = /\b(?:badRequest|conflict|forbidden|importError|new AppError)\(\s*'([A-Z][A-Z0-9_]+)'/g;
const IN_DETAILS = /\bcode:\s*'([A-Z][A-Z0-9_]+)'/g;
const messages = ERROR_MESSAGES as Record<string, { vi: string; en: string }>;

describe('sector error codes', () => {
  const files = sources(ROOT);
  const found = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of [THROWN, IN_DETAILS])
      for (const match of text.matchAll(pattern)) found.set(match[1]!, path.relative(ROOT, file));
  }

  it('finds the codes in the source', () => {
    expect(found.size).toBeGreaterThan(20);
    expect(found.has('STU_STATUS_DATE_INVALID')).toBe(true);
  });

  it('has a Vietnamese and an English message for each', () => {
    const missing = [...found]
      .filter(([code]) => {
        const m = messages[code];
        // Codes of the shared validation catalogue carry their own messages, file notices too.
        if (!m) return !isRuleCode(code) && noticeText(code).vi === code;
        return !m.vi.trim() || !m.en.trim() || m.vi === m.en;
      })
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });
});
