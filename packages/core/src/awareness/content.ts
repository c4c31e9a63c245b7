/**
 * The shape of the security-awareness seed content (courses, lessons,
 * questions) shared by the API's seeder and tests. Content itself lives in
 * ./content/*.ts, written in Vietnamese for EduShield.
 */

/** Audiences of a course version: leaders, teachers and staff, pupils by grade band. */
export const AUDIENCES = ['leaders', 'staff', 'students_th', 'students_thcs', 'students_thpt'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * A "spot the phish" exercise: a message shown as it would appear (email,
 * SMS, Zalo, web page); the learner marks it safe or phishing and sees the
 * telltale signs afterwards.
 */
export interface SpotThePhishItem {
  channel: 'email' | 'sms' | 'zalo' | 'web' | 'facebook';
  from: string;
  subject?: string;
  body: string;
  isPhish: boolean;
  /** Why — shown after the answer. */
  signs: string[];
}

export interface SeedQuestion {
  prompt: string;
  /** 2–5 choices; exactly one is correct. */
  choices: { text: string; correct: boolean }[];
  /** Shown after each answer. */
  explanation: string;
  /** Restrict the question to some audiences; absent = all. */
  audiences?: Audience[];
}

export interface SeedLesson {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
  /**
   * Body as HTML restricted to p, h2, h3, ul, ol, li, strong, em, a, img,
   * blockquote, table (the server sanitises it anyway).
   */
  bodyHtml: string;
  /** Lesson variants per audience; absent = `bodyHtml` for all. */
  bodyByAudience?: Partial<Record<Audience, string>>;
  exercises?: SpotThePhishItem[];
  /** The lesson's question bank: at least eight questions. */
  questions: SeedQuestion[];
}

export interface SeedCourse {
  slug: string;
  title: string;
  description: string;
  /** Lesson slugs in order. */
  lessons: string[];
  /** Audiences that get a version of this course. */
  audiences: Audience[];
  passMarkPercent: number;
  questionsPerQuiz: number;
}
