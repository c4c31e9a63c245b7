import type { SeedCourse, SeedLesson, SeedQuestion } from '@edushield/core/awareness/content';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { sha256Hex } from '../../lib/crypto';
import { plainText, sanitizeRichText } from '../../lib/rich-text';
import { canonicalJson } from '../audit/audit.chain';
import { courses, lessons, questions } from './learning.table';

/**
 * Loads the Vietnamese seed content (packages/core/src/awareness/content)
 * into the database, idempotently. Every seeded row remembers the hash of
 * the seed it came from: a changed seed updates rows nobody edited, while
 * an officer's edit (`edited_at` set) is never overwritten; rows created
 * by officers (no seed hash) are never touched.
 */
export interface SeedContent {
  courses: readonly SeedCourse[];
  lessons: readonly SeedLesson[];
}

export interface SeedResult {
  inserted: number;
  updated: number;
  kept: number;
}

const hashOf = (value: unknown) => sha256Hex(canonicalJson(value));

type Outcome = 'inserted' | 'updated' | 'kept';

/** The department (root) unit owns seeded courses. */
async function rootUnitId(db: DbOrTx): Promise<string | null> {
  const rows = await query<{ id: string }>(
    db,
    sql`select id from org_units where parent_id is null order by created_at limit 1`,
  );
  return rows[0]?.id ?? null;
}

function questionRow(q: SeedQuestion) {
  const correct = q.choices.findIndex((c) => c.correct);
  return {
    promptHtml: sanitizeRichText(q.prompt),
    choices: q.choices.map((c) => plainText(c.text)),
    correctIndex: correct < 0 ? 0 : correct,
    explanationHtml: sanitizeRichText(q.explanation),
    audiences: q.audiences && q.audiences.length > 0 ? [...q.audiences] : null,
  };
}

function lessonRow(l: SeedLesson, position: number) {
  const bodyByAudience: Record<string, string> = {};
  for (const [audience, body] of Object.entries(l.bodyByAudience ?? {})) {
    if (body) bodyByAudience[audience] = sanitizeRichText(body);
  }
  return {
    position,
    title: plainText(l.title),
    summary: plainText(l.summary),
    minutes: Math.max(1, Math.round(l.minutes)),
    bodyHtml: sanitizeRichText(l.bodyHtml),
    bodyByAudience,
    exercises: (l.exercises ?? []).map((e) => ({
      channel: e.channel,
      from: plainText(e.from),
      subject: e.subject === undefined ? undefined : plainText(e.subject),
      body: plainText(e.body),
      isPhish: e.isPhish,
      signs: e.signs.map(plainText),
    })),
  };
}

export async function seedLearningContent(
  db: DbOrTx,
  content: SeedContent,
  ownerUnitId?: string,
): Promise<SeedResult> {
  const result: SeedResult = { inserted: 0, updated: 0, kept: 0 };
  const count = (o: Outcome) => {
    result[o] += 1;
  };
  const owner = ownerUnitId ?? (await rootUnitId(db));
  if (!owner) return result;
  const lessonsBySlug = new Map(content.lessons.map((l) => [l.slug, l]));

  for (const c of content.courses) {
    const courseFields = {
      title: plainText(c.title),
      descriptionHtml: sanitizeRichText(c.description),
      audiences: [...c.audiences],
      passMarkPercent: c.passMarkPercent,
      questionsPerQuiz: c.questionsPerQuiz,
    };
    const courseHash = hashOf(courseFields);
    let [course] = await db.select().from(courses).where(eq(courses.slug, c.slug));
    if (!course) {
      [course] = await db
        .insert(courses)
        .values({
          slug: c.slug,
          ...courseFields,
          unitId: owner,
          status: 'published',
          publishedAt: new Date(),
          seedHash: courseHash,
        })
        .onConflictDoNothing()
        .returning();
      if (!course) continue;
      count('inserted');
    } else if (course.seedHash === null) {
      // An officer's own course with the same slug: not ours to touch.
      count('kept');
      continue;
    } else if (course.editedAt === null && course.seedHash !== courseHash) {
      await db
        .update(courses)
        .set({ ...courseFields, seedHash: courseHash, updatedAt: new Date() })
        .where(and(eq(courses.id, course.id), isNull(courses.editedAt)));
      count('updated');
    } else count('kept');

    for (const [index, slug] of c.lessons.entries()) {
      const seed = lessonsBySlug.get(slug);
      if (!seed) continue;
      const fields = lessonRow(seed, index + 1);
      const lessonHash = hashOf(fields);
      let [lesson] = await db
        .select()
        .from(lessons)
        .where(and(eq(lessons.courseId, course.id), eq(lessons.slug, slug)));
      if (!lesson) {
        [lesson] = await db
          .insert(lessons)
          .values({ courseId: course.id, slug, ...fields, seedHash: lessonHash })
          .onConflictDoNothing()
          .returning();
        if (!lesson) continue;
        count('inserted');
      } else if (lesson.seedHash !== null && lesson.editedAt === null && lesson.seedHash !== lessonHash) {
        await db
          .update(lessons)
          .set({ ...fields, seedHash: lessonHash, updatedAt: new Date() })
          .where(and(eq(lessons.id, lesson.id), isNull(lessons.editedAt)));
        count('updated');
      } else count('kept');

      for (const [qi, q] of seed.questions.entries()) {
        const key = `seed-${qi + 1}`;
        const qFields = { ...questionRow(q), position: qi + 1 };
        const qHash = hashOf(qFields);
        const [existing] = await db
          .select({ id: questions.id, seedHash: questions.seedHash, editedAt: questions.editedAt })
          .from(questions)
          .where(and(eq(questions.lessonId, lesson.id), eq(questions.key, key)));
        if (!existing) {
          const inserted = await db
            .insert(questions)
            .values({ lessonId: lesson.id, key, ...qFields, seedHash: qHash })
            .onConflictDoNothing()
            .returning({ id: questions.id });
          if (inserted.length > 0) count('inserted');
        } else if (existing.seedHash !== null && existing.editedAt === null && existing.seedHash !== qHash) {
          await db
            .update(questions)
            .set({ ...qFields, seedHash: qHash, updatedAt: new Date() })
            .where(and(eq(questions.id, existing.id), isNull(questions.editedAt)));
          count('updated');
        } else count('kept');
      }
    }
  }
  return result;
}
