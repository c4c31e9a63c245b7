import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { vi } from '../../i18n/vi';
import { bellCount, kindKey } from './labels';

describe('notification labels', () => {
  it('caps the bell count and hides it at zero', () => {
    expect(bellCount(0)).toBeNull();
    expect(bellCount(-1)).toBeNull();
    expect(bellCount(Number.NaN)).toBeNull();
    expect(bellCount(7)).toBe('7');
    expect(bellCount(99)).toBe('99');
    expect(bellCount(100)).toBe('99+');
  });

  it('names the reminder kinds and falls back for kinds of other features', () => {
    expect(vi[kindKey('reporting.reminder')]).toBe('Nhắc hạn báo cáo');
    expect(en[kindKey('reporting.escalation')]).toBe('Follow-up needed');
    expect(kindKey('learning.assigned')).toBe('notify.kind.other');
  });

  it('has a label for every channel and delivery status in both languages', () => {
    for (const c of ['email', 'zalo', 'in_app'] as const) {
      expect(vi[`notify.channel.${c}`]).toBeTruthy();
      expect(en[`notify.channel.${c}`]).toBeTruthy();
    }
    for (const s of ['queued', 'sent', 'failed', 'skipped'] as const) {
      expect(vi[`notify.status.${s}`]).toBeTruthy();
      expect(en[`notify.status.${s}`]).toBeTruthy();
    }
  });
});
