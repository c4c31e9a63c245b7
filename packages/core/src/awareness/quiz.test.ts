import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES } from './content';
import { audienceOf, drawQuestions, isForAudience, pickVersion, scoreQuiz } from './quiz';

const audience = fc.constantFrom(...AUDIENCES);
const bank = fc.uniqueArray(
  fc.record({
    id: fc.uuid(),
    lessonId: fc.constantFrom('l1', 'l2', 'l3', 'l4'),
    audiences: fc.option(fc.subarray([...AUDIENCES]), { nil: undefined }),
  }),
  { selector: (q) => q.id, maxLength: 60 },
);

describe('drawQuestions', () => {
  it('never draws more than asked or than the eligible bank holds, and no question twice', () => {
    fc.assert(
      fc.property(bank, fc.integer({ min: 0, max: 80 }), audience, fc.string(), (b, n, a, seed) => {
        const drawn = drawQuestions(b, n, a, seed);
        const eligible = b.filter((q) => isForAudience(q, a));
        expect(drawn.length).toBe(Math.min(n, eligible.length));
        expect(new Set(drawn.map((q) => q.id)).size).toBe(drawn.length);
        // Only questions meant for the learner's audience.
        for (const q of drawn)
          expect(!q.audiences || q.audiences.length === 0 || q.audiences.includes(a)).toBe(true);
      }),
    );
  });

  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(bank, fc.integer({ min: 0, max: 30 }), audience, fc.string(), (b, n, a, seed) => {
        expect(drawQuestions(b, n, a, seed).map((q) => q.id)).toEqual(
          drawQuestions(b, n, a, seed).map((q) => q.id),
        );
      }),
    );
  });

  it('spreads the draw over lessons: no lesson gives two before every lesson gave one', () => {
    fc.assert(
      fc.property(bank, fc.integer({ min: 0, max: 30 }), audience, fc.string(), (b, n, a, seed) => {
        const drawn = drawQuestions(b, n, a, seed);
        const eligible = b.filter((q) => isForAudience(q, a));
        const available = new Map<string, number>();
        for (const q of eligible) available.set(q.lessonId, (available.get(q.lessonId) ?? 0) + 1);
        const taken = new Map<string, number>();
        for (const q of drawn) taken.set(q.lessonId, (taken.get(q.lessonId) ?? 0) + 1);
        const counts = [...available.keys()].map((l) => ({ got: taken.get(l) ?? 0, had: available.get(l)! }));
        const most = Math.max(0, ...counts.map((c) => c.got));
        // A lesson drawn fewer than `most - 1` times must have run out of questions.
        for (const c of counts) if (c.got < most - 1) expect(c.got).toBe(c.had);
      }),
    );
  });

  it('different seeds give different draws from a large bank (a retake is a new draw)', () => {
    const big = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, lessonId: `l${i % 4}` }));
    const a = drawQuestions(big, 10, 'staff', 'attempt-1').map((q) => q.id);
    const b = drawQuestions(big, 10, 'staff', 'attempt-2').map((q) => q.id);
    expect(a).not.toEqual(b);
  });
});

describe('scoreQuiz', () => {
  it('counts right answers only, rounds down, and needs the pass mark', () => {
    const qs = Array.from({ length: 8 }, (_, i) => ({ id: `q${i}`, correctIndex: i % 3 }));
    const answers = Object.fromEntries(qs.map((q, i) => [q.id, i === 0 ? 9 : q.correctIndex]));
    expect(scoreQuiz(qs, answers, 88)).toEqual({ correct: 7, total: 8, percent: 87, passed: false });
    expect(scoreQuiz(qs, answers, 87).passed).toBe(true);
    expect(scoreQuiz(qs, { other: 1 }, 0)).toMatchObject({ correct: 0, percent: 0, passed: true });
    expect(scoreQuiz([], {}, 0).passed).toBe(false);
  });

  it('is between 0 and 100 and monotone in right answers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.integer({ min: 1, max: 100 }),
        (pairs, mark) => {
          const qs = pairs.map(([c], i) => ({ id: `q${i}`, correctIndex: c }));
          const answers = Object.fromEntries(pairs.map(([, a], i) => [`q${i}`, a]));
          const s = scoreQuiz(qs, answers, mark);
          expect(s.percent).toBeGreaterThanOrEqual(0);
          expect(s.percent).toBeLessThanOrEqual(100);
          expect(s.correct).toBe(pairs.filter(([c, a]) => c === a).length);
          expect(s.passed).toBe(s.percent >= mark);
        },
      ),
    );
  });
});

describe('audiences', () => {
  it('pupils by their school level, heads as leaders, others as staff', () => {
    expect(audienceOf(['student'], 'TH')).toBe('students_th');
    expect(audienceOf(['student'], 'THCS')).toBe('students_thcs');
    expect(audienceOf(['student'], 'THPT')).toBe('students_thpt');
    expect(audienceOf(['school_principal'], 'TH')).toBe('leaders');
    expect(audienceOf(['teacher'], 'TH')).toBe('staff');
    expect(audienceOf(['teacher', 'student'], 'TH')).toBe('staff');
  });

  it('adults never get a pupils’ version and pupils never an adults’ one', () => {
    expect(pickVersion(['students_th', 'students_thcs'], 'staff')).toBeNull();
    expect(pickVersion(['leaders', 'staff'], 'students_thcs')).toBeNull();
    expect(pickVersion(['staff'], 'leaders')).toBe('staff');
    expect(pickVersion(['students_th', 'students_thpt'], 'students_thcs')).toBe('students_th');
  });
});
