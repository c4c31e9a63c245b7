import { describe, expect, it } from 'vitest';
import { AUDIENCES, type Audience, type SeedLesson } from '../content';
import { SEED_COURSES, SEED_LESSONS } from './index';

const ALLOWED_TAGS = new Set([
  'p',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'a',
  'img',
  'blockquote',
  'table',
]);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { a: ['href'], img: ['src', 'alt'] };
const STUDENT_AUDIENCES: Audience[] = ['students_th', 'students_thcs', 'students_thpt'];
/** Letters with Vietnamese diacritics (lower case; text is lower-cased first). */
const VIETNAMESE = /[ăâđêôơưàáãạảấầẩẫậắằẳẵặèéẹẻẽếềểễệìíĩỉịòóõọỏốồổỗộớờởỡợùúũụủứừửữựỳýỵỷỹ]/;

const bodies = (lesson: SeedLesson) => [
  ['bodyHtml', lesson.bodyHtml] as const,
  ...Object.entries(lesson.bodyByAudience ?? {}).map(([audience, html]) => [audience, html ?? ''] as const),
];

/** Every tag of an HTML fragment with its attribute names. */
function tagsOf(html: string): { tag: string; attributes: string[]; raw: string }[] {
  return [...html.matchAll(/<\/?([a-zA-Z0-9]+)([^>]*)>/g)].map((m) => ({
    tag: m[1]!.toLowerCase(),
    attributes: [...m[2]!.matchAll(/([a-zA-Z-:]+)\s*=/g)].map((a) => a[1]!.toLowerCase()),
    raw: m[0],
  }));
}

const questionsFor = (lesson: SeedLesson, audience: Audience) =>
  lesson.questions.filter((q) => !q.audiences || q.audiences.includes(audience));

const lessonBySlug = new Map(SEED_LESSONS.map((l) => [l.slug, l]));
const studentFacing = new Set(
  SEED_COURSES.filter((c) => c.audiences.some((a) => STUDENT_AUDIENCES.includes(a))).flatMap(
    (c) => c.lessons,
  ),
);

