import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeEmail, composeZalo } from './notifications.delivery';
import { dueStages, type PeriodSchedule, reminderText } from './reminders';

const DAY = 86_400_000;
const DEADLINE = new Date('2026-12-01T10:00:00Z');

const schedules = fc.record({
  deadlineAt: fc.constant(DEADLINE),
  onTimeGraceHours: fc.integer({ min: 0, max: 48 }),
  remindDaysBefore: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 5 }),
  remindDaysAfter: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 5 }),
  escalateAfterDays: fc.integer({ min: 0, max: 30 }),
}) satisfies fc.Arbitrary<PeriodSchedule>;

/**
 * Replays the scheduler over a sequence of run times: which stages are sent
 * (claimed first as 'sent') and which are superseded, like reminder_log does.
 */
function replay(p: PeriodSchedule, times: number[]) {
  const log = new Map<string, 'sent' | 'superseded'>();
  for (const t of times) {
    const due = dueStages(p, new Date(t), null);
    for (const s of due.supersede) if (!log.has(s)) log.set(s, 'superseded');
    for (const s of due.send) if (!log.has(s)) log.set(s, 'sent');
  }
  return log;
}

describe('reminder schedule (property)', () => {
  it('with runs every 15 minutes, every configured stage is sent exactly once and nothing is superseded', () => {
    fc.assert(
      fc.property(schedules, (generated) => {
        const p = { ...generated, onTimeGraceHours: 0 };
        const times: number[] = [];
        for (let t = DEADLINE.getTime() - 31 * DAY; t <= DEADLINE.getTime() + 31 * DAY; t += 15 * 60_000)
          times.push(t);
        const log = replay(p, times);
        const expected = new Set([
          ...p.remindDaysBefore.map((n) => `before:${n}`),
          ...p.remindDaysAfter.map((n) => `after:${n}`),
          'escalate',
        ]);
        expect(new Set(log.keys())).toEqual(expected);
        expect([...log.values()].every((v) => v === 'sent')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('after any downtime, each stage is decided once: the latest due is sent, older ones superseded', () => {
    fc.assert(
      fc.property(
        schedules,
        fc.array(fc.integer({ min: -32 * DAY, max: 34 * DAY }), { minLength: 1, maxLength: 8 }),
        (p, offsets) => {
          const times = offsets.map((o) => DEADLINE.getTime() + o).sort((x, y) => x - y);
          const log = replay(p, times);
          // Replaying the same runs again changes nothing: every decision is final.
          const again = replay(p, [...times, ...times]);
          expect(again).toEqual(log);
          const last = times[times.length - 1]!;
          const finalDue = dueStages(p, new Date(last), null);
          for (const s of finalDue.send) expect(log.has(s)).toBe(true);
        },
      ),
    );
  });

  it('at any moment at most one reminder stage is sent, and never a before-deadline one after the deadline', () => {
    fc.assert(
      fc.property(schedules, fc.integer({ min: -40 * DAY, max: 40 * DAY }), (p, offset) => {
        const due = dueStages(p, new Date(DEADLINE.getTime() + offset), null);
        const reminders = due.send.filter((s) => s !== 'escalate');
        expect(reminders.length).toBeLessThanOrEqual(1);
        if (offset >= 0) expect(due.send.every((s) => !s.startsWith('before:'))).toBe(true);
        if (offset < 0) expect(due.send.every((s) => s.startsWith('before:'))).toBe(true);
        expect(new Set([...due.send, ...due.supersede]).size).toBe(due.send.length + due.supersede.length);
      }),
    );
  });
});

describe('reminder texts and messages', () => {
  it('shows the deadline in Vietnam time in both languages', () => {
    const text = reminderText(
      'before:3',
      { name: 'Đầu năm học 2026–2027', deadlineAt: DEADLINE, escalateAfterDays: 3 },
      'Trường TH Thái Bình',
    );
    expect(text.body.vi).toContain('17:00');
    expect(text.body.vi).toContain('01/12/2026');
    expect(text.body.en).toContain('17:00');
    expect(text.title.en).toBe('Reminder: 3 days left to submit “Đầu năm học 2026–2027”');
    expect(
      reminderText('after:1', { name: 'P', deadlineAt: DEADLINE, escalateAfterDays: 3 }, 'U').title.en,
    ).toBe('1 day overdue: U has not submitted “P”');
  });

  it('escapes HTML in the email and keeps the plain text as written', () => {
    const row = {
      title_vi: 'Tiêu đề',
      title_en: 'Title',
      body_vi: 'Nội dung <script>alert(1)</script> & "trích dẫn"',
      body_en: 'Body',
      link: '/reporting',
      locale: 'vi',
      full_name: 'Lê Văn <b>',
    };
    const mail = composeEmail(row, 'a@example.edu.vn', 'https://edushield.example');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('Lê Văn &lt;b&gt;');
    expect(mail.text).toContain('Nội dung <script>alert(1)</script> & "trích dẫn"');
    expect(mail.text).toContain('https://edushield.example/reporting');
    expect(composeZalo({ ...row, locale: 'en' }, 'https://x.example')).toBe(
      'Title\n\nBody\n\nhttps://x.example/reporting',
    );
  });
});

describe('notify input', () => {
  it('refuses links that are not app paths before touching the database', async () => {
    const { notify } = await import('./notify');
    const base = {
      userIds: ['00000000-0000-0000-0000-000000000001'],
      kind: 'k',
      title: { vi: 'a', en: 'a' },
      body: { vi: 'b', en: 'b' },
      dedupeKey: 'k',
    };
    const db = {} as never;
    for (const link of ['https://evil.example', '//evil.example', '/\\evil.example', 'reporting', '/a b'])
      await expect(notify(db, { ...base, link })).rejects.toThrow('app path');
  });
});
