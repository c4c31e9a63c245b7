import { AUDIENCES, type Audience } from './content';

export type { Audience };

/**
 * Pure quiz rules shared by the API (drawing and scoring, always on the
 * server) and tests: which questions an attempt gets, and what it scores.
 */

/** A question as the draw sees it: its lesson (for spreading) and the audiences it is meant for. */
export interface DrawableQuestion {
  id: string;
  lessonId: string;
  /** Absent or empty = every audience. */
  audiences?: readonly string[] | null;
}

/** A deterministic pseudo-random generator (FNV-1a seed → mulberry32), values in [0, 1). */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const isForAudience = (q: Pick<DrawableQuestion, 'audiences'>, audience: string) =>
  !q.audiences || q.audiences.length === 0 || q.audiences.includes(audience);

/**
 * Draws up to `count` distinct questions meant for `audience`, spread over
 * the lessons in turn (every lesson contributes before any contributes
 * twice), in a random order. The same seed gives the same draw; never more
 * than the eligible bank holds.
 */
export function drawQuestions<Q extends DrawableQuestion>(
  bank: readonly Q[],
  count: number,
  audience: string,
  seed: string,
): Q[] {
  const random = seededRandom(seed);
  const eligible = bank.filter((q) => isForAudience(q, audience));
  const byLesson = new Map<string, Q[]>();
  for (const q of eligible) {
    const list = byLesson.get(q.lessonId) ?? [];
    list.push(q);
    byLesson.set(q.lessonId, list);
  }
  // Lessons in a random order, each lesson's questions shuffled.
  const lessons = shuffle([...byLesson.keys()].sort(), random).map((id) =>
    shuffle(byLesson.get(id)!, random),
  );
  const wanted = Math.max(0, Math.min(Math.floor(count), eligible.length));
  const picked: Q[] = [];
  for (let round = 0; picked.length < wanted; round++) {
    for (const list of lessons) {
      if (picked.length >= wanted) break;
      const q = list[round];
      if (q) picked.push(q);
    }
  }
  return shuffle(picked, random);
}

export interface ScoredQuestion {
  id: string;
  correctIndex: number;
}

export interface QuizScore {
  correct: number;
  total: number;
  /** 0–100, rounded down: 7 of 8 is 87, never rounded up to a pass. */
  percent: number;
  passed: boolean;
}

/** Scores an attempt: unanswered questions count as wrong; answers to other questions are ignored. */
export function scoreQuiz(
  questions: readonly ScoredQuestion[],
  answers: Readonly<Record<string, number>>,
  passMarkPercent: number,
): QuizScore {
  let correct = 0;
  for (const q of questions) if (answers[q.id] === q.correctIndex) correct++;
  const total = questions.length;
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  return { correct, total, percent, passed: total > 0 && percent >= passMarkPercent };
}

const LEADER_ROLES = new Set(['school_principal', 'commune_officer', 'department_admin', 'system_admin']);
const STUDENT_BANDS: Record<string, Audience> = {
  TH: 'students_th',
  THCS: 'students_thcs',
  THPT: 'students_thpt',
};

/**
 * The audience of a learner: pupils by the grade band of their school
 * (`schoolLevel`: TH, THCS, THPT; unknown → lower secondary), unit heads
 * as leaders, everyone else as staff.
 */
export function audienceOf(roleCodes: readonly string[], schoolLevel: string | null | undefined): Audience {
  if (roleCodes.length > 0 && roleCodes.every((r) => r === 'student')) {
    const level = (schoolLevel ?? '').toUpperCase();
    return STUDENT_BANDS[level] ?? (level.includes('THPT') ? 'students_thpt' : 'students_thcs');
  }
  if (roleCodes.some((r) => LEADER_ROLES.has(r))) return 'leaders';
  return 'staff';
}

/** Closest versions first: leaders and staff stand in for each other; pupils get the nearest band. */
const FALLBACKS: Record<Audience, Audience[]> = {
  leaders: ['leaders', 'staff'],
  staff: ['staff', 'leaders'],
  students_th: ['students_th', 'students_thcs', 'students_thpt'],
  students_thcs: ['students_thcs', 'students_th', 'students_thpt'],
  students_thpt: ['students_thpt', 'students_thcs', 'students_th'],
};

/** The course version a learner gets, or null when the course has none for them (adults never get pupils' versions and vice versa). */
export function pickVersion(available: readonly string[], wanted: Audience): Audience | null {
  for (const a of FALLBACKS[wanted]) if (available.includes(a)) return a;
  return null;
}

export const isAudience = (value: string): value is Audience =>
  (AUDIENCES as readonly string[]).includes(value);

/** Grade bands an assignment can target among pupils. */
export const GRADE_BANDS = ['TH', 'THCS', 'THPT'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];
export const bandOfAudience = (a: Audience): GradeBand | null =>
  a === 'students_th' ? 'TH' : a === 'students_thcs' ? 'THCS' : a === 'students_thpt' ? 'THPT' : null;