describe('seed awareness content', () => {
  it('has at least eight lessons with unique slugs, and the slug the drills rely on', () => {
    expect(SEED_LESSONS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(SEED_LESSONS.map((l) => l.slug)).size).toBe(SEED_LESSONS.length);
    expect(lessonBySlug.has('phishing-email-fake-websites')).toBe(true);
    for (const lesson of SEED_LESSONS) expect(lesson.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has the four courses with unique slugs, referencing existing lessons', () => {
    expect(new Set(SEED_COURSES.map((c) => c.slug)).size).toBe(SEED_COURSES.length);
    expect(SEED_COURSES.map((c) => c.slug)).toContain('nhan-dien-lua-dao-truc-tuyen');
    expect(SEED_COURSES.length).toBeGreaterThanOrEqual(4);
    for (const course of SEED_COURSES) {
      expect(course.lessons.length, course.slug).toBeGreaterThan(0);
      expect(new Set(course.lessons).size, course.slug).toBe(course.lessons.length);
      for (const slug of course.lessons)
        expect(lessonBySlug.has(slug), `${course.slug} → ${slug}`).toBe(true);
      for (const audience of course.audiences) expect(AUDIENCES).toContain(audience);
      expect(course.passMarkPercent).toBeGreaterThan(0);
      expect(course.passMarkPercent).toBeLessThanOrEqual(100);
    }
    const fraud = SEED_COURSES.find((c) => c.slug === 'nhan-dien-lua-dao-truc-tuyen')!;
    expect(fraud.lessons).toEqual([
      'phishing-email-fake-websites',
      'phone-zalo-social-scams',
      'ai-deepfake-voice-video',
    ]);
    expect([...fraud.audiences].sort()).toEqual([...AUDIENCES].sort());
  });

  it('gives every lesson at least eight questions overall and for every audience that takes it', () => {
    for (const lesson of SEED_LESSONS) expect(lesson.questions.length, lesson.slug).toBeGreaterThanOrEqual(8);
    for (const course of SEED_COURSES) {
      for (const audience of course.audiences) {
        let bank = 0;
        for (const slug of course.lessons) {
          const count = questionsFor(lessonBySlug.get(slug)!, audience).length;
          expect(count, `${course.slug}/${slug}/${audience}`).toBeGreaterThanOrEqual(8);
          bank += count;
        }
        expect(bank, `${course.slug}/${audience}`).toBeGreaterThanOrEqual(course.questionsPerQuiz);
      }
    }
  });

  it('has four distinct choices with exactly one correct answer and an explanation for every question', () => {
    for (const lesson of SEED_LESSONS) {
      const prompts = new Set<string>();
      for (const q of lesson.questions) {
        const where = `${lesson.slug}: ${q.prompt}`;
        expect(prompts.has(q.prompt), where).toBe(false);
        prompts.add(q.prompt);
        expect(q.choices, where).toHaveLength(4);
        expect(
          q.choices.filter((c) => c.correct),
          where,
        ).toHaveLength(1);
        expect(new Set(q.choices.map((c) => c.text.trim())).size, where).toBe(4);
        expect(q.explanation.trim().length, where).toBeGreaterThan(20);
        for (const audience of q.audiences ?? []) expect(AUDIENCES, where).toContain(audience);
      }
    }
  });

  it('does not always put the correct answer in the same position', () => {
    const positions = new Set(
      SEED_LESSONS.flatMap((l) => l.questions.map((q) => q.choices.findIndex((c) => c.correct))),
    );
    expect(positions.size).toBe(4);
  });

  it('uses only the allowed tags and attributes in lesson bodies', () => {
    for (const lesson of SEED_LESSONS) {
      for (const [name, html] of bodies(lesson)) {
        const where = `${lesson.slug}/${name}`;
        expect(html.trim().length, where).toBeGreaterThan(200);
        expect(html, where).not.toMatch(/javascript:|<script|<style|\son[a-z]+\s*=|style\s*=/i);
        for (const { tag, attributes, raw } of tagsOf(html)) {
          expect(ALLOWED_TAGS.has(tag), `${where}: ${raw}`).toBe(true);
          for (const attribute of attributes) {
            expect(ALLOWED_ATTRIBUTES[tag] ?? [], `${where}: ${raw}`).toContain(attribute);
          }
        }
        for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href, where).toMatch(/^https:\/\//);
        // A bare "&" must be written as an entity.
        expect(html.replace(/&(amp|lt|gt|quot|nbsp|#\d+);/g, ''), where).not.toContain('&');
      }
      for (const audience of Object.keys(lesson.bodyByAudience ?? {})) expect(AUDIENCES).toContain(audience);
    }
  });

  it('is written in Vietnamese', () => {
    for (const lesson of SEED_LESSONS) {
      for (const text of [lesson.title, lesson.summary, ...bodies(lesson).map(([, html]) => html)]) {
        expect(VIETNAMESE.test(text.toLowerCase()), `${lesson.slug}: ${text.slice(0, 60)}`).toBe(true);
      }
      for (const q of lesson.questions) expect(VIETNAMESE.test(q.prompt.toLowerCase()), q.prompt).toBe(true);
    }
    for (const course of SEED_COURSES) {
      expect(VIETNAMESE.test(course.title.toLowerCase()), course.slug).toBe(true);
      expect(VIETNAMESE.test(course.description.toLowerCase()), course.slug).toBe(true);
    }
  });

  it('gives pupils simpler versions and at least four spot-the-phish exercises per pupil lesson', () => {
    for (const slug of studentFacing) {
      const lesson = lessonBySlug.get(slug)!;
      expect(lesson.exercises?.length ?? 0, slug).toBeGreaterThanOrEqual(4);
      expect(lesson.bodyByAudience?.students_th, slug).toBeTruthy();
      // Primary pupils get a shorter text than adults.
      expect(lesson.bodyByAudience!.students_th!.length, slug).toBeLessThan(lesson.bodyHtml.length);
    }
  });

  it('writes exercises as plain text with fictional senders only', () => {
    for (const lesson of SEED_LESSONS) {
      for (const item of lesson.exercises ?? []) {
        const where = `${lesson.slug}: ${item.subject ?? item.body.slice(0, 40)}`;
        for (const text of [item.from, item.subject ?? '', item.body, ...item.signs]) {
          // Plain text: the learning feature strips tags, so no angle brackets or entities.
          expect(text, where).not.toMatch(/[<>&]/);
        }
        expect(item.signs.length, where).toBeGreaterThan(0);
        // Any domain or URL is a reserved example (.invalid / .example) — never a real brand's.
        for (const [domain] of `${item.from} ${item.body}`
          .replace(/[\w.-]+@/g, '@')
          .matchAll(/\b[a-z0-9-]+(\.[a-z0-9-]+)+\b/gi)) {
          if (/^\d+(\.\d+)+$/.test(domain)) continue; // amounts such as 8.500.000
          expect(domain, where).toMatch(/\.(invalid|example)$/i);
        }
      }
      const kinds = new Set((lesson.exercises ?? []).map((e) => e.isPhish));
      if ((lesson.exercises?.length ?? 0) >= 4) expect(kinds.size, lesson.slug).toBe(2);
    }
  });
});
