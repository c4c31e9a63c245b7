import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scannerReason } from './drills.scanner';
import { normaliseSubject, subjectMatches } from './drills.service';
import { compileTemplate, DRILL_TEMPLATES, escapeHtml } from './drills.templates';
import { type Clock, createThrottle } from './drills.throttle';
import { hashDrillToken, isDrillTokenShape, newDrillToken, tokenMatches } from './drills.tokens';

const BROWSER =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile Safari/604.1';
const sentAt = new Date('2026-11-22T01:00:00Z');

describe('drill tokens', () => {
  it('are 256 random bits, URL-safe, distinct; only the hash identifies them', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const token = newDrillToken();
      expect(isDrillTokenShape(token)).toBe(true);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      seen.add(token);
    }
    expect(seen.size).toBe(1000);
    const token = newDrillToken();
    expect(hashDrillToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenMatches(token, hashDrillToken(token))).toBe(true);
    expect(tokenMatches(newDrillToken(), hashDrillToken(token))).toBe(false);
    expect(isDrillTokenShape(`${token}x`)).toBe(false);
    expect(isDrillTokenShape("' or 1=1 --")).toBe(false);
  });
});

describe('scanner flagging', () => {
  const hit = (over: Partial<Parameters<typeof scannerReason>[0]>) =>
    scannerReason({
      method: 'GET',
      userAgent: BROWSER,
      ip: '113.160.1.2',
      at: new Date(sentAt.getTime() + 600_000),
      sentAt,
      ...over,
    });

  it('lets a person through', () => expect(hit({})).toBeNull());
  it('flags HEAD requests', () => expect(hit({ method: 'HEAD' })).toBe('head'));
  it('flags hits within the window after sending', () => {
    expect(hit({ at: new Date(sentAt.getTime() + 4_000) })).toBe('too_soon');
    expect(hit({ at: new Date(sentAt.getTime() + 10_000) })).toBeNull();
  });
  it('flags scanner agents and empty agents', () => {
    for (const ua of [
      'Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0)',
      'python-requests/2.31',
      'Mozilla/5.0 (compatible; Proofpoint URL Defense)',
      '',
      undefined,
    ]) {
      expect(hit({ userAgent: ua })).toBe('user_agent');
    }
  });
  it('flags mail-security cloud addresses, also IPv4-mapped', () => {
    expect(hit({ ip: '40.107.1.1' })).toBe('address');
    expect(hit({ ip: '::ffff:148.163.10.2' })).toBe('address');
  });
});

describe('throttle', () => {
  it('spaces sends 1/rate apart on a fake clock, and not at all at rate 0', async () => {
    let now = 0;
    const starts: number[] = [];
    const clock: Clock = {
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
    };
    const throttle = createThrottle(5, clock);
    for (let i = 0; i < 6; i++) {
      await throttle.take();
      starts.push(now);
    }
    expect(starts).toEqual([0, 200, 400, 600, 800, 1000]);
    const free = createThrottle(0, clock);
    const before = now;
    for (let i = 0; i < 100; i++) await free.take();
    expect(now).toBe(before);
  });
});

describe('templates', () => {
  it('are Vietnamese, at least four, with every placeholder in both bodies', () => {
    expect(DRILL_TEMPLATES.length).toBeGreaterThanOrEqual(4);
    for (const t of DRILL_TEMPLATES) {
      for (const key of ['{{name}}', '{{link}}']) {
        expect(t.text, t.code).toContain(key);
        expect(t.html, t.code).toContain(key);
      }
      expect(t.html).toContain('{{pixel}}');
      expect(t.subject.normalize('NFC')).toBe(t.subject);
    }
  });

  it('escape every value in HTML and keep text on one line', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, unit) => {
        for (const t of DRILL_TEMPLATES) {
          const out = compileTemplate(t).render({
            name,
            unit,
            link: 'https://x.invalid/a?b=1&c=2',
            pixelUrl: 'https://x.invalid/p',
          });
          if (name.includes('<')) expect(out.html).not.toContain(name);
          if (t.html.includes('{{name}}')) expect(out.html).toContain(escapeHtml(name));
          expect(out.html).toContain('https://x.invalid/a?b=1&amp;c=2');
          expect(out.text).toContain('https://x.invalid/a?b=1&c=2');
          expect(out.text).toContain(name.replace(/[\r\n]+/g, ' '));
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('reported subjects', () => {
  const subject = DRILL_TEMPLATES[0]!.subject;
  it('match through forwarding prefixes, case and spacing', () => {
    expect(subjectMatches(`FW: ${subject.toUpperCase()}`, subject)).toBe(true);
    expect(subjectMatches(`Chuyển tiếp:   ${subject}`, subject)).toBe(true);
    expect(subjectMatches('cần ký số trước 17h hôm nay', subject)).toBe(true);
    expect(subjectMatches('ký số', subject)).toBe(false);
    expect(subjectMatches('Thư mời họp phụ huynh', subject)).toBe(false);
    expect(normaliseSubject('  Re:  Fwd: Xin   Chào ')).toBe('xin chào');
  });
});
